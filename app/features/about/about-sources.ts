// Sources for the facts on the start and about pages (numbers as in DOMAIN.md).
export interface Source {
  title: string;
  publisher: string;
  year: string;
  url: string;
}

export const ABOUT_SOURCES: Source[] = [
  {
    title: "'Gewoon meedoen' is niet zo gewoon",
    publisher: "Werkplaatsen Sociaal Domein / Hogeschool van Amsterdam (Lucas, Welschen & Hoijtink)",
    year: "2023",
    url: "https://werkplaatsensociaaldomein.nl/publicatie/gewoon-meedoen-niet-zo-gewoon",
  },
  {
    title: "Gewoon meedoen met LVB vergt complexe professionele inzet",
    publisher: "Hogeschool van Amsterdam",
    year: "2023",
    url: "https://www.hva.nl/kmr/gedeelde-content/nieuws/nieuwsberichten/2023/04/gewoon-meedoen-met-lvb-vergt-complexe-professionele-inzet.html",
  },
  {
    title: "LVB: wat is het?",
    publisher: "lvbinamsterdam.nl",
    year: "jaar onbekend / year not stated",
    url: "https://www.lvbinamsterdam.nl/lvb/",
  },
  {
    title: "Een licht verstandelijke beperking herkennen",
    publisher: "Nederlands Jeugdinstituut (NJi)",
    year: "jaar onbekend / year not stated",
    url: "https://www.nji.nl/wijkteams/een-licht-verstandelijke-beperking-herkennen",
  },
];
