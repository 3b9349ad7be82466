// The real directory seed: organisations and services from the project's research notes on organisations
// and contacts (each fact carries its own source address). Rules we kept:
// - Only facts a public source states; every fact carries the URL it came from.
// - Unknown stays empty: no phone, address or hour was guessed.
// - A fact the source list marks "(verify)" is either left out, or kept with `verify: true`, which
//   the pages show as "still to verify". Left out: the Wmo helpdesk 0800-0643 (old page only), the
//   De Sociale Maatschap number (unclear whether it is for residents), the Uithoorn AutoMaatje number
//   (unclear whether it is the general number), the Huisartsenpost Amsterdam number (blog only), the
//   Kenniscentrum LVB phone (2015, earlier pass only) and everything under "leads without a URL".
//   From the December 2026 addendum also left out: the old Weesp number (Weesp is now Amsterdam), the
//   Uithoorn money walk-in (a pilot that ended), Philadelphia Zuidoost (a lead only) and every fact it
//   says it could not see. What the addendum marks "check" is kept with `verify: true`.
// - Texts are our own words in easy-read Dutch and plain English (docs/easy-read.md).
import type { CostKind, YesNoUnknown } from "../schema";
import type { TopicId } from "../topics";

export const DESK_CHECK_DATE = "2026-11-25";
export const DESK_CHECK_ASSURER = "Nabij redactie (bronnenonderzoek)";

type Texts = [nl: string, en: string];

export interface SeedOrganization {
  key: string;
  name: string;
  website?: string;
  description?: Texts;
  source: string;
}

export interface SeedPhone {
  number: string;
  description?: Texts;
  source: string;
  verify?: boolean;
}

export interface SeedSchedule {
  description: Texts;
  freq?: "WEEKLY" | "MONTHLY";
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  source: string;
  verify?: boolean;
}

export interface SeedLocation {
  key: string;
  name: string;
  address_1?: string;
  city?: string;
  description?: Texts;
  source: string;
  verify?: boolean;
  schedules?: SeedSchedule[];
}

export interface SeedService {
  key: string;
  org: string;
  name: string;
  summary: Texts;
  description: Texts;
  topics: TopicId[];
  areas: string[];
  url?: string;
  cost?: CostKind;
  fees?: Texts;
  walk_in?: YesNoUnknown;
  referral_required?: YesNoUnknown;
  anonymous_advice?: YesNoUnknown;
  minimum_age?: number;
  maximum_age?: number;
  eligibility?: Texts;
  application?: Texts;
  alert?: Texts;
  verify?: boolean;
  source: string;
  phones?: SeedPhone[];
  schedules?: SeedSchedule[];
  locations?: SeedLocation[];
  emails?: { email: string; source: string; verify?: boolean }[];
}

const S = {
  buurtteamStart: "https://zuidoostenmeer.nl/buurtteams-zitten-in-de-haarvaten-van-de-samenleving/",
  buurtteamWeesp:
    "https://wijknetwerken.amsterdam/buurtteams/hulpverlening-aan-weespers-wordt-er-alleen-maar-beter-op/",
  buurtteamMoney: "https://www.elaa.nl/actueel/78-chronisch/1555-ondersteuning-buurteams-bij-financiele-problemen",
  buurtteamOost: "https://oost-online.nl/dezelfde-hulp-bij-u-in-de-buurt/",
  buurtteamNoord: "https://wijknetwerken.amsterdam/buurtteams/wat-ik-doe-in-noord-voelt-zinvol/",
  okt: "https://oktamsterdam.nl/over-ons/privacy/",
  ams14020: "https://www.at5.nl/artikelen/215467/kritiek-op-afhandeling-klachten-bij-gemeente",
  ams14020Menu:
    "https://www.toegangsociaaldomein.nl/belangrijke-punten-voor-makkelijke-toegang/ik-krijg-persoonlijke-hulp-bij-het-aanvragen-van-zorg-en-ondersteuning-als-ik-dat-nodig-heb/het-verhaal-van-andries/",
  meldpunt: "https://openrijk.nl/en/artikel/nummer-zorg-woonoverlast/new-number-for-care-and-housing-nuisance",
  raadslieden:
    "https://www.sociaalwerknederland.nl/thema/sociaal-raadsliedenwerk/blog/339-de-huisartsen-van-de-rechtshulp",
  bijstandsbond: "https://www.bijstandsbond.org/post/spreekuur-uit-het-jaarverslag-2021",
  straatalliantie: "https://straatalliantie.nl/bezwaar/",
  humanitasAms:
    "https://www.nu.nl/uit-andere-media/6248569/aantal-schuldhulpaanvragen-stijgt-explosief-in-amsterdam.html",
  humanitasAmstelland:
    "https://www.amstelveensnieuwsblad.nl/lokaal/maatschappelijk/910213/humanitas-amstelland-steeds-meer-mensen-hebben-hulp-nodig",
  shmZaanstad: "https://protestantse-gemeente-zaandam.nl/kwetsbare-gezinnen/",
  shmNational: "https://www.rd.nl/vandaag/binnenland/anonieme-hulp-bij-dreigende-geldnood-1.1573844",
  geldfit: "https://www.ikwoonleefzorg.nl/financien/7-vragen-aan-de-hulplijn-van-de-nederlandse-schuldhulproute",
  geldfitSite:
    "https://www.rijksoverheid.nl/actueel/nieuws/2022/11/07/overheid-start-campagne-om-mensen-met-geldzorgen-te-wijzen-op-hulp",
  juridischLoket: "https://www.juridischloket.nl/over-het-juridisch-loket/werkwijze",
  juridischLoketIncome:
    "https://www.destentor.nl/zwolle/kleine-vergissing-met-enorme-gevolgen-aan-deze-balie-in-zwolle-horen-ze-elke-dag-aangrijpende-verhalen~a1932c27/",
  meeOostzaan:
    "https://oostzaan.nl/hulp-en-ondersteuning/wmo-zorg-en-ondersteuning/wet-maatschappelijke-ondersteuning-wmo",
  meeAmstelveen: "https://amstelveen.sp.nl/nieuws/2018/09/sp-wil-betere-sociale-voorlichting",
  meeUithoorn: "https://www.meerbode.nl/uithoorn-voor-elkaar-gaat-door/",
  meeSite: "https://www.meeaz.nl/clientenraad",
  swtZaanstad: "https://www.zaanstad.nl/direct-regelen/zorg-welzijn-cultuur/ouder-worden/sociaal-wijkteam/",
  zaanstad14075: "https://www.rodi.nl/zaanstad/173459/aangepaste-dienstverlening-stadhuis-zaanstad",
  smd: "https://www.desmd.nl/personeelscijfers-2/",
  oostzaanJeugd: "https://oostzaan.nl/hulp-en-ondersteuning/jeugd-opvoeden-en-opgroeien",
  wmoAmstelveen: "https://amsterdamumc.nl/nl/patienteninformatie/huishoudelijke-hulp.htm",
  participeAdvies: "https://rtva.nl/2020/08/gemeente-trekt-extra-geld-uit-voor-ouderenadvies/",
  participeInloop:
    "https://www.participe-amstelland.nu/nieuws-participe-amstelland-c25/de-gemeenteraad-op-bezoek-n1583/",
  uithoornVoorElkaar:
    "https://witteweekbladuithoorn.nl/lokaal/%C2%B4uithoorn-voor-elkaar%C2%B4-slaat-aan-bij-inwoners-340639",
  uithoornWaterlinie: "https://www.meerbode.nl/feestelijke-opening-informatie-en-adviespunt-in-waterlinie-uithoorn/",
  uithoornCentrum: "https://www.meerbode.nl/centrum-krijgt-eigen-inlooppunt-zorg-en-veiligheid-%EF%BF%BC/",
  hoorn: "https://www.hoorn.nl/Int/Inwoners/Zorg-en-welzijn.html",
  hoornAddress: "https://www.yumpu.com/nl/document/view/32099316/kwaliteitshandvest-gemeente-hoorn",
  hoornOco: "https://www.streekomroepwestfriesland.nl/vragen-fractie-tonnaer-over-mee-de-wering/",
  veiligThuis: "https://www.augeo.nl/nl-nl/themas/meldcode/veilig-thuis/",
  veiligThuisAnon:
    "https://www.rijksoverheid.nl/onderwerpen/huiselijk-geweld/vraag-en-antwoord/wat-moet-ik-doen-bij-huiselijk-geweld",
  z113: "https://www.upday.com/nl/binnenland/nummer-113-nu-gratis-betere-hulp-bij-zelfdodingsgedachten/pj8neqt",
  hapAmstelland: "https://huisartsenpost-amstelland.nl/wanneer-naar-de-huisartsenpost/",
  hapWf: "https://www.huisartsenpostwf.nl/voor-patienten/veel-gestelde-vragen/",
  politie: "https://www.politie.nl/nieuws/2021/februari/11/08-als-elke-seconde-telt.html",
  politieCost:
    "https://www.rtlnieuws.nl/nieuws/politiek/artikel/4680311/bellen-naar-de-politie-kost-geld-zo-raar-dat-moet-gratis-zijn",
  ggdZw: "https://www.ggdzw.nl/zorg_en_overlast",
  ggdHn: "https://mensenmetverwardgedrag.nl/5/meldpunt-vangnet-advies/",
  prisma: "https://stichtingprisma.nl/eenzaamheid-en-sociale-contacten",
  lfb: "https://lfb.nu/lfb-naar-de-top-door-conny-kooijman/",
  kenniscentrum: "https://www.kenniscentrumlvb.nl/kennis-ontwikkelen/",
  kenniscentrumMail: "https://5dok.net/document/y8gxp7o0-herziene-versie-handreiking-vroegsignalering-van-een-lvb.html",
  cordaan: "https://www.cordaan.nl/de-cli-nt",
  philadelphiaHoorn:
    "https://www.nhnieuws.nl/nieuws/330733/buurtinitiatief-breekt-barrieres-zorglocatie-als-ontmoetingsplek-in-hoorn",
  ott: "https://www.onstweedethuis.nl/over-ons/visie-en-beleid/geschiedenis-van-ons-tweede-thuis/",
  esdege:
    "https://www.nhnieuws.nl/nieuws/315535/esdege-reigersdaal-biedt-clienten-op-maat-gemaakte-zorg-in-west-friesland",
  // From the contacts addendum of December 2026 (sections named beside each).
  mdhg: "https://www.mdhg.nl/", // §2.1, own site (2024)
  mdhgContact:
    "https://5dok.net/document/q5mpe11r-jaarverslag-vast-stellen-tijdens-algemene-ledenvergadering-algemene-ledenvergadering.html", // §2.1 (2020/21)
  clientenbelang:
    "https://www.clientenbelangamsterdam.nl/onafhankelijke-clientondersteuning/verhalen/ik-ga-ervoor-dat-mensen-krijgen-waar-ze-recht-op-hebben", // §2.2 (c. 2021)
  ondersteuners: "https://bijstandsbond.blogspot.com/2020/10/nieuwe-website-over-client.html", // §2.3 (2020)
  cce: "https://www.cce.nl/over-cce/veel-gestelde-vragen", // §4.1, own site
  hoornRondkomen:
    "https://www.hoornsdagblad.nl/gemeente/gemeente-hoorn-neemt-regie-bij-bewindvoering-voor-inwoners-met-schulden", // §5.1 (2022)
  hoornPhone: "https://www.hoornsdagblad.nl/gemeente/gemeente-hoorn-gaat-meer-mensen-met-laag-inkomen-helpen", // §5.1 (c. 2019)
  urgentieWf: "https://www.welwonen.nu/ik-zoek/urgentieregeling/", // §5.2 (2022)
  woonmatchWf: "https://cae.woonmatchwestfriesland.nl/pagina/de-meest-gestelde-vragen-over-woonmatch-west-friesland", // §5.2
  intermaris: "https://www.intermaris.nl/ik-huur/huur/huurbetaling", // §5.2, own site
  uithoornUrgentie: "https://www.uithoorn.nl/Home/Wonen_en_leefomgeving/Woonurgentie_Uithoorn", // §6.1, own site (2020)
  zaanstadPool: "https://www.amsterdamsdagblad.nl/gemeente/zaanstad-koplopergemeente-clintondersteuning", // §7.1
  shmZaanstadInloop: "http://dezuidkanter.nl/nieuws/3651-schuldhulpmaatje-zaanstad", // §7.2 (2023)
  meePurmerend: "https://www.mee-az.nl/lunch-je-mee-netwerk-versterken-in-purmerend/", // §8.1 (c. 2020–21)
  prinsenstichting:
    "https://www.bro.nl/nieuws/algemeen/19-02-2021-clienten-verhuizen-naar-nieuwe-woningen-in-kwadijkerpark-purmerend", // §8.2 (2021)
  purmerendWonen: "https://www.purmerend.nl/urgentieverklaring", // §8.3, own site (2019)
} as const;

