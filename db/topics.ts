// The Nabij topic taxonomy (HSDS taxonomy_term.code = the ids agreed in shared-ids.md).
// Names are short enough for a filter list; the description says what the topic covers.
export const TOPIC_IDS = [
  "lvb-expertise",
  "money",
  "letters-forms",
  "housing",
  "work-daytime",
  "health",
  "parenting",
  "loneliness",
  "legal",
  "crisis-safety",
  "client-support",
] as const;
export type TopicId = (typeof TOPIC_IDS)[number];

export interface Topic {
  id: TopicId;
  name: string;
  name_en: string;
  description: string;
  description_en: string;
  /** words in a search text that point at this topic (folded: lower case, no accents) */
  keywords: string[];
}

export const TOPICS: Topic[] = [
  {
    id: "lvb-expertise",
    name: "Kennis van LVB",
    name_en: "Knowledge of LVB",
    description: "Organisaties die veel weten over mensen met een licht verstandelijke beperking.",
    description_en: "Organisations that know a lot about people with a mild intellectual disability.",
    keywords: ["lvb", "verstandelijke beperking", "intellectual disability"],
  },
  {
    id: "money",
    name: "Geld en schulden",
    name_en: "Money and debts",
    description: "Hulp bij rekeningen, schulden en rondkomen.",
    description_en: "Help with bills, debts and making ends meet.",
    keywords: ["geld", "schuld", "schulden", "schuldhulp", "money", "debt", "debts", "budget"],
  },
  {
    id: "letters-forms",
    name: "Brieven en formulieren",
    name_en: "Letters and forms",
    description: "Hulp bij brieven lezen en formulieren invullen.",
    description_en: "Help to read letters and fill in forms.",
    keywords: [
      "brief",
      "brieven",
      "formulier",
      "formulieren",
      "post",
      "letter",
      "letters",
      "form",
      "forms",
      "paperwork",
    ],
  },
  {
    id: "housing",
    name: "Wonen",
    name_en: "Housing",
    description: "Hulp bij een huis zoeken, wonen en begeleid wonen.",
    description_en: "Help with finding a home, living at home and supported living.",
    keywords: ["wonen", "woning", "huis", "huur", "housing", "home", "rent"],
  },
  {
    id: "work-daytime",
    name: "Werk en dagbesteding",
    name_en: "Work and daytime activities",
    description: "Werk, leren en iets te doen overdag.",
    description_en: "Work, learning and something to do during the day.",
    keywords: ["werk", "baan", "dagbesteding", "work", "job", "daytime"],
  },
  {
    id: "health",
    name: "Gezondheid",
    name_en: "Health",
    description: "Dokter, zorg en je goed voelen.",
    description_en: "Doctor, care and feeling well.",
    keywords: ["gezondheid", "zorg", "dokter", "huisarts", "health", "doctor", "gp"],
  },
  {
    id: "parenting",
    name: "Opvoeden en gezin",
    name_en: "Parenting and family",
    description: "Hulp voor ouders, kinderen en jongeren.",
    description_en: "Help for parents, children and young people.",
    keywords: [
      "opvoeden",
      "opvoeding",
      "gezin",
      "kind",
      "kinderen",
      "ouders",
      "jongeren",
      "parenting",
      "family",
      "children",
      "parents",
    ],
  },
  {
    id: "loneliness",
    name: "Eenzaam en mensen ontmoeten",
    name_en: "Loneliness and meeting people",
    description: "Plekken en groepen om andere mensen te ontmoeten.",
    description_en: "Places and groups to meet other people.",
    keywords: ["eenzaam", "eenzaamheid", "ontmoeten", "contact", "lonely", "loneliness", "meeting"],
  },
  {
    id: "legal",
    name: "Juridische hulp",
    name_en: "Legal help",
    description: "Hulp bij recht en regels, bijvoorbeeld bij bezwaar maken.",
    description_en: "Help with the law and rules, for example to object to a decision.",
    keywords: ["juridisch", "juridische", "recht", "advocaat", "bezwaar", "legal", "lawyer", "law"],
  },
  {
    id: "crisis-safety",
    name: "Crisis en veiligheid",
    name_en: "Crisis and safety",
    description: "Als het niet veilig is, of als het snel moet.",
    description_en: "When it is not safe, or when help is needed fast.",
    keywords: ["crisis", "veilig", "veiligheid", "geweld", "nood", "safety", "violence", "emergency"],
  },
  {
    id: "client-support",
    name: "Cliëntondersteuning",
    name_en: "Client support",
    description:
      "Iemand die gratis met je meedenkt en meegaat, bijvoorbeeld naar de gemeente. Die persoon werkt niet voor de gemeente.",
    description_en:
      "Someone who thinks along with you for free and can go with you, for example to the municipality. This person does not work for the municipality.",
    keywords: ["clientondersteuning", "clientondersteuner", "client support", "onafhankelijke"],
  },
];

export function isTopicId(value: unknown): value is TopicId {
  return typeof value === "string" && (TOPIC_IDS as readonly string[]).includes(value);
}

export function topicById(id: TopicId): Topic {
  return TOPICS.find((topic) => topic.id === id)!;
}
