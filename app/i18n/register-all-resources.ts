// Server and tests: every language and namespace. Imported first by entry.server.tsx.
import { addResources } from "./i18n";
import { LANGS } from "./lang";
import { resources } from "./resources";

for (const lang of LANGS) addResources(lang, resources[lang]);