const WEEKDAYS = "MO,TU,WE,TH,FR";
const EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";

export const ORGANIZATIONS: SeedOrganization[] = [
  { key: "buurtteam", name: "Buurtteam Amsterdam", source: S.buurtteamWeesp },
  { key: "okt", name: "Ouder- en Kindteams Amsterdam", website: "https://oktamsterdam.nl", source: S.okt },
  { key: "gemeente-amsterdam", name: "Gemeente Amsterdam", website: "https://www.amsterdam.nl", source: S.ams14020 },
  { key: "combiwel", name: "Combiwel", source: S.raadslieden },
  {
    key: "bijstandsbond",
    name: "Bijstandsbond Amsterdam",
    website: "https://www.bijstandsbond.org",
    source: S.bijstandsbond,
  },
  { key: "straatalliantie", name: "Straatalliantie", website: "https://straatalliantie.nl", source: S.straatalliantie },
  { key: "humanitas", name: "Humanitas", website: "https://www.humanitas.nl", source: S.humanitasAms },
  { key: "schuldhulpmaatje", name: "SchuldHulpMaatje", source: S.shmNational },
  { key: "geldfit", name: "Geldfit", website: "https://www.geldfit.nl", source: S.geldfitSite },
  {
    key: "juridisch-loket",
    name: "Het Juridisch Loket",
    website: "https://www.juridischloket.nl",
    source: S.juridischLoket,
  },
  { key: "mee-az", name: "MEE Amstel en Zaan", website: "https://www.meeaz.nl", source: S.meeSite },
  { key: "gemeente-zaanstad", name: "Gemeente Zaanstad", website: "https://www.zaanstad.nl", source: S.swtZaanstad },
  { key: "smd", name: "SMD", website: "https://www.desmd.nl", source: S.smd },
  { key: "gemeente-oostzaan", name: "Gemeente Oostzaan", website: "https://oostzaan.nl", source: S.meeOostzaan },
  { key: "gemeente-amstelveen", name: "Gemeente Amstelveen", source: S.wmoAmstelveen },
  {
    key: "participe",
    name: "Participe Amstelland",
    website: "https://www.participe-amstelland.nu",
    source: S.participeInloop,
  },
  { key: "uithoorn-voor-elkaar", name: "Uithoorn voor Elkaar", source: S.uithoornVoorElkaar },
  { key: "gemeente-uithoorn", name: "Gemeente Uithoorn", source: S.uithoornCentrum },
  { key: "gemeente-hoorn", name: "Gemeente Hoorn", website: "https://www.hoorn.nl", source: S.hoorn },
  { key: "veilig-thuis", name: "Veilig Thuis", source: S.veiligThuis },
  { key: "113", name: "113 Zelfmoordpreventie", website: "https://www.113.nl", source: S.z113 },
  {
    key: "hap-amstelland",
    name: "Huisartsenpost Amstelland",
    website: "https://huisartsenpost-amstelland.nl",
    source: S.hapAmstelland,
  },
  { key: "hap-wf", name: "Huisartsenpost West-Friesland", website: "https://www.huisartsenpostwf.nl", source: S.hapWf },
  { key: "politie", name: "Politie", website: "https://www.politie.nl", source: S.politie },
  { key: "ggd-zw", name: "GGD Zaanstreek-Waterland", website: "https://www.ggdzw.nl", source: S.ggdZw },
  { key: "ggd-hn", name: "GGD Hollands Noorden", website: "https://www.ggdhollandsnoorden.nl", source: S.ggdHn },
  { key: "prisma", name: "Stichting Prisma", website: "https://www.stichtingprisma.nl", source: S.prisma },
  { key: "lfb", name: "LFB", website: "https://lfb.nu", source: S.lfb },
  {
    key: "kenniscentrum-lvb",
    name: "Landelijk Kenniscentrum LVB",
    website: "https://www.kenniscentrumlvb.nl",
    source: S.kenniscentrum,
  },
  { key: "cordaan", name: "Cordaan", website: "https://www.cordaan.nl", source: S.cordaan },
  { key: "philadelphia", name: "Philadelphia", source: S.philadelphiaHoorn },
  { key: "ons-tweede-thuis", name: "Ons Tweede Thuis", website: "https://www.onstweedethuis.nl", source: S.ott },
  { key: "esdege", name: "Esdégé-Reigersdaal", source: S.esdege },
  { key: "mdhg", name: "MDHG", website: "https://www.mdhg.nl", source: S.mdhg },
  {
    key: "clientenbelang",
    name: "Cliëntenbelang Amsterdam",
    website: "https://www.clientenbelangamsterdam.nl",
    source: S.clientenbelang,
  },
  { key: "cce", name: "CCE (Centrum voor Consultatie en Expertise)", website: "https://www.cce.nl", source: S.cce },
  { key: "urgentie-wf", name: "Regionale Urgentiecommissie West-Friesland", source: S.urgentieWf },
  { key: "woonmatch-wf", name: "Woonmatch West-Friesland", source: S.woonmatchWf },
  { key: "intermaris", name: "Intermaris", website: "https://www.intermaris.nl", source: S.intermaris },
  {
    key: "prinsenstichting",
    name: "Prinsenstichting",
    website: "https://www.prinsenstichting.nl",
    source: S.prinsenstichting,
  },
  {
    key: "gemeente-purmerend",
    name: "Gemeente Purmerend",
    website: "https://www.purmerend.nl",
    source: S.purmerendWonen,
  },
];

