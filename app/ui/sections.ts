// The parts of the guide that exist. A feature adds its entries when its pages exist:
// the start page and the menu link only to real pages.
export interface Section {
  /** key under common:nav (menu) or home:doors (start page) */
  key: string;
  /** path after /:lang */
  path: string;
}

/** The main menu in the header. */
export const SECTIONS: Section[] = [
  { key: "signals", path: "signals" },
  { key: "steps", path: "steps" },
  { key: "tips", path: "tips" },
  { key: "contacts", path: "contacts" },
  { key: "words", path: "words" },
  { key: "workshop", path: "workshop" },
];

/** The doors on the start page, most used first. */
export const DOORS: Section[] = [
  { key: "check", path: "signals/check" },
  { key: "signals", path: "signals" },
  { key: "steps", path: "steps" },
  { key: "tips", path: "tips" },
  { key: "contacts", path: "contacts" },
  { key: "words", path: "words" },
  { key: "workshop", path: "workshop" },
  { key: "about", path: "about" },
];
