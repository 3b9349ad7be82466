// The areas the directory knows (the `area` table, seeded from this list and read by the app).
// Postcode ranges are the 4-digit part of Dutch postcodes, used to turn "1102" into an area.
// They are broad on purpose: a postcode resolves to the most specific area that lists it, and
// streets on a border may belong to the neighbour. Areas without well-known ranges have none.
import type { AreaKind } from "./schema";

export interface AreaDef {
  slug: string;
  kind: AreaKind;
  parent: string | null;
  name: string;
  name_en: string;
  /** inclusive ranges of the 4-digit postcode */
  postcodes: [number, number][];
  /** phrases in a search text that mean this area (folded: lower case, no accents) */
  keywords: string[];
}

export const AREAS: AreaDef[] = [
  {
    slug: "nederland",
    kind: "national",
    parent: null,
    name: "Heel Nederland",
    name_en: "All of the Netherlands",
    postcodes: [],
    keywords: ["nederland", "landelijk", "netherlands"],
  },
  {
    slug: "amsterdam",
    kind: "municipality",
    parent: "nederland",
    name: "Amsterdam",
    name_en: "Amsterdam",
    postcodes: [
      [1000, 1109],
      [1380, 1384],
    ],
    keywords: ["amsterdam"],
  },
  {
    slug: "amsterdam-centrum",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Amsterdam-Centrum",
    name_en: "Amsterdam-Centrum",
    postcodes: [[1011, 1018]],
    keywords: ["centrum"],
  },
  {
    slug: "amsterdam-noord",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Amsterdam-Noord",
    name_en: "Amsterdam-Noord",
    postcodes: [[1020, 1037]],
    keywords: ["amsterdam noord", "nieuwendam"],
  },
  {
    slug: "amsterdam-west",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Amsterdam-West",
    name_en: "Amsterdam-West",
    postcodes: [[1051, 1058]],
    keywords: ["amsterdam west", "bos en lommer", "kolenkit"],
  },
  {
    slug: "amsterdam-nieuw-west",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Amsterdam Nieuw-West",
    name_en: "Amsterdam Nieuw-West",
    postcodes: [[1060, 1069]],
    keywords: ["nieuw west"],
  },
  {
    slug: "amsterdam-zuid",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Amsterdam-Zuid",
    name_en: "Amsterdam-Zuid",
    postcodes: [[1071, 1083]],
    keywords: ["amsterdam zuid"],
  },
  {
    slug: "amsterdam-oost",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Amsterdam-Oost",
    name_en: "Amsterdam-Oost",
    postcodes: [[1086, 1098]],
    keywords: ["amsterdam oost", "watergraafsmeer", "ijburg", "zeeburg"],
  },
  {
    slug: "amsterdam-zuidoost",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Amsterdam-Zuidoost",
    name_en: "Amsterdam-Zuidoost",
    postcodes: [[1100, 1108]],
    keywords: ["zuidoost", "bijlmer"],
  },
  {
    slug: "weesp",
    kind: "stadsdeel",
    parent: "amsterdam",
    name: "Weesp en Driemond",
    name_en: "Weesp and Driemond",
    postcodes: [
      [1109, 1109],
      [1380, 1384],
    ],
    keywords: ["weesp", "driemond"],
  },
  {
    slug: "amstelland",
    kind: "region",
    parent: "nederland",
    name: "Amstelland",
    name_en: "Amstelland",
    postcodes: [],
    keywords: ["amstelland"],
  },
  {
    slug: "amstelveen",
    kind: "municipality",
    parent: "amstelland",
    name: "Amstelveen",
    name_en: "Amstelveen",
    postcodes: [[1180, 1189]],
    keywords: ["amstelveen"],
  },
  {
    slug: "uithoorn",
    kind: "municipality",
    parent: "amstelland",
    name: "Uithoorn en De Kwakel",
    name_en: "Uithoorn and De Kwakel",
    postcodes: [[1420, 1424]],
    keywords: ["uithoorn", "de kwakel"],
  },
  {
    slug: "zaanstreek-waterland",
    kind: "region",
    parent: "nederland",
    name: "Zaanstreek-Waterland",
    name_en: "Zaanstreek-Waterland",
    postcodes: [],
    keywords: ["zaanstreek", "waterland"],
  },
  {
    slug: "zaanstad",
    kind: "municipality",
    parent: "zaanstreek-waterland",
    name: "Zaanstad",
    name_en: "Zaanstad",
    postcodes: [
      [1500, 1509],
      [1520, 1521],
      [1541, 1544],
      [1551, 1551],
      [1560, 1567],
    ],
    keywords: [
      "zaanstad",
      "zaandam",
      "krommenie",
      "wormerveer",
      "assendelft",
      "westzaan",
      "zaandijk",
      "koog aan de zaan",
    ],
  },
  {
    slug: "oostzaan",
    kind: "municipality",
    parent: "zaanstreek-waterland",
    name: "Oostzaan",
    name_en: "Oostzaan",
    postcodes: [[1511, 1511]],
    keywords: ["oostzaan"],
  },
  {
    slug: "wormerland",
    kind: "municipality",
    parent: "zaanstreek-waterland",
    name: "Wormerland",
    name_en: "Wormerland",
    postcodes: [[1530, 1531]],
    keywords: ["wormerland", "wormer"],
  },
  {
    slug: "landsmeer",
    kind: "municipality",
    parent: "zaanstreek-waterland",
    name: "Landsmeer",
    name_en: "Landsmeer",
    postcodes: [],
    keywords: ["landsmeer"],
  },
  {
    slug: "waterland-gemeente",
    kind: "municipality",
    parent: "zaanstreek-waterland",
    name: "Gemeente Waterland",
    name_en: "Waterland (municipality)",
    postcodes: [],
    keywords: ["monnickendam"],
  },
  {
    slug: "edam-volendam",
    kind: "municipality",
    parent: "zaanstreek-waterland",
    name: "Edam-Volendam",
    name_en: "Edam-Volendam",
    postcodes: [],
    keywords: ["edam", "volendam"],
  },
  {
    slug: "purmerend",
    kind: "municipality",
    parent: "zaanstreek-waterland",
    name: "Purmerend",
    name_en: "Purmerend",
    postcodes: [[1440, 1448]],
    keywords: ["purmerend"],
  },
  {
    slug: "west-friesland",
    kind: "region",
    parent: "nederland",
    name: "West-Friesland",
    name_en: "West-Friesland",
    postcodes: [],
    keywords: ["west friesland"],
  },
  {
    slug: "hoorn",
    kind: "municipality",
    parent: "west-friesland",
    name: "Hoorn",
    name_en: "Hoorn",
    postcodes: [[1620, 1628]],
    keywords: ["hoorn"],
  },
];