export const SERVICES: SeedService[] = [
  {
    key: "buurtteam-amsterdam",
    org: "buurtteam",
    name: "Buurtteam Amsterdam",
    summary: [
      "Gratis hulp voor volwassenen in Amsterdam. Bij geld, wonen, werk, gezondheid, contact en veiligheid.",
      "Free help for adults in Amsterdam. With money, housing, work, health, meeting people and safety.",
    ],
    description: [
      "Amsterdam heeft ongeveer dertig buurtteams. Iedereen van 18 jaar of ouder kan er gratis advies krijgen. Bijvoorbeeld als iemand moeilijk rondkomt. Of als iemand meer contact met anderen wil. In de teams werken ook ervaringsdeskundigen. Dat zijn mensen die zulke problemen zelf hebben meegemaakt. Het buurtteam werkt samen met het Ouder- en Kindteam. Sinds 2024 werkt het buurtteam ook in Weesp en Driemond.",
      "Amsterdam has about thirty neighbourhood teams. Everyone aged 18 or over can get free advice there. For example when someone finds it hard to make ends meet. Or when someone wants more contact with other people. The teams include experience experts: people who went through such problems themselves. The team works with the Ouder- en Kindteam (parent and child team). Since 2024 the team also works in Weesp and Driemond.",
    ],
    topics: ["money", "housing", "work-daytime", "health", "loneliness", "crisis-safety"],
    areas: ["amsterdam"],
    cost: "free",
    minimum_age: 18,
    application: [
      "We vonden geen centraal telefoonnummer. Ga naar het buurtteam in de eigen buurt. Zoek hieronder op stadsdeel.",
      "We found no central phone number. Go to the team in the person's own neighbourhood. Search by district below.",
    ],
    source: S.buurtteamStart,
  },
  {
    key: "buurtteam-geld",
    org: "buurtteam",
    name: "Buurtteam Amsterdam: hulp bij geld",
    summary: [
      "Het buurtteam helpt bij geldzorgen. Met een budgetcoach, een check van je inkomen en hulp bij de Stadspas.",
      "The neighbourhood team helps with money worries. With a budget coach, an income check and help with the Stadspas.",
    ],
    description: [
      "Het buurtteam heeft budgetcoaches en energiecoaches. Zij kijken of iemand alle toeslagen en regelingen krijgt. Dat heet de check inkomensreparatie. Ze helpen ook bij regelingen van de stad, zoals de Stadspas. Heeft iemand een betaalachterstand? Dan kan iemand van Vroeg Eropaf langskomen.",
      "The team has budget coaches and energy coaches. They check whether someone gets all the allowances and schemes they are entitled to. They also help with city schemes such as the Stadspas. Is someone behind with payments? Then someone from Vroeg Eropaf (early help) can visit at home.",
    ],
    topics: ["money", "letters-forms"],
    areas: ["amsterdam"],
    minimum_age: 18,
    source: S.buurtteamMoney,
  },
  {
    key: "buurtteam-zuidoost",
    org: "buurtteam",
    name: "Buurtteam Amsterdam Zuidoost: inloop Bijlmer-Oost",
    summary: [
      "Je kunt zonder afspraak binnenlopen bij het buurtteam in Bijlmer-Oost. Het is gratis.",
      "You can walk in without an appointment at the neighbourhood team in Bijlmer-Oost. It is free.",
    ],
    description: [
      "Het buurtteam in Zuidoost helpt volwassenen met vragen over geld, wonen, werk, gezondheid en contact. Bij het buurtplein aan de Karspeldreef kun je binnenlopen. Dat kan elke werkdag vanaf 9 uur.",
      "The neighbourhood team in Zuidoost helps adults. They help with money, housing, work, health and meeting people. You can walk in at the buurtplein on the Karspeldreef. That is possible every working day from 9 o'clock.",
    ],
    topics: ["money", "housing", "work-daytime", "health", "loneliness"],
    areas: ["amsterdam-zuidoost"],
    cost: "free",
    walk_in: "yes",
    minimum_age: 18,
    source: S.buurtteamStart,
    locations: [
      {
        key: "karspeldreef",
        name: "Buurtplein Bijlmer-Oost",
        address_1: "Karspeldreef 1009",
        city: "Amsterdam",
        source: S.buurtteamStart,
        verify: true,
        schedules: [
          {
            description: [
              "Elke werkdag vanaf 9.00 uur. Binnenlopen mag.",
              "Every working day from 9:00. You can walk in.",
            ],
            freq: "WEEKLY",
            byday: WEEKDAYS,
            opens_at: "09:00",
            source: S.buurtteamStart,
            verify: true,
          },
        ],
      },
    ],
  },
  {
    key: "buurtteam-oost",
    org: "buurtteam",
    name: "Buurtteam Amsterdam Oost",
    summary: [
      "Het buurtteam in Oost helpt volwassenen. Je kunt op werkdagen binnenlopen of bellen.",
      "The neighbourhood team in Oost helps adults. On working days you can walk in or phone.",
    ],
    description: [
      "In Oost zijn teams in Oud-Oost, Watergraafsmeer, Zeeburg en IJburg. Er zijn ook spreekuren in buurtkamers en buurtcentra. De medewerkers komen van Dynamo. Ook andere organisaties kunnen het team makkelijk benaderen.",
      "In Oost there are teams in Oud-Oost, Watergraafsmeer, Zeeburg and IJburg. There are also drop-in hours in neighbourhood rooms and centres. The staff work for Dynamo. Other organisations can also contact the team easily.",
    ],
    topics: ["money", "housing", "work-daytime", "health", "loneliness"],
    areas: ["amsterdam-oost"],
    walk_in: "yes",
    minimum_age: 18,
    source: S.buurtteamOost,
    schedules: [
      {
        description: [
          "In principe elke werkdag van 9.00 tot 17.00 uur. Binnenlopen of bellen.",
          "In principle every working day from 9:00 to 17:00. Walk in or phone.",
        ],
        freq: "WEEKLY",
        byday: WEEKDAYS,
        opens_at: "09:00",
        closes_at: "17:00",
        source: S.buurtteamOost,
        verify: true,
      },
    ],
    locations: [
      {
        key: "dynamo-watergraafsmeer",
        name: "Dynamo, Buurtteam Watergraafsmeer",
        address_1: "Kamerlingh Onneslaan 34",
        city: "Amsterdam",
        source: S.buurtteamOost,
        verify: true,
      },
      { key: "post-oost", name: "Post Oost, Buurtteam Oud-Oost", source: S.buurtteamOost, verify: true },
    ],
  },
  {
    key: "buurtteam-noord",
    org: "buurtteam",
    name: "Buurtteam Amsterdam Noord in De Meeuw",
    summary: [
      "In Huis van de Wijk De Meeuw werkt iemand van het buurtteam. Je kunt komen met een brief die je niet snapt.",
      "Someone from the neighbourhood team works at Huis van de Wijk De Meeuw. You can come with a letter you do not understand.",
    ],
    description: [
      "Iemand van het buurtteam Noord werkt vanuit Huis van de Wijk De Meeuw. Mensen komen vaak eerst met iets praktisch. Bijvoorbeeld een brief van de gemeente die ze niet begrijpen. Of een rekening die ze nog niet hebben betaald. De medewerkers van Doras werken nu in het buurtteam.",
      "Someone from the Noord neighbourhood team works from Huis van de Wijk De Meeuw. People often come first with something practical. For example a letter from the municipality they do not understand. Or a bill that is not paid yet. Staff from Doras now work in the team.",
    ],
    topics: ["letters-forms", "money"],
    areas: ["amsterdam-noord"],
    source: S.buurtteamNoord,
    locations: [{ key: "de-meeuw", name: "Huis van de Wijk De Meeuw", source: S.buurtteamNoord }],
  },
  {
    key: "okt-amsterdam",
    org: "okt",
    name: "Ouder- en Kindteam",
    summary: [
      "Voor ouders en jongeren in Amsterdam. Met vragen over gezondheid, opgroeien en opvoeden.",
      "For parents and young people in Amsterdam. With questions about health, growing up and parenting.",
    ],
    description: [
      "Ouders en jongeren kunnen naar het Ouder- en Kindteam in hun buurt. Of naar de ouder- en kindadviseur op school. Het team deelt informatie alleen als je toestemming geeft. Dat is anders als het echt niet veilig is. Sinds 2024 werkt het team ook in Weesp en Driemond.",
      "Parents and young people can go to the Ouder- en Kindteam in their area. That is the parent and child team. Or to the parent and child adviser at school. The team only shares information with others when you agree. That is different when it is really not safe. Since 2024 the team also works in Weesp and Driemond.",
    ],
    topics: ["parenting", "health"],
    areas: ["amsterdam"],
    url: "https://oktamsterdam.nl",
    fees: ["De basiszorg voor de gezondheid van kinderen is gratis.", "Basic health care for children is free."],
    source: S.okt,
  },
  {
    key: "amsterdam-14020",
    org: "gemeente-amsterdam",
    name: "Gemeente Amsterdam: telefoon 14 020",
    summary: [
      "Het algemene telefoonnummer van de gemeente Amsterdam. Voor vragen aan de gemeente.",
      "The general phone number of the City of Amsterdam. For questions to the city.",
    ],
    description: [
      "Via 14 020 neem je contact op met de gemeente. De meeste Amsterdammers doen dat zo. Je belt ook 14 020 voor overlast op straat.",
      "Through 14 020 you contact the city. Most people in Amsterdam do it this way. You also call 14 020 about nuisance in the street.",
    ],
    topics: ["letters-forms"],
    areas: ["amsterdam"],
    url: "https://www.amsterdam.nl",
    alert: [
      "Let op: het nummer begint met een keuzemenu. Iemand raakte daardoor in de war en hing op. Bel eventueel samen.",
      "Note: the number starts with a menu of choices. It confused one caller, who hung up. Consider calling together.",
    ],
    source: S.ams14020,
    phones: [{ number: "14 020", source: S.ams14020 }],
  },
  {
    key: "meldpunt-zorg-woonoverlast",
    // The city's central number (CONTACTS 1.5: "Amsterdam opent centraal meldpunt"); the GGD is one of
    // the partners that assess the calls, not the organisation behind the number.
    org: "gemeente-amsterdam",
    name: "Meldpunt Zorg en Woonoverlast",
    summary: [
      "Maak je je zorgen over iemand die verward of onveilig doet? Bel dit nummer. Dag en nacht.",
      "Worried about someone who acts confused or unsafe? Call this number. Day and night.",
    ],
    description: [
      "Je belt dit meldpunt als je je zorgen maakt over iemand. Bijvoorbeeld als iemand verward doet of zichzelf erg verwaarloost. Of als iemand ernstige problemen heeft en geen hulp krijgt. Ook bij veel overlast van buren kun je bellen. Het meldpunt is van de gemeente Amsterdam. De GGD, de politie en de stadsdelen kijken samen wat nodig is. Het Actiecentrum Veiligheid en Zorg doet ook mee. Bij direct gevaar bel je 112.",
      "You call this point when you are worried about someone. For example when someone acts confused or badly neglects themselves. Or when someone has serious problems and gets no help. You can also call about heavy nuisance from neighbours. The City of Amsterdam runs this point. The GGD (public health service), the police and the districts decide together what is needed. The Actiecentrum Veiligheid en Zorg (safety and care centre) also takes part. In immediate danger, call 112.",
    ],
    topics: ["crisis-safety", "health"],
    areas: ["amsterdam"],
    alert: [
      "Het meldpunt begon in 2025 als proef. Controleer of het nummer nog werkt.",
      "The report point started in 2025 as a trial. Check that the number still works.",
    ],
    source: S.meldpunt,
    phones: [
      { number: "020 552 5000", description: ["Dag en nacht bereikbaar.", "Open day and night."], source: S.meldpunt },
    ],
    schedules: [
      {
        description: ["Dag en nacht, elke dag.", "Day and night, every day."],
        freq: "WEEKLY",
        byday: EVERY_DAY,
        // The whole day, every day (the source says 24/7): 00:00 to 00:00 (decision 024).
        opens_at: "00:00",
        closes_at: "00:00",
        source: S.meldpunt,
      },
    ],
  },
  {
    key: "sociaal-raadslieden-west",
    org: "combiwel",
    name: "Sociaal raadslieden en geldcoach in De Tagerijn",
    summary: [
      "Hulp bij brieven die iemand bang maken, toeslagen en geld. Eén keer per week binnenlopen in Amsterdam-West.",
      "Help with frightening letters, allowances and money. Walk in once a week in Amsterdam-West.",
    ],
    description: [
      "Sociaal raadslieden weten veel van regels en brieven van instanties. Bij Combiwel houden zij samen met een geldcoach een inloopspreekuur. Ze helpen bijvoorbeeld bij het aanpassen van huurtoeslag of zorgtoeslag. Is meer nodig? Dan verwijzen ze naar een sociaal advocaat of het Juridisch Loket. In Amsterdam horen sociaal raadslieden bij de buurtteams.",
      "Sociaal raadslieden (social legal advisers) know a lot about rules and letters from agencies. At Combiwel they hold a walk-in hour together with a money coach. For example they help to change rent or health care allowance. Is more needed? Then they refer to a social lawyer or the Juridisch Loket. In Amsterdam these advisers are part of the neighbourhood teams.",
    ],
    topics: ["letters-forms", "money", "legal"],
    areas: ["amsterdam-west"],
    walk_in: "yes",
    source: S.raadslieden,
    locations: [
      {
        key: "de-tagerijn",
        name: "Huis van de Wijk De Tagerijn",
        source: S.raadslieden,
        schedules: [
          {
            description: [
              "Eén keer per week. De dag en de tijd zijn nog niet gecontroleerd.",
              "Once a week. The day and time have not been checked yet.",
            ],
            freq: "WEEKLY",
            source: S.raadslieden,
            verify: true,
          },
        ],
      },
    ],
  },
  {
    key: "bijstandsbond-spreekuur",
    org: "bijstandsbond",
    name: "Bijstandsbond Amsterdam: spreekuur",
    summary: [
      "Hulp voor mensen met weinig geld. Over uitkeringen, toeslagen en regelingen. Ook als je geen lid bent.",
      "Help for people with little money. About benefits, allowances and schemes. Also if you are not a member.",
    ],
    description: [
      "De Bijstandsbond is een organisatie van mensen met een laag inkomen. Op het spreekuur kun je vragen stellen. Over je uitkering, toeslagen en regelingen van de gemeente. Ook over de Wmo en over schulden. Er is ook een advocaat op het spreekuur.",
      "The Bijstandsbond is an organisation of people on a low income. At the walk-in hour you can ask about benefits, allowances and city schemes. Also about the Wmo (support at home) and about debts. A lawyer is also there during part of the hour.",
    ],
    topics: ["money", "letters-forms", "legal"],
    areas: ["amsterdam"],
    url: "https://www.bijstandsbond.org",
    walk_in: "yes",
    eligibility: ["Ook voor mensen die geen lid zijn.", "Also for people who are not members."],
    source: S.bijstandsbond,
    schedules: [
      {
        description: [
          "Dinsdag en donderdag van 11.00 tot 16.00 uur. De advocaat is er van 13.00 tot 15.00 uur.",
          "Tuesday and Thursday from 11:00 to 16:00. The lawyer is there from 13:00 to 15:00.",
        ],
        freq: "WEEKLY",
        byday: "TU,TH",
        opens_at: "11:00",
        closes_at: "16:00",
        source: S.bijstandsbond,
        verify: true,
      },
    ],
  },
  {
    key: "straatalliantie",
    org: "straatalliantie",
    name: "Straatalliantie: informatiepunt",
    summary: [
      "Informatie over bezwaar maken. Bijvoorbeeld tegen een besluit over een uitkering of over opvang.",
      "How to object to a decision. For example about your benefit or a place to sleep.",
    ],
    description: [
      "De Straatalliantie legt uit hoe je bezwaar maakt tegen een besluit. Bijvoorbeeld als je uitkering stopt. Of als je geen plek krijgt in de opvang. Het informatiepunt is elke werkdag open.",
      "The Straatalliantie tells you how to object to a decision. For example when your benefit stops. Or when you do not get a place to sleep. Their help desk is open on each work day.",
    ],
    topics: ["legal", "letters-forms", "housing"],
    areas: ["amsterdam"],
    url: "https://straatalliantie.nl",
    source: S.straatalliantie,
    phones: [{ number: "020 700 8317", source: S.straatalliantie }],
    schedules: [
      {
        description: ["Elke werkdag open.", "Open every working day."],
        freq: "WEEKLY",
        byday: WEEKDAYS,
        source: S.straatalliantie,
      },
    ],
  },
  {
    key: "humanitas-thuisadministratie",
    org: "humanitas",
    name: "Humanitas Amsterdam/Diemen: Thuisadministratie",
    summary: [
      "Een vrijwilliger helpt thuis met de post en de papieren. Zo leert iemand het zelf te doen.",
      "A volunteer helps at home with post and papers. So that the person learns to do it themselves.",
    ],
    description: [
      "Een vrijwilliger van Humanitas helpt iemand de post te ordenen. Samen bereiden ze telefoontjes naar instanties voor. De vrijwilliger neemt het niet over. Het doel is dat iemand het na ongeveer een jaar zelf kan. Lukt dat niet? Dan zoekt Humanitas andere hulp.",
      "A Humanitas volunteer helps someone to sort their post. Together they prepare calls to agencies. The volunteer does not take over. The aim is that the person can do it alone after about a year. If that does not work, Humanitas looks for other help.",
    ],
    topics: ["money", "letters-forms"],
    areas: ["amsterdam"],
    source: S.humanitasAms,
  },
  {
    key: "humanitas-amstelland",
    org: "humanitas",
    name: "Humanitas Amstelland: hulp bij geld en papieren",
    summary: [
      "Vrijwilligers helpen bij geld en papieren. Ze hebben een training gehad. Het is gratis en er is geen wachtlijst.",
      "Trained volunteers help with money and paperwork. Free and without a waiting list.",
    ],
    description: [
      "Humanitas Amstelland heeft meer dan honderd vrijwilligers. Ze hebben allemaal een training gehad. De hulp is gratis. Er is geen wachtlijst. Humanitas houdt ook financiële cafés. Daar kun je binnenlopen met vragen over geld.",
      "Humanitas Amstelland has more than a hundred trained volunteers. The help is free. There is no waiting list. Humanitas also runs money cafés, where you can drop in with questions about money.",
    ],
    topics: ["money", "letters-forms"],
    areas: ["amstelveen"],
    cost: "free",
    source: S.humanitasAmstelland,
  },
  {
    key: "schuldhulpmaatje-zaanstad",
    org: "schuldhulpmaatje",
    name: "SchuldHulpMaatje Zaanstad",
    summary: [
      "Een vrijwilliger helpt je gratis bij schulden. Ook als je bijna schulden hebt.",
      "A trained volunteer helps for free with debts, or when debts are coming.",
    ],
    description: [
      "SchuldHulpMaatje werkt met vrijwilligers. Ze hebben een training gehad. Zij helpen mensen met schulden. Persoonlijk en gratis. In Zaanstad begon SchuldHulpMaatje in 2018. Ze willen nauw samenwerken met de sociale wijkteams.",
      "SchuldHulpMaatje works with trained volunteers. They give people with debts personal help, for free. In Zaanstad SchuldHulpMaatje started in 2018. They want to work closely with the social neighbourhood teams.",
    ],
    topics: ["money"],
    areas: ["zaanstad"],
    cost: "free",
    verify: true,
    source: S.shmZaanstad,
    locations: [
      {
        key: "dirk-prins",
        name: "Wijkcentrum Dirk Prins",
        city: "Zaandam",
        description: ["Inloopspreekuur, zonder afspraak.", "Walk-in hour, no appointment needed."],
        source: S.shmZaanstadInloop,
        verify: true,
        schedules: [
          {
            description: [
              "Elke donderdag van 14.00 tot 16.00 uur. Dit begon in 2023 als proef.",
              "Every Thursday from 14:00 to 16:00. This started in 2023 as a trial.",
            ],
            freq: "WEEKLY",
            byday: "TH",
            opens_at: "14:00",
            closes_at: "16:00",
            source: S.shmZaanstadInloop,
            verify: true,
          },
        ],
      },
    ],
  },
  {
    key: "geldfit-hulplijn",
    org: "geldfit",
    name: "Geldfit: gratis hulplijn bij geldzorgen",
    summary: [
      "Gratis bellen over geldzorgen. Je hoeft je naam niet te zeggen. Ook als je je zorgen maakt om een ander.",
      "Free phone line about money worries. You do not have to give your name. Also if you are worried about someone else.",
    ],
    description: [
      "Bij de hulplijn vragen ze alleen je postcode. Zo vinden ze hulp bij jou in de buurt. Dat kan een vrijwilliger zijn, bijvoorbeeld van Humanitas of SchuldHulpMaatje. Of de schuldhulp van de gemeente. Op geldfit.nl staat ook een test.",
      "The helpline only asks for your postcode. That way they find help near you. That can be a volunteer, for example from Humanitas or SchuldHulpMaatje. Or the city's debt help. Geldfit.nl also has an online test.",
    ],
    topics: ["money"],
    areas: ["nederland"],
    url: "https://www.geldfit.nl",
    cost: "free",
    anonymous_advice: "yes",
    source: S.geldfit,
    phones: [{ number: "0800 8115", description: ["Gratis.", "Free."], source: S.geldfit }],
  },
  {
    key: "juridisch-loket",
    org: "juridisch-loket",
    name: "Het Juridisch Loket",
    summary: [
      "Gratis juridisch advies voor mensen met een laag inkomen. Bellen kost wel geld.",
      "Free legal advice for people on a low income. Phoning does cost money.",
    ],
    description: [
      "Het Juridisch Loket geeft gratis advies over recht en regels. Bijvoorbeeld over een brief, een boete of werk. Je kunt elke dag bellen. Dat kost geld. Aan de telefoon vragen ze eerst je naam en adres. Je kunt ook een vraag stellen met het formulier op de website. Dan krijg je binnen 5 werkdagen antwoord.",
      "Het Juridisch Loket gives free advice about the law and rules. For example about a letter, a fine or work. You can call every day. That costs money. On the phone they first ask your name and address. You can also ask a question with the form on the website. Then you get an answer within 5 working days.",
    ],
    topics: ["legal", "letters-forms"],
    areas: ["nederland"],
    url: "https://www.juridischloket.nl",
    cost: "free",
    fees: [
      "Het advies is gratis. Bellen kost 25 cent per minuut, plus 4,5 cent om te starten. Je betaalt nooit meer dan 12,50 euro per gesprek.",
      "The advice is free. Calling costs 25 cents a minute, plus 4.5 cents to start. You never pay more than 12.50 euros per call.",
    ],
    eligibility: [
      "Voor mensen met een laag inkomen. Voor iemand alleen: ongeveer 30.000 euro per jaar of minder.",
      "For people on a low income. For a single person: about 30,000 euros a year or less.",
    ],
    alert: [
      "Bellen naar 0900-8020 kost geld. Ze vragen eerst je naam en adres. Het is niet zeker of je zonder afspraak langs kunt gaan.",
      "Calling 0900-8020 costs money. They first ask your name and address. It is not certain that you can visit without an appointment.",
    ],
    source: S.juridischLoket,
    phones: [
      {
        number: "0900 8020",
        description: [
          "Bellen kost geld: 25 cent per minuut, hoogstens 12,50 euro. Ze vragen eerst je naam en adres.",
          "Calling costs money: 25 cents a minute, at most 12.50 euros. They first ask your name and address.",
        ],
        source: S.juridischLoket,
      },
    ],
    schedules: [
      {
        description: ["Elke dag van 9.00 tot 18.00 uur.", "Every day from 9:00 to 18:00."],
        freq: "WEEKLY",
        byday: EVERY_DAY,
        opens_at: "09:00",
        closes_at: "18:00",
        source: S.juridischLoket,
      },
    ],
  },
  {
    key: "mee-clientondersteuning",
    org: "mee-az",
    name: "MEE Amstel en Zaan: cliëntondersteuning",
    summary: [
      "Gratis cliëntondersteuning. Iemand denkt met je mee en gaat mee naar gesprekken. Die persoon werkt niet voor de gemeente.",
      "Free client support. Someone thinks along with you and comes with you to meetings. This person does not work for the municipality.",
    ],
    description: [
      "MEE Amstel en Zaan geeft onafhankelijke cliëntondersteuning in Oostzaan. Dat is gratis. Je krijgt informatie, advies en korte hulp. Bijvoorbeeld bij een aanvraag voor de Wmo of jeugdhulp.",
      "MEE Amstel en Zaan gives independent client support in Oostzaan. It is free. You get information, advice and short-term help. For example with an application for the Wmo (support at home) or youth help.",
    ],
    topics: ["client-support", "lvb-expertise"],
    // One MEE service per area, each with the source that says MEE works there: Amstelveen and
    // Uithoorn rest on 2018 sources and are flagged to verify (issue 17 point 6).
    areas: ["oostzaan"],
    url: "https://www.meeaz.nl",
    cost: "free",
    source: S.meeOostzaan,
  },
  {
    key: "mee-amstelveen",
    org: "mee-az",
    name: "MEE Amstel en Zaan: cliëntondersteuning in Amstelveen",
    summary: [
      "Gratis cliëntondersteuning in Amstelveen. Bij de Wmo, jeugdhulp en werk en inkomen. Die persoon werkt niet voor de gemeente.",
      "Free client support in Amstelveen. With the Wmo, youth help and work and income. This person does not work for the municipality.",
    ],
    description: [
      "De gemeente Amstelveen koopt cliëntondersteuning in bij MEE Amstel en Zaan. Dat is voor de Wmo, jeugdhulp en werk en inkomen. De hulp is gratis. In Amstelveen kun je een afspraak maken op kantoor.",
      "The municipality of Amstelveen buys client support from MEE Amstel en Zaan. That is for the Wmo (support at home), youth help and work and income. The help is free. In Amstelveen you can make an appointment at the office.",
    ],
    topics: ["client-support", "lvb-expertise"],
    areas: ["amstelveen"],
    url: "https://www.meeaz.nl",
    cost: "free",
    alert: [
      "Onze bron is uit 2018. We moeten nog controleren of dit nog zo is.",
      "Our source is from 2018. We still have to check that this is still true.",
    ],
    verify: true,
    source: S.meeAmstelveen,
    locations: [
      {
        key: "mee-amstelveen",
        name: "MEE Amstel en Zaan, kantoor Amstelveen",
        address_1: "Dr. Willem Dreesweg 2",
        city: "Amstelveen",
        description: ["Hier kun je een afspraak maken.", "You can make an appointment here."],
        source: S.meeAmstelveen,
        verify: true,
      },
    ],
  },
  {
    key: "mee-uithoorn",
    org: "mee-az",
    name: "MEE Amstel en Zaan in Uithoorn voor Elkaar",
    summary: [
      "MEE Amstel en Zaan werkt mee in Uithoorn voor Elkaar. Daar kun je vragen naar cliëntondersteuning.",
      "MEE Amstel en Zaan works in Uithoorn voor Elkaar. You can ask for client support there.",
    ],
    description: [
      "In Uithoorn voor Elkaar werken organisaties samen. MEE Amstel en Zaan is een van die organisaties. Het infopunt zat in 2018 in Gezondheidscentrum Waterlinie.",
      "In Uithoorn voor Elkaar, a few groups work together. MEE is one of them. In 2018 their help desk was in Gezondheidscentrum Waterlinie.",
    ],
    topics: ["client-support"],
    areas: ["uithoorn"],
    url: "https://www.meeaz.nl",
    alert: [
      "Onze bron is uit 2018. We moeten nog controleren of dit nog zo is.",
      "Our source is from 2018. We still have to check that this is still true.",
    ],
    verify: true,
    source: S.meeUithoorn,
  },
  {
    key: "sociaal-wijkteam-zaanstad",
    org: "gemeente-zaanstad",
    name: "Sociaal Wijkteam Zaanstad",
    summary: [
      "Hulp bij welzijn, zorg, werk, inkomen, wonen en het gezin. Ook als je je zorgen maakt om een buurman.",
      "Help with wellbeing, care, work, income, housing and family. Also when you worry about a neighbour.",
    ],
    description: [
      "Elke wijk in Zaanstad heeft een sociaal wijkteam. Je kunt er komen met vragen over huishoudelijke hulp, geldproblemen, mantelzorg of eenzaamheid. Je mag ook komen als je je zorgen maakt om een buurman of kennis. Dreigt een huisuitzetting? Of wordt energie of water afgesloten? Neem dan zo snel mogelijk contact op. Het team deelt gegevens alleen met andere organisaties als je toestemming geeft.",
      "Every neighbourhood in Zaanstad has a social team. You can go there with questions about household help, money problems, caring for someone, or loneliness. You may also come when you worry about a neighbour or someone you know. Is an eviction coming? Or is the energy or water going to be cut off? Then contact the team as soon as possible. The team only shares data with other organisations when you agree.",
    ],
    topics: ["money", "housing", "work-daytime", "parenting", "loneliness", "health", "crisis-safety"],
    areas: ["zaanstad"],
    url: "https://www.zaanstad.nl/direct-regelen/zorg-welzijn-cultuur/ouder-worden/sociaal-wijkteam/",
    source: S.swtZaanstad,
    phones: [
      {
        number: "14 075",
        description: [
          "Het algemene nummer van de gemeente Zaanstad.",
          "The general number of the municipality of Zaanstad.",
        ],
        source: S.zaanstad14075,
      },
    ],
  },
  {
    key: "smd-team-buitengebieden",
    org: "smd",
    name: "SMD Team Buitengebieden",
    summary: [
      "Maatschappelijk werk, sociaal raadslieden en steun voor mantelzorgers. In Oostzaan, Wormerland, Landsmeer, Waterland en Edam-Volendam.",
      "Social work, social legal advice and support for carers. In Oostzaan, Wormerland, Landsmeer, Waterland and Edam-Volendam.",
    ],
    description: [
      "Het Team Buitengebieden van de SMD heeft maatschappelijk werkers en sociaal raadslieden. Sociaal raadslieden helpen bij regels, brieven en geld. Er is ook een wijksteunpunt en steun voor mantelzorgers.",
      "SMD's Team Buitengebieden has social workers and advisers. The advisers help with rules, letters and money. There is also a help point in the area. And there is help for people who care for someone.",
    ],
    topics: ["money", "letters-forms", "legal", "health"],
    areas: ["oostzaan", "wormerland", "landsmeer", "waterland-gemeente", "edam-volendam"],
    url: "https://www.desmd.nl",
    source: S.smd,
  },
  {
    key: "sociaal-team-oostzaan",
    org: "gemeente-oostzaan",
    name: "Sociaal Team Oostzaan (Sociaal Plein)",
    summary: [
      "Vragen over hulp en zorg in Oostzaan. Het team helpt ook als het formulier te moeilijk is.",
      "Questions about help and care in Oostzaan. The team also helps when the form is too hard.",
    ],
    description: [
      "Een aanvraag voor de Wmo doe je online. Is het formulier te moeilijk? Vraag dan het Sociaal Team om hulp. Je mag iemand meenemen die je vertrouwt. Of een onafhankelijke cliëntondersteuner. Het Sociaal Team houdt spreekuren op het Sociaal Plein.",
      "You apply for the Wmo (support at home) online. Is the form too hard? Then ask the Sociaal Team for help. You may bring someone you trust. Or an independent client supporter. The team holds drop-in hours at the Sociaal Plein.",
    ],
    // Not "client-support": the team is the municipality's; it tells you that you may bring a client supporter.
    topics: ["letters-forms", "health"],
    areas: ["oostzaan"],
    url: "https://oostzaan.nl/hulp-en-ondersteuning/wmo-zorg-en-ondersteuning/wet-maatschappelijke-ondersteuning-wmo",
    source: S.meeOostzaan,
  },
  {
    key: "centrum-jong-oostzaan",
    org: "gemeente-oostzaan",
    name: "Centrum Jong Oostzaan",
    summary: [
      "Gratis vragen stellen over opvoeden en opgroeien. Voor ouders en jongeren tot 23 jaar.",
      "Free place for questions about parenting and growing up. For parents and young people up to 23.",
    ],
    description: [
      "Centrum Jong is een gratis plek voor ouders en jongeren in Oostzaan. Jongeren tot 23 jaar kunnen er terecht.",
      "Centrum Jong is a free place for parents and young people in Oostzaan. Young people up to 23 can go there.",
    ],
    topics: ["parenting"],
    areas: ["oostzaan"],
    url: "https://oostzaan.nl/hulp-en-ondersteuning/jeugd-opvoeden-en-opgroeien",
    cost: "free",
    maximum_age: 23,
    source: S.oostzaanJeugd,
  },
  {
    key: "wmo-loket-amstelveen",
    org: "gemeente-amstelveen",
    name: "Wmo-loket Amstelveen",
    summary: ["Vragen over hulp thuis (Wmo) in Amstelveen.", "Questions about support at home (Wmo) in Amstelveen."],
    description: [
      "Bij het Wmo-loket vraag je hulp aan om thuis te kunnen blijven wonen. Bijvoorbeeld hulp in het huishouden. Wie een aanvraag doet, krijgt ook een brief over cliëntondersteuning.",
      "At the Wmo desk you apply for support to keep living at home. For example help with housework. Whoever applies also gets a letter about client support.",
    ],
    // Not "client-support": the desk is the municipality's; it sends a letter about client support.
    topics: ["health", "housing"],
    areas: ["amstelveen"],
    source: S.wmoAmstelveen,
    phones: [
      {
        number: "020 540 4911",
        description: ["Vraag naar het Wmo-loket.", "Ask for the Wmo desk."],
        source: S.wmoAmstelveen,
        verify: true,
      },
    ],
  },
  {
    key: "participe-ouderenadvies",
    org: "participe",
    name: "Participe Amstelland: ouderenadvies",
    summary: [
      "Gratis advies voor mensen van 65 jaar en ouder. En voor wie voor hen zorgt.",
      "Free advice for people aged 65 and over. And for those who care for them.",
    ],
    description: [
      "Een ouderenadviseur van Participe denkt mee over wonen, zorg en meedoen. Dat kan aan de telefoon, bij iemand thuis of op een spreekuur.",
      "An adviser from Participe helps older people think about housing, care and taking part. By phone, at home or at a drop-in hour.",
    ],
    topics: ["health", "loneliness"],
    areas: ["amstelveen"],
    url: "https://www.participe-amstelland.nu",
    cost: "free",
    eligibility: [
      "Voor mensen van 65 jaar en ouder en hun mantelzorgers.",
      "For people aged 65 and over and their carers.",
    ],
    source: S.participeAdvies,
    phones: [{ number: "020 543 0430", source: S.participeAdvies }],
    emails: [{ email: "info.amstelland@participe.nu", source: S.participeAdvies }],
  },
  {
    key: "participe-inloop",
    org: "participe",
    name: "Participe Amstelland: inloop in Amstelveen",
    summary: [
      "Drie plekken om binnen te lopen. Voor mensen die zich alleen voelen of veel vergeten.",
      "Three places to drop in. For people who are lonely or forgetful.",
    ],
    description: [
      "Participe heeft drie plekken in Amstelveen waar je binnen kunt lopen. Ze heten Dignahof, Open Hof en De Bolder. Je komt er andere mensen tegen. In de wijkcentra werken ook wijkcoaches.",
      "Participe has three drop-in places in Amstelveen: Dignahof, Open Hof and De Bolder. You meet other people there. Neighbourhood coaches also work in the community centres.",
    ],
    topics: ["loneliness"],
    areas: ["amstelveen"],
    url: "https://www.participe-amstelland.nu",
    walk_in: "yes",
    source: S.participeInloop,
    locations: [
      { key: "dignahof", name: "Dignahof", source: S.participeInloop },
      { key: "open-hof", name: "Open Hof", source: S.participeInloop },
      { key: "de-bolder", name: "De Bolder", source: S.participeInloop },
    ],
  },
  {
    key: "uithoorn-voor-elkaar",
    org: "uithoorn-voor-elkaar",
    name: "Uithoorn voor Elkaar",
    summary: [
      "Eén plek voor vragen over zorg, ontmoeten, gezondheid, inkomen en opvoeden. In Uithoorn en De Kwakel.",
      "One place to ask about care, meeting people, health, money and raising children. In Uithoorn and De Kwakel.",
    ],
    description: [
      "Uithoorn voor Elkaar is de plek voor vragen over zorg en welzijn. Er werken een paar organisaties samen. MEE Amstel en Zaan is er een van. Het infopunt zit in Gezondheidscentrum Waterlinie. Je kunt daar binnenlopen zonder afspraak. Bijvoorbeeld meteen nadat je bij de huisarts was.",
      "Uithoorn voor Elkaar is the place to go with questions about care and well-being. A few groups work together there. MEE Amstel en Zaan is one of them. The help desk is in Gezondheidscentrum Waterlinie. You can walk in there, no need to book. For example right after you saw your GP.",
    ],
    topics: ["health", "loneliness", "money", "parenting", "client-support"],
    areas: ["uithoorn"],
    walk_in: "yes",
    source: S.uithoornVoorElkaar,
    locations: [
      {
        key: "waterlinie",
        name: "Gezondheidscentrum Waterlinie",
        address_1: "Koningin Máximalaan 30",
        city: "Uithoorn",
        description: ["Binnenlopen zonder afspraak.", "Walk in without an appointment."],
        source: S.uithoornWaterlinie,
        verify: true,
      },
    ],
  },
  {
    key: "uithoorn-zorg-veiligheid",
    org: "gemeente-uithoorn",
    name: "Info- en adviespunt Zorg en Veiligheid Uithoorn-Centrum",
    summary: [
      "Eén keer per maand binnenlopen in de bibliotheek. Ook als je je zorgen maakt om een buurman.",
      "Drop in at the library once a month. Also when you worry about a neighbour.",
    ],
    description: [
      "In de bibliotheek zitten de gemeente, de politie en zorgorganisaties samen. Je kunt er zonder afspraak vragen stellen. Ook over zorgen om iemand in je buurt.",
      "At the library, the town, the police and care groups sit together. You can ask questions there without an appointment. Also about worries about someone in your street.",
    ],
    topics: ["crisis-safety", "health"],
    areas: ["uithoorn"],
    walk_in: "yes",
    source: S.uithoornCentrum,
    locations: [
      {
        key: "bibliotheek-uithoorn",
        name: "Bibliotheek Uithoorn",
        address_1: "Marktplein 65",
        city: "Uithoorn",
        source: S.uithoornCentrum,
        verify: true,
        schedules: [
          {
            description: [
              "Elke eerste donderdag van de maand, van 16.00 tot 18.00 uur.",
              "Every first Thursday of the month, from 16:00 to 18:00.",
            ],
            freq: "MONTHLY",
            byday: "1TH",
            opens_at: "16:00",
            closes_at: "18:00",
            source: S.uithoornCentrum,
            verify: true,
          },
        ],
      },
    ],
  },
  {
    key: "gemeente-hoorn-zorg",
    org: "gemeente-hoorn",
    name: "Gemeente Hoorn: zorg en welzijn (Wmo en jeugd)",
    summary: [
      "De gemeente Hoorn regelt hulp thuis en hulp voor jongeren. Ook speciale jeugdhulp bij een licht verstandelijke beperking.",
      "The town of Hoorn arranges help at home and help for young people. Also special help for young people with a mild intellectual disability.",
    ],
    description: [
      "De gemeente voert de Wmo en de Jeugdwet uit. De Wmo gaat over hulp om thuis te blijven wonen. De Jeugdwet gaat over hulp voor kinderen en jongeren. Daar hoort ook gespecialiseerde hulp bij voor jongeren met een licht verstandelijke beperking.",
      "The town carries out two laws: the Wmo and the Youth Act. The Wmo is about help so you can keep living at home. The Youth Act is about help for children and young people. That also means special help for young people with a mild intellectual disability.",
    ],
    topics: ["parenting", "health", "lvb-expertise"],
    areas: ["hoorn"],
    url: "https://www.hoorn.nl/Int/Inwoners/Zorg-en-welzijn.html",
    alert: [
      "We weten niet wie in Hoorn nu de onafhankelijke cliëntondersteuning geeft. MEE/de Wering doet dit niet meer.",
      "We do not know who now gives independent client support in Hoorn. MEE/de Wering stopped doing this.",
    ],
    source: S.hoorn,
    locations: [
      {
        key: "hoorn-stadhuis",
        name: "Gemeente Hoorn",
        address_1: "Nieuwe Steen 1",
        city: "Hoorn",
        source: S.hoornAddress,
        verify: true,
      },
    ],
    emails: [{ email: "gemeente@hoorn.nl", source: S.hoornAddress, verify: true }],
  },
  {
    key: "veilig-thuis",
    org: "veilig-thuis",
    name: "Veilig Thuis",
    summary: [
      "Bij zorgen over geweld thuis, mishandeling of uitbuiting. Gratis bellen, dag en nacht. Je mag anoniem advies vragen.",
      "For worries about violence at home, abuse or exploitation. Free to call, day and night. You may ask advice anonymously.",
    ],
    description: [
      "Veilig Thuis is er voor iedereen: voor bewoners, vrijwilligers en professionals. Je belt één landelijk nummer. Je komt dan bij het team van je eigen regio. Professionals kunnen bij elke stap van de meldcode om advies vragen. In de regio zijn er teams voor Amsterdam-Amstelland, Zaanstreek-Waterland en Noord-Holland Noord (daar hoort Hoorn bij). Bij direct gevaar bel je 112.",
      "Veilig Thuis is there for everyone: residents, volunteers and professionals. You call one national number. You are then put through to the team of your region. Professionals can ask for advice at every step of the meldcode (reporting code). The region has teams for Amsterdam-Amstelland, Zaanstreek-Waterland and Noord-Holland Noord (which includes Hoorn). In immediate danger, call 112.",
    ],
    topics: ["crisis-safety"],
    areas: ["nederland"],
    cost: "free",
    anonymous_advice: "yes",
    source: S.veiligThuis,
    phones: [
      { number: "0800 2000", description: ["Gratis, dag en nacht.", "Free, day and night."], source: S.veiligThuis },
    ],
    schedules: [
      {
        description: ["Dag en nacht, elke dag.", "Day and night, every day."],
        freq: "WEEKLY",
        byday: EVERY_DAY,
        // The whole day, every day (the source says 24/7): 00:00 to 00:00 (decision 024).
        opens_at: "00:00",
        closes_at: "00:00",
        source: S.veiligThuis,
      },
    ],
  },
  {
    key: "113-zelfmoordpreventie",
    org: "113",
    name: "113 Zelfmoordpreventie",
    summary: [
      "Denkt iemand aan zelfmoord? Bel 113 of 0800-0113. Of chat op 113.nl. Gratis, anoniem, dag en nacht.",
      "Is someone thinking about suicide? Call 113 or 0800-0113. Or chat at 113.nl. Free, anonymous, day and night.",
    ],
    description: [
      "Bij 113 kun je praten over gedachten aan zelfmoord. Je hoeft je naam niet te zeggen. Je kunt ook bellen als je je zorgen maakt om iemand anders. Sinds oktober 2025 is bellen naar 113 gratis.",
      "At 113 you can talk about thoughts of suicide. You do not have to give your name. You can also call when you are worried about someone else. Since October 2025 calling 113 is free.",
    ],
    topics: ["crisis-safety", "health"],
    areas: ["nederland"],
    url: "https://www.113.nl",
    cost: "free",
    anonymous_advice: "yes",
    source: S.z113,
    phones: [
      { number: "113", source: S.z113 },
      { number: "0800 0113", source: S.z113 },
    ],
    schedules: [
      {
        description: ["Dag en nacht, elke dag.", "Day and night, every day."],
        freq: "WEEKLY",
        byday: EVERY_DAY,
        // The whole day, every day (the source says 24/7): 00:00 to 00:00 (decision 024).
        opens_at: "00:00",
        closes_at: "00:00",
        source: S.z113,
      },
    ],
  },
  {
    key: "huisartsenpost-amstelland",
    org: "hap-amstelland",
    name: "Huisartsenpost Amstelland",
    summary: [
      "Dringend een dokter nodig als de eigen huisarts dicht is? Bel altijd eerst.",
      "Urgently need a doctor when your own GP is closed? Always phone first.",
    ],
    description: [
      "De huisartsenpost helpt als het niet kan wachten tot de eigen huisarts open is. Ga er niet zomaar heen. Bel altijd eerst.",
      "The out-of-hours GP service is for when it cannot wait for your GP. Do not just go there. Always phone first.",
    ],
    topics: ["health"],
    areas: ["amstelland"],
    url: "https://huisartsenpost-amstelland.nl",
    walk_in: "no",
    source: S.hapAmstelland,
    phones: [{ number: "020 456 2000", source: S.hapAmstelland }],
  },
  {
    key: "huisartsenpost-west-friesland",
    org: "hap-wf",
    name: "Huisartsenpost West-Friesland",
    summary: [
      "Dringend een dokter nodig in de avond, de nacht of het weekend? Bel eerst.",
      "Urgently need a doctor in the evening, at night or at the weekend? Phone first.",
    ],
    description: [
      "De huisartsenpost helpt als het niet kan wachten tot de eigen huisarts open is. Bel eerst.",
      "The out-of-hours GP service is for when it cannot wait for your GP. Phone first.",
    ],
    topics: ["health"],
    areas: ["west-friesland"],
    url: "https://www.huisartsenpostwf.nl",
    walk_in: "no",
    source: S.hapWf,
    phones: [{ number: "0229 297 800", source: S.hapWf }],
    schedules: [
      {
        description: ["Maandag tot en met vrijdag van 17.00 tot 8.00 uur.", "Monday to Friday from 17:00 to 8:00."],
        freq: "WEEKLY",
        byday: WEEKDAYS,
        opens_at: "17:00",
        closes_at: "08:00",
        source: S.hapWf,
      },
      {
        description: [
          "Weekend en feestdagen: de hele dag en nacht.",
          "Weekends and public holidays: all day and night.",
        ],
        freq: "WEEKLY",
        byday: "SA,SU",
        source: S.hapWf,
      },
    ],
  },
  {
    key: "politie-geen-spoed",
    org: "politie",
    name: "Politie: geen spoed",
    summary: [
      "Voor zaken zonder haast bel je 0900-8844. Bij gevaar bel je 112.",
      "For matters that are not urgent, call 0900-8844. In danger, call 112.",
    ],
    description: [
      "Het nummer 0900-8844 is voor zaken die niet dringend zijn. Telt elke seconde? Bel dan 112. Bellen naar 0900-8844 kost geld.",
      "The number 0900-8844 is for matters that are not urgent. Does every second count? Then call 112. Calling 0900-8844 costs money.",
    ],
    topics: ["crisis-safety"],
    areas: ["nederland"],
    url: "https://www.politie.nl",
    cost: "charged",
    fees: ["Je betaalt een starttarief en een bedrag per minuut.", "You pay a start fee and an amount per minute."],
    source: S.politie,
    phones: [{ number: "0900 8844", description: ["Niet gratis.", "Not free."], source: S.politie }],
  },
  {
    key: "ggd-zw-meldpunt",
    org: "ggd-zw",
    name: "GGD Zaanstreek-Waterland: Meldpunt Overlast en Bemoeizorg",
    summary: [
      "Zorgen om iemand die niet goed voor zichzelf kan zorgen? Of die geen hulp kan vragen? Bel of mail de GGD.",
      "Worried about someone who cannot take care of themselves? Or who does not know how to ask for help? Call or email the GGD.",
    ],
    description: [
      "Je meldt hier zorgen over iemand. Bijvoorbeeld over hoe iemand woont, over verwaarlozing of over overlast. Je kunt bellen, mailen of een formulier invullen.",
      "You report worries about someone here. For example about how someone lives, about neglect or about nuisance. You can phone, email or fill in a form.",
    ],
    topics: ["crisis-safety", "health"],
    areas: ["zaanstreek-waterland"],
    url: "https://www.ggdzw.nl/zorg_en_overlast",
    source: S.ggdZw,
    phones: [{ number: "075 651 8380", source: S.ggdZw }],
    emails: [{ email: "MOB@ggdzw.nl", source: S.ggdZw }],
    schedules: [
      {
        description: ["Maandag tot en met vrijdag van 9.00 tot 17.00 uur.", "Monday to Friday from 9:00 to 17:00."],
        freq: "WEEKLY",
        byday: WEEKDAYS,
        opens_at: "09:00",
        closes_at: "17:00",
        source: S.ggdZw,
      },
    ],
  },
  {
    key: "ggd-hn-vangnet",
    org: "ggd-hn",
    name: "GGD Hollands Noorden: Meldpunt Vangnet & Advies",
    summary: [
      "Zorgen om iemand die kwetsbaar is, maar het is geen spoed? Bewoners en professionals kunnen melden of advies vragen.",
      "Worried about a vulnerable person, but it is not urgent? Residents and professionals can report or ask advice.",
    ],
    description: [
      "Dit meldpunt is voor zorgen die niet acuut zijn. Het gaat om mensen die het sociaal moeilijk hebben. Ook professionals kunnen hier advies vragen. Het meldpunt werkt ook voor Hoorn.",
      "This point is for worries that are not acute. It is about people who are socially vulnerable. Professionals can also ask for advice here. It also covers Hoorn.",
    ],
    topics: ["crisis-safety", "health"],
    areas: ["hoorn"],
    url: "https://www.ggdhollandsnoorden.nl",
    source: S.ggdHn,
    phones: [{ number: "088 010 0521", source: S.ggdHn, verify: true }],
    emails: [{ email: "bereikbaarheidsdienst@ggdhn.nl", source: S.ggdHn, verify: true }],
    schedules: [
      {
        description: ["Maandag tot en met vrijdag van 8.30 tot 17.00 uur.", "Monday to Friday from 8:30 to 17:00."],
        freq: "WEEKLY",
        byday: WEEKDAYS,
        opens_at: "08:30",
        closes_at: "17:00",
        source: S.ggdHn,
        verify: true,
      },
    ],
  },
  {
    key: "prisma-stamtafel",
    org: "prisma",
    name: "Stichting Prisma: Stamtafel en Buren!groepen",
    summary: [
      "Samen eten in een restaurant in de buurt. Voor mensen met een (licht) verstandelijke beperking en andere buurtbewoners.",
      "Eating together in a local restaurant. For people with a (mild) intellectual disability and other neighbours.",
    ],
    description: [
      "Bij de Stamtafel eten 20 tot 30 mensen samen in een restaurant in de buurt. Een coach van Prisma en vrijwilligers begeleiden de groep. Minstens één keer per maand gaan ze met kleine groepjes naar een activiteit. Er zijn Stamtafels in heel Amsterdam. Prisma heeft ook Buren!groepen. Daarin zitten ongeveer tien buren die meer contact willen.",
      "At the Stamtafel, 20 to 30 people eat together in a local restaurant. A Prisma coach and volunteers guide the group. At least once a month they take small groups to an activity. There are Stamtafels all over Amsterdam. Prisma also runs Buren!groepen: groups of about ten neighbours who want more contact.",
    ],
    topics: ["loneliness", "lvb-expertise"],
    areas: ["amsterdam"],
    url: "https://stichtingprisma.nl/eenzaamheid-en-sociale-contacten",
    source: S.prisma,
  },
  {
    key: "lfb",
    org: "lfb",
    name: "LFB: door en voor mensen met een verstandelijke beperking",
    summary: [
      "Een club voor heel Nederland. Van en voor mensen met een verstandelijke beperking. Leden vertellen over hun eigen leven.",
      "A club for the whole country. By and for people with an intellectual disability. Members talk about their own lives.",
    ],
    description: [
      "De LFB is een club door en voor mensen met een verstandelijke beperking. De LFB geeft trainingen. Sommige leden hebben zelf een training gehad. Zij hebben een beperking en vertellen daarover.",
      "The LFB is a club by and for people with an intellectual disability. It gives training. Some of its people have had training too. They have a disability and talk about their own life.",
    ],
    // Not "client-support": the LFB is an association by and for its members, not a client supporter.
    topics: ["lvb-expertise"],
    areas: ["nederland"],
    url: "https://lfb.nu",
    source: S.lfb,
  },
  {
    key: "kenniscentrum-lvb",
    org: "kenniscentrum-lvb",
    name: "Landelijk Kenniscentrum LVB",
    summary: [
      "Kennis en onderzoek over mensen met een licht verstandelijke beperking. Voor advies over één persoon zoek je hulp in de buurt.",
      "Knowledge and research about people with a mild intellectual disability. For advice about one person, look for help near you.",
    ],
    description: [
      "Het Kenniscentrum LVB brengt onderzoek en praktijk bij elkaar. Het maakt en deelt kennis. Dat doet het samen met zorg, gemeenten en de universiteit. Op de website staat die kennis.",
      "The Kenniscentrum LVB links research and daily work. It makes and shares what it knows. It does that with care groups, towns and universities. That is on its website.",
    ],
    // A knowledge source, not a contact for a case (issue 17 point 6): no source says it advises on one person.
    application: [
      "We vonden geen bron dat het kenniscentrum advies geeft over één persoon. Vraag dat aan hulp in de buurt.",
      "We found no source that says the centre gives advice about one person. Ask local help for that.",
    ],
    topics: ["lvb-expertise"],
    areas: ["nederland"],
    url: "https://www.kenniscentrumlvb.nl",
    source: S.kenniscentrum,
    emails: [{ email: "info@kenniscentrumlvb.nl", source: S.kenniscentrumMail, verify: true }],
  },
  {
    key: "cordaan-vb",
    org: "cordaan",
    name: "Cordaan: zorg voor mensen met een verstandelijke beperking",
    summary: [
      "Wonen, werk en dagbesteding in Amsterdam. Voor mensen met een verstandelijke beperking.",
      "A home, work and things to do in the day. For people with an intellectual disability in Amsterdam.",
    ],
    description: [
      "Cordaan helpt mensen met een verstandelijke beperking. Licht of zwaar. Ze helpen met wonen, werk en dagbesteding. Er is ook hulp voor mensen met een lichte beperking en psychische problemen. Cordaan werkt met anderen samen aan zorg in de wijk.",
      "Cordaan helps people with an intellectual disability, mild or severe. They help with a home, work and things to do in the day. There is also help for people with a mild disability and mental health problems. Cordaan works with others on care in the area.",
    ],
    topics: ["lvb-expertise", "housing", "work-daytime"],
    areas: ["amsterdam"],
    url: "https://www.cordaan.nl",
    source: S.cordaan,
  },
  {
    key: "philadelphia-hoorn",
    org: "philadelphia",
    name: "Philadelphia Hoorn: Jacques Bloemhof",
    summary: [
      "Een woonplek in de Kersenboogerd. Eén keer per maand zijn buren welkom om elkaar te ontmoeten.",
      "A place to live in the Kersenboogerd. Once a month neighbours are welcome to meet.",
    ],
    description: [
      "Bij Jacques Bloemhof wonen 29 mensen met een verstandelijke beperking, van licht tot zwaarder. Elke maand nodigen ze de buren uit om elkaar te ontmoeten.",
      "At Jacques Bloemhof, 29 people with an intellectual disability live, from mild to more severe. Every month they invite the neighbours to meet each other.",
    ],
    topics: ["housing", "loneliness", "lvb-expertise"],
    areas: ["hoorn"],
    source: S.philadelphiaHoorn,
    locations: [
      { key: "jacques-bloemhof", name: "Jacques Bloemhof, Kersenboogerd", city: "Hoorn", source: S.philadelphiaHoorn },
    ],
  },
  {
    key: "ons-tweede-thuis",
    org: "ons-tweede-thuis",
    name: "Ons Tweede Thuis",
    summary: [
      "Wonen, werk, dagbesteding en hulp thuis. Voor mensen met een verstandelijke beperking, autisme of hersenletsel.",
      "A home, work, things to do in the day and help at home. For people with an intellectual disability, autism or brain injury.",
    ],
    description: [
      "Ons Tweede Thuis heeft meer dan 70 locaties in Amstelland, de Meerlanden, Haarlem en Amsterdam. Er is ook hulp thuis of op het werk. In Uithoorn zijn woningen voor mensen met een lichte tot matige verstandelijke beperking. Mensen van buiten kunnen ook cursussen volgen bij de Academie.",
      "Ons Tweede Thuis has more than 70 locations in Amstelland, the Meerlanden, Haarlem and Amsterdam. There is also help at home or at work. In Uithoorn there are homes for people with a mild to moderate intellectual disability. Others can take courses at its Academie too.",
    ],
    topics: ["lvb-expertise", "housing", "work-daytime"],
    areas: ["amstelland", "amsterdam"],
    url: "https://www.onstweedethuis.nl",
    source: S.ott,
  },
  {
    key: "esdege-reigersdaal",
    org: "esdege",
    name: "Esdégé-Reigersdaal",
    summary: [
      "Wonen, werk en dagbesteding. Op meer dan 200 kleine plekken in de Kop van Noord-Holland en West-Friesland.",
      "A home, work and things to do in the day. At more than 200 small places in the Kop van Noord-Holland and West-Friesland.",
    ],
    description: [
      "Esdégé-Reigersdaal helpt mensen met een beperking. Met wonen, werk en dagbesteding. Er is ook een team dat thuis helpt. Bij kinderen met hersenletsel.",
      "Esdégé-Reigersdaal helps people with a disability. They help with a home, work and things to do in the day. A team also helps at home. It is for children with brain injury.",
    ],
    topics: ["lvb-expertise", "housing", "work-daytime"],
    areas: ["west-friesland"],
    source: S.esdege,
  }, // --- From the contacts addendum of December 2026 (issue 17 point 6). ---
  {
    key: "mdhg-clientondersteuning",
    org: "mdhg",
    name: "MDHG: cliëntondersteuning en inloop",
    summary: [
      "Gratis cliëntondersteuning voor mensen die drugs gebruiken en voor dak- en thuislozen. Elke werkdag binnenlopen.",
      "Free client support for people who use drugs and for homeless people. Walk in every working day.",
    ],
    description: [
      "De MDHG komt op voor mensen die drugs gebruiken. En voor dak- en thuislozen in Amsterdam. De MDHG geeft gratis informatie, advies en steun. Ook bij schulden en juridische vragen. Elke werkdag kun je binnenlopen. Eerst voor koffie, daarna voor hulp bij vragen.",
      "The MDHG stands up for people who use drugs. And for homeless people in Amsterdam. It gives free information, advice and support. Also with debts and legal questions. You can walk in every working day. First for coffee, then for help with questions.",
    ],
    topics: ["client-support", "money", "legal"],
    areas: ["amsterdam"],
    url: "https://www.mdhg.nl",
    cost: "free",
    walk_in: "yes",
    eligibility: [
      "Voor mensen die drugs gebruiken en voor dak- en thuislozen in Amsterdam.",
      "For people who use drugs and for homeless people in Amsterdam.",
    ],
    source: S.mdhg,
    phones: [{ number: "020 624 4775", source: S.mdhgContact, verify: true }],
    emails: [{ email: "info@mdhg.nl", source: S.mdhgContact, verify: true }],
    schedules: [
      {
        description: [
          "Elke werkdag. Van 10.00 tot 13.00 uur voor koffie. Van 13.00 tot 16.30 uur voor vragen.",
          "Every working day. From 10:00 to 13:00 for coffee. From 13:00 to 16:30 for questions.",
        ],
        freq: "WEEKLY",
        byday: WEEKDAYS,
        opens_at: "10:00",
        closes_at: "16:30",
        source: S.mdhg,
      },
    ],
    locations: [
      {
        key: "jonas-daniel-meijerplein",
        name: "MDHG",
        address_1: "Jonas Daniël Meijerplein 30",
        city: "Amsterdam",
        source: S.mdhgContact,
        verify: true,
      },
    ],
  },
  {
    key: "clientenbelang-clientondersteuning",
    org: "clientenbelang",
    name: "Cliëntenbelang Amsterdam: onafhankelijke cliëntondersteuning",
    summary: [
      "Onafhankelijke hulp in Amsterdam: iemand denkt met je mee. Ook als je bezwaar wilt maken.",
      "Independent help in Amsterdam: someone thinks along with you. Also when you want to object.",
    ],
    description: [
      "Cliëntenbelang Amsterdam komt op voor mensen met een beperking of een ziekte die blijft. En voor wie voor hen zorgt. Hier werken mensen die met je meedenken. Ze werken niet voor de gemeente. Ze helpen bij bezwaar tegen een besluit over hulp thuis. Vaak schrijven zij dat bezwaar.",
      "Cliëntenbelang Amsterdam stands up for people with a disability or a long illness. And for those who care for them. People work here who think along with you. They do not work for the city. They help you object to a decision about help at home. They often write the objection.",
    ],
    topics: ["client-support", "legal"],
    areas: ["amsterdam"],
    verify: true,
    source: S.clientenbelang,
  },
  {
    key: "ondersteuners-van-amsterdam",
    org: "mee-az",
    name: "De Ondersteuners van Amsterdam",
    summary: [
      "Eén website over hulp van iemand die met je meedenkt. Je leest wie in Amsterdam waarbij helpt.",
      "One website about help from someone who thinks along with you. It tells you who helps with what in Amsterdam.",
    ],
    description: [
      "In Amsterdam geven vijf groepen deze hulp. MEE Amstel en Zaan leidt dat. Cliëntenbelang en de Straatalliantie doen ook mee. Samen maakten ze in 2020 deze website.",
      "In Amsterdam five groups give this help. MEE Amstel en Zaan leads them. Cliëntenbelang and the Straatalliantie also take part. Together they made this website in 2020.",
    ],
    topics: ["client-support"],
    areas: ["amsterdam"],
    url: "https://www.deondersteunersvanamsterdam.nl/",
    alert: [
      "We weten niet zeker of de website nog werkt. Onze bron is uit 2020.",
      "We are not sure the website still works. Our source is from 2020.",
    ],
    verify: true,
    source: S.ondersteuners,
  },
  {
    key: "cce-consultatie",
    org: "cce",
    name: "CCE: advies bij ernstig probleemgedrag",
    summary: [
      "Landelijk advies bij moeilijke zorgvragen met ernstig probleemgedrag. Niet voor gewone vragen.",
      "Advice for the whole country when care is very hard because of serious problem behaviour. Not for everyday questions.",
    ],
    description: [
      "Het CCE geeft consultatie. Dat betekent: meedenken en advies geven. Het gaat om moeilijke zorgvragen met ernstig probleemgedrag. Bijvoorbeeld in de zorg voor mensen met een beperking of in de GGZ. Het CCE deelt ook kennis.",
      "The CCE thinks along and gives advice. It is about hard care questions with serious problem behaviour. For example in care for people with a disability. Or in mental health care. The CCE also shares what it knows.",
    ],
    topics: ["lvb-expertise"],
    areas: ["nederland"],
    application: [
      "We vonden niet hoe je advies aanvraagt. Kijk op de website.",
      "We did not find how to ask for advice. See the website.",
    ],
    source: S.cce,
  },
  {
    key: "gemeente-hoorn-rondkomen",
    org: "gemeente-hoorn",
    name: "Gemeente Hoorn: hulp bij rondkomen en schulden",
    summary: [
      "De gemeente Hoorn helpt als je moeilijk rondkomt of schulden hebt.",
      "Is it hard to make ends meet, or do you have debts? The town of Hoorn helps.",
    ],
    description: [
      "De gemeente Hoorn helpt bij geldzorgen. Bijvoorbeeld met schuldhulp en regelingen voor mensen met weinig geld. De gemeente let ook op bewindvoering. Het telefoonnummer is het algemene nummer van de gemeente.",
      "The town of Hoorn helps with money worries. For example with debt help and with schemes for people with little money. It also keeps an eye on people who manage money for others. The phone number is the general number of the town.",
    ],
    topics: ["money"],
    areas: ["hoorn"],
    url: "https://www.hoorn.nl/rondkomen",
    source: S.hoornRondkomen,
    phones: [
      {
        number: "0229 252 200",
        description: ["Het algemene nummer van de gemeente.", "The municipality's general number."],
        source: S.hoornPhone,
        verify: true,
      },
    ],
  },
  {
    key: "urgentiecommissie-west-friesland",
    org: "urgentie-wf",
    name: "Regionale Urgentiecommissie West-Friesland",
    summary: [
      "Vragen over voorrang op een huurhuis in West-Friesland, ook in Hoorn. Bel of mail de secretaris.",
      "Do you have questions about getting a rented home first? In West-Friesland and Hoorn, call or email the secretary.",
    ],
    description: [
      "Heeft iemand dringend een huis nodig? Dan kan de urgentiecommissie voorrang geven. De commissie werkt voor Hoorn en de andere gemeenten in West-Friesland. Met vragen bel of mail je de secretaris.",
      "Does someone need a home very fast? Then this group can let them go first. It works for Hoorn and the other towns in West-Friesland. With questions, call or email its secretary.",
    ],
    topics: ["housing"],
    areas: ["west-friesland"],
    source: S.urgentieWf,
    phones: [{ number: "0229 252 200", source: S.urgentieWf }],
    emails: [{ email: "wonen@hoorn.nl", source: S.urgentieWf }],
  },
  {
    key: "woonmatch-west-friesland",
    org: "woonmatch-wf",
    name: "Woonmatch West-Friesland",
    summary: [
      "Hier schrijf je je in voor een sociale huurwoning in West-Friesland. Dat kan alleen online.",
      "Here you register for a social rented home in West-Friesland. You can only do that online.",
    ],
    description: [
      "Via Woonmatch zoek je een sociale huurwoning in West-Friesland. Je schrijft je alleen online in. Met algemene vragen bel je het informatienummer.",
      "Through Woonmatch you look for a social rented home in West-Friesland. You can only register online. With general questions, call the information number.",
    ],
    topics: ["housing"],
    areas: ["west-friesland"],
    url: "https://cae.woonmatchwestfriesland.nl/pagina/de-meest-gestelde-vragen-over-woonmatch-west-friesland",
    source: S.woonmatchWf,
    phones: [
      {
        number: "0227 549 540",
        description: ["Voor algemene vragen.", "For general questions."],
        source: S.woonmatchWf,
      },
    ],
  },
  {
    key: "intermaris-huurbetaling",
    org: "intermaris",
    name: "Intermaris: betalingsregeling voor de huur",
    summary: [
      "Huur je bij Intermaris en kun je de huur even niet betalen? Vraag dan een betalingsregeling.",
      "Do you rent from Intermaris and can you not pay the rent for a while? Then ask for a payment plan.",
    ],
    description: [
      "Intermaris verhuurt woningen in West-Friesland, ook in Hoorn. Heb je even niet genoeg geld voor de huur? Dan kun je misschien een betalingsregeling aanvragen. Dan betaal je de huur in delen.",
      "Intermaris rents out homes in West-Friesland, also in Hoorn. Do you not have enough money for the rent for a while? Then you may be able to ask for a payment plan. You then pay the rent in parts.",
    ],
    topics: ["housing", "money"],
    areas: ["west-friesland"],
    url: "https://www.intermaris.nl/ik-huur/huur/huurbetaling",
    source: S.intermaris,
  },
  {
    key: "uithoorn-sociaal-loket",
    org: "gemeente-uithoorn",
    name: "Gemeente Uithoorn: Sociaal Loket (wonen en Wmo)",
    summary: [
      "Een dringend probleem met wonen in Uithoorn? Bel of mail het Sociaal Loket van de gemeente.",
      "An urgent housing problem in Uithoorn? Call or email the municipality's Sociaal Loket.",
    ],
    description: [
      "Het Sociaal Loket is de plek voor vragen over de Wmo in Uithoorn. Ook bij een dringend probleem met wonen bel je hier. Het loket belt je binnen vijf werkdagen terug. Dan maak je een afspraak op het gemeentehuis.",
      "The Sociaal Loket is for questions about the Wmo (support at home) in Uithoorn. You also call here with an urgent housing problem. The desk calls you back within five working days. Then you make an appointment at the town hall.",
    ],
    topics: ["housing", "health"],
    areas: ["uithoorn"],
    url: "https://www.uithoorn.nl/Home/Wonen_en_leefomgeving/Woonurgentie_Uithoorn",
    fees: [
      "Een aanvraag voor voorrang op een woning kost geld. In 2020 was dat 41,35 euro.",
      "Asking for priority for a home costs money. In 2020 it was 41.35 euros.",
    ],
    verify: true,
    source: S.uithoornUrgentie,
    phones: [{ number: "0297 513 111", source: S.uithoornUrgentie, verify: true }],
    emails: [{ email: "sociaal.loket@uithoorn.nl", source: S.uithoornUrgentie, verify: true }],
    schedules: [
      {
        description: [
          "Bellen kan maandag tot en met vrijdag van 9.00 tot 10.30 uur.",
          "You can call Monday to Friday from 9:00 to 10:30.",
        ],
        freq: "WEEKLY",
        byday: WEEKDAYS,
        opens_at: "09:00",
        closes_at: "10:30",
        source: S.uithoornUrgentie,
        verify: true,
      },
    ],
  },
  {
    key: "zaanstad-clientondersteuning",
    org: "gemeente-zaanstad",
    name: "Zaanstad: onafhankelijke cliëntondersteuners",
    summary: [
      "Zaanstad heeft een groep mensen die met je meedenken. Vraag het Sociaal Wijkteam naar hen.",
      "Zaanstad has a group of people who think along with you. Ask the Sociaal Wijkteam about them.",
    ],
    description: [
      "Zaanstad heeft een groep mensen die met je meedenken. Ze zijn onafhankelijk. Het is hun werk. Meer staat op de website van het Sociaal Wijkteam. Een eigen nummer vonden we niet. Bel het nummer van de gemeente: 14 075.",
      "Zaanstad has a group of people who think along with you. They are independent. It is their job. More is on the website of the Sociaal Wijkteam. We found no number of their own. Call the town's number: 14 075.",
    ],
    topics: ["client-support"],
    areas: ["zaanstad"],
    // The team's own domain, seen on https://swtzaanstad.nl/oud-zaandijk-plus-oud-koog-aan-de-zaan/vacature/ (addendum §7.1).
    url: "https://swtzaanstad.nl",
    alert: [
      "Onze bron is van rond 2019. We moeten nog controleren of dit nog zo is.",
      "Our source is from about 2019. We still have to check that this is still true.",
    ],
    verify: true,
    source: S.zaanstadPool,
    phones: [
      {
        number: "14 075",
        description: [
          "Het algemene nummer van de gemeente Zaanstad.",
          "The general number of the municipality of Zaanstad.",
        ],
        source: S.zaanstad14075,
      },
    ],
  },
  {
    key: "mee-purmerend",
    org: "mee-az",
    name: "MEE Amstel en Zaan: cliëntondersteuning in Purmerend",
    summary: [
      "MEE heeft in Purmerend mensen die met je meedenken. Ook anderen vragen MEE om advies.",
      "MEE has people in Purmerend who think along with you. Others also ask MEE for advice.",
    ],
    description: [
      "MEE Amstel en Zaan heeft in Purmerend mensen die met je meedenken. Ze zijn onafhankelijk. Ook anderen vragen MEE om advies. Bijvoorbeeld de gemeente, huisartsen en verhuurders.",
      "MEE Amstel en Zaan has people in Purmerend who think along with you. They are independent. Others also ask MEE for advice. For example the town, GPs and landlords.",
    ],
    topics: ["client-support", "lvb-expertise"],
    areas: ["purmerend"],
    alert: [
      "Onze bron is van rond 2021. We moeten nog controleren of dit nog zo is.",
      "Our source is from about 2021. We still have to check that this is still true.",
    ],
    verify: true,
    source: S.meePurmerend,
  },
  {
    key: "prinsenstichting",
    org: "prinsenstichting",
    name: "Prinsenstichting",
    summary: [
      "Zorg en steun voor mensen met een verstandelijke beperking. Uit Purmerend.",
      "Care and help for people with an intellectual disability. From Purmerend.",
    ],
    description: [
      "De Prinsenstichting komt uit Purmerend. Ze geeft zorg en steun. Dat doet ze voor mensen met een verstandelijke beperking. Een nummer vonden we niet. Kijk op de website.",
      "The Prinsenstichting is from Purmerend. It gives care and help. It does that for people with an intellectual disability. We found no number. See the website.",
    ],
    topics: ["lvb-expertise"],
    areas: ["purmerend"],
    verify: true,
    source: S.prinsenstichting,
  },
  {
    key: "purmerend-loket-wonen-wmo",
    org: "gemeente-purmerend",
    name: "Gemeente Purmerend: Loket Wonen en Wmo",
    summary: [
      "Vragen over wonen, voorrang op een woning en de Wmo in Purmerend. Bel het loket.",
      "Questions about housing, priority for a home and the Wmo in Purmerend. Call the desk.",
    ],
    description: [
      "Bij het Loket Wonen en Wmo vraag je naar voorrang op een woning. Dat heet een urgentieverklaring. Je kunt het loket bellen.",
      "At the Loket Wonen en Wmo you ask about priority for a home. That is called an urgentieverklaring. You can call the desk.",
    ],
    topics: ["housing", "health"],
    areas: ["purmerend"],
    url: "https://www.purmerend.nl/urgentieverklaring",
    verify: true,
    source: S.purmerendWonen,
    phones: [{ number: "0299 452 555", source: S.purmerendWonen, verify: true }],
    schedules: [
      {
        description: ["Maandag tot en met donderdag van 9.00 tot 15.00 uur.", "Monday to Thursday from 9:00 to 15:00."],
        freq: "WEEKLY",
        byday: "MO,TU,WE,TH",
        opens_at: "09:00",
        closes_at: "15:00",
        source: S.purmerendWonen,
        verify: true,
      },
      {
        description: ["Vrijdag van 9.00 tot 13.00 uur.", "Friday from 9:00 to 13:00."],
        freq: "WEEKLY",
        byday: "FR",
        opens_at: "09:00",
        closes_at: "13:00",
        source: S.purmerendWonen,
        verify: true,
      },
    ],
  },
];
