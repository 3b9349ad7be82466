// After a save, the editor sees which of the service's texts are hard to read (issue 17.8): the
// same measure and limits as `npm run content:check`. A warning, never a refusal: the editor may
// keep a name or a fact that the measure finds long.
import { checkDirectoryTexts } from "#tools/easy-read/directory-texts";
import type { ServiceEdit } from "./service-form";

export type MeasuredField =
  "summary" | "summary_en" | "description" | "description_en" | "card_summary" | "card_summary_en";

export interface EasyReadWarning {
  field: MeasuredField;
  /** the sentence to make shorter or plainer; null when the text as a whole is hard to read */
  sentence: string | null;
}

const FIELD_OF = {
  nl: { summary: "summary", description: "description", card: "card_summary" },
  en: { summary: "summary_en", description: "description_en", card: "card_summary_en" },
} as const;

export function easyReadWarnings(edit: ServiceEdit): EasyReadWarning[] {
  const service = {
    id: "service",
    summary: { nl: edit.summary, en: edit.summary_en },
    description: { nl: edit.description, en: edit.description_en },
    card: { nl: edit.card_summary, en: edit.card_summary_en },
  };
  const warnings: EasyReadWarning[] = [];
  for (const report of checkDirectoryTexts([service], "editor")) {
    for (const problem of report.problems) {
      const part = problem.textId.split(".")[1] as keyof (typeof FIELD_OF)["nl"] | undefined;
      // A problem of the whole page (average, readability) is shown at the language's summary.
      const field = FIELD_OF[report.lang][part ?? "summary"];
      const sentence = problem.sentence ?? null;
      if (!warnings.some((w) => w.field === field && w.sentence === sentence)) warnings.push({ field, sentence });
    }
  }
  return warnings;
}
