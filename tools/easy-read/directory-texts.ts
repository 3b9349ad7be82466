// The directory's own texts, measured like the guide (issue 17.8): every service's summary,
// description and visitor (card) text, Dutch against the Dutch limits and English against the
// English ones. Only the limits of docs/easy-read.md apply, not the guide's hard-word list: a
// directory text cannot link to the word list.
import type { Lang } from "~/i18n/lang";
import { checkPage, type CheckPage, type PageReport } from "./measure";
import { WITHOUT_HARD_WORDS } from "./index";

/** The texts of one service that a visitor or volunteer reads, per language. */
export interface ServiceTexts {
  /** the seed key or the service id */
  id: string;
  summary: Record<Lang, string | null>;
  description: Record<Lang, string | null>;
  card: Record<Lang, string | null>;
}

export const DIRECTORY_FIELDS = ["summary", "description", "card"] as const;

/** One page per service and language, a text per field: `file` names where they came from. */
export function directoryPages(services: readonly ServiceTexts[], file: string): CheckPage[] {
  return services.flatMap((service) =>
    (["nl", "en"] as const).map((lang) => ({
      file: `${file} [${lang}]`,
      id: service.id,
      lang,
      texts: DIRECTORY_FIELDS.flatMap((field) => {
        const text = service[field][lang]?.trim();
        return text ? [{ id: `${service.id}.${field}`, text }] : [];
      }),
    })),
  );
}

export function checkDirectoryTexts(services: readonly ServiceTexts[], file: string): PageReport[] {
  return directoryPages(services, file).map((page) => checkPage(page, WITHOUT_HARD_WORDS));
}