export const AREA_SLUGS = AREAS.map((area) => area.slug);

export function areaBySlug(slug: string): AreaDef | undefined {
  return AREAS.find((area) => area.slug === slug);
}

/** The area a 4-digit postcode falls in: the most specific one that lists it. */
export function areaForPostcode(postcode: number, areas: readonly AreaDef[] = AREAS): AreaDef | undefined {
  const matches = areas.filter((area) => area.postcodes.some(([from, to]) => postcode >= from && postcode <= to));
  return matches.sort((a, b) => depth(b.slug, areas) - depth(a.slug, areas))[0];
}

/** The slugs above an area, nearest first ("amsterdam-zuidoost" → ["amsterdam", "nederland"]). */
export function ancestorsOf(slug: string, areas: readonly AreaDef[] = AREAS): string[] {
  const result: string[] = [];
  let current = areas.find((area) => area.slug === slug)?.parent ?? null;
  while (current && !result.includes(current)) {
    result.push(current);
    current = areas.find((area) => area.slug === current)?.parent ?? null;
  }
  return result;
}

/** Every slug below an area (children, grandchildren, …). */
export function descendantsOf(slug: string, areas: readonly AreaDef[] = AREAS): string[] {
  const result: string[] = [];
  const queue = [slug];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const area of areas) {
      if (area.parent === parent && !result.includes(area.slug)) {
        result.push(area.slug);
        queue.push(area.slug);
      }
    }
  }
  return result;
}

function depth(slug: string, areas: readonly AreaDef[]): number {
  return ancestorsOf(slug, areas).length;
}
