// UI strings (buttons, labels, errors), one JSON file per namespace and language.
// Long guide text is not here: it lives in content/.
import nlCommon from "../locales/nl/common.json";
import enCommon from "../locales/en/common.json";
import nlHome from "../locales/nl/home.json";
import enHome from "../locales/en/home.json";
import nlAbout from "../locales/nl/about.json";
import enAbout from "../locales/en/about.json";
import nlDirectory from "../locales/nl/directory.json";
import enDirectory from "../locales/en/directory.json";
import nlCard from "../locales/nl/card.json";
import enCard from "../locales/en/card.json";
import nlAids from "../locales/nl/aids.json";
import enAids from "../locales/en/aids.json";
import nlEditor from "../locales/nl/editor.json";
import enEditor from "../locales/en/editor.json";
import nlSteps from "../locales/nl/steps.json";
import enSteps from "../locales/en/steps.json";
import nlGuide from "../locales/nl/guide.json";
import enGuide from "../locales/en/guide.json";
import nlCheck from "../locales/nl/check.json";
import enCheck from "../locales/en/check.json";
import nlWorkshop from "../locales/nl/workshop.json";
import enWorkshop from "../locales/en/workshop.json";

export const resources = {
  nl: { guide: nlGuide, directory: nlDirectory, steps: nlSteps, common: nlCommon, home: nlHome, about: nlAbout, card: nlCard, aids: nlAids, editor: nlEditor, check: nlCheck, workshop: nlWorkshop },
  en: { guide: enGuide, directory: enDirectory, steps: enSteps, common: enCommon, home: enHome, about: enAbout, card: enCard, aids: enAids, editor: enEditor, check: enCheck, workshop: enWorkshop },
} as const;

export const NAMESPACES = Object.keys(resources.nl) as (keyof typeof resources.nl)[];
