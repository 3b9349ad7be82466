// UI strings (buttons, labels, errors), one JSON file per namespace and language.
// Long guide text is not here: it lives in content/. A new namespace goes in resources.<lang>.ts
// (public pages) — the editors' namespace is kept apart so public pages never download it.
import nlPublic from "./resources.nl";
import enPublic from "./resources.en";
import nlEditor from "../locales/nl/editor.json";
import enEditor from "../locales/en/editor.json";

export const resources = {
  nl: { ...nlPublic, editor: nlEditor },
  en: { ...enPublic, editor: enEditor },
} as const;

export const NAMESPACES = Object.keys(resources.nl) as (keyof typeof resources.nl)[];
