// UI strings (buttons, labels, errors), one JSON file per namespace and language.
// Long guide text is not here: it lives in content/. A new namespace goes in resources.<lang>.ts
// (public pages) — the editors' namespace is kept apart so public pages never download it, and
// so are the report forms', the quality page's and the opening line's ("Nu open tot 17:00"): their
// loaders send those words translated, so
// every public page's JavaScript stays within its budget (decisions 023, 024).
import nlPublic from "./resources.nl";
import enPublic from "./resources.en";
import nlEditor from "../locales/nl/editor.json";
import enEditor from "../locales/en/editor.json";
import nlQuality from "../locales/nl/quality.json";
import enQuality from "../locales/en/quality.json";
import nlReport from "../locales/nl/report.json";
import enReport from "../locales/en/report.json";
import nlOpening from "../locales/nl/opening.json";
import enOpening from "../locales/en/opening.json";

export const resources = {
  nl: { ...nlPublic, editor: nlEditor, quality: nlQuality, report: nlReport, opening: nlOpening },
  en: { ...enPublic, editor: enEditor, quality: enQuality, report: enReport, opening: enOpening },
} as const;

export const NAMESPACES = Object.keys(resources.nl) as (keyof typeof resources.nl)[];
