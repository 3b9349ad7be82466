// The Dutch UI strings the public pages need. The browser loads only its own language
// (and the editors' strings only under /editor), which keeps the page's JavaScript small.
import guide from "../locales/nl/guide.json";
import directory from "../locales/nl/directory.json";
import steps from "../locales/nl/steps.json";
import common from "../locales/nl/common.json";
import home from "../locales/nl/home.json";
import about from "../locales/nl/about.json";
import card from "../locales/nl/card.json";
import aids from "../locales/nl/aids.json";
import check from "../locales/nl/check.json";
import workshop from "../locales/nl/workshop.json";

export default { guide, directory, steps, common, home, about, card, aids, check, workshop };
