// The English UI strings the public pages need. The browser loads only its own language
// (and the editors' strings only under /editor), which keeps the page's JavaScript small.
import guide from "../locales/en/guide.json";
import directory from "../locales/en/directory.json";
import steps from "../locales/en/steps.json";
import common from "../locales/en/common.json";
import home from "../locales/en/home.json";
import about from "../locales/en/about.json";
import card from "../locales/en/card.json";
import aids from "../locales/en/aids.json";
import check from "../locales/en/check.json";
import workshop from "../locales/en/workshop.json";

export default { guide, directory, steps, common, home, about, card, aids, check, workshop };
