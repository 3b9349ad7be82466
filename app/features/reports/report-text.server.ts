// The report forms' words, translated on the server (namespace "report"): the loaders send them,
// so they stay out of the JavaScript every public page downloads (decision 023).
import { t } from "~/i18n/i18n";
import type { Lang } from "~/i18n/lang";
import { REPORT_KINDS } from "./report-rules";
import type { ReportFormText } from "./ui/ReportForm";

export function reportWord(lang: Lang, key: string, options?: Record<string, unknown>): string {
  return t(lang, `report:${key}`, options);
}

/** What the two forms on a contact page say. */
export function reportFormText(lang: Lang): ReportFormText {
  const w = (key: string) => reportWord(lang, key);
  return {
    title: w("title"),
    intro: w("intro"),
    kindLegend: w("kindLegend"),
    kinds: REPORT_KINDS.map((kind) => ({ kind, label: w(`kind.${kind}`) })),
    textLabel: w("textLabel"),
    textHint: w("textHint"),
    send: w("send"),
    privacy: w("privacy"),
    confirmTitle: w("confirmTitle"),
    confirmIntro: w("confirmIntro"),
    confirmButton: w("confirmButton"),
  };
}
