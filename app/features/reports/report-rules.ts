// "Klopt er iets niet?" and "het klopte" (issue 17 point 4, decision 023): what a report may hold
// and how many public posts the site takes. Pure: the counts come from the database.
import type { ReportKind } from "#db/schema";

export const REPORT_KINDS: readonly ReportKind[] = ["phone", "address", "hours", "other"];
/** Characters, counted by the server (a browser's maxlength is only a help). */
export const MAX_REPORT_TEXT = 500;

export type PostKind = "report" | "confirm";

/** How many posts of a kind one address and everybody together may make in the window. */
export const POST_LIMITS: Record<PostKind, { perAddress: number; overall: number }> = {
  report: { perAddress: 5, overall: 60 },
  confirm: { perAddress: 10, overall: 120 },
};
export const POST_WINDOW_MS = 60 * 60 * 1000;
/** Open reports the queue holds at most: a flood cannot fill the database. */
export const MAX_OPEN_REPORTS = 300;
/** Open reports one service holds at most. */
export const MAX_OPEN_REPORTS_PER_SERVICE = 20;

export interface ReportInput {
  kind: string;
  text: string;
}

export type ReportField = "kind" | "text";
/** Message keys in the "report" namespace. */
export type ReportErrors = Partial<Record<ReportField, string>>;

export function isReportKind(value: unknown): value is ReportKind {
  return typeof value === "string" && (REPORT_KINDS as readonly string[]).includes(value);
}

/** Characters as a person counts them (an emoji is one), after trimming. */
export function textLength(text: string): number {
  return [...text.trim()].length;
}

/** What is wrong with a report; empty when it can be stored. "Something else" needs words. */
export function reportErrors(input: ReportInput): ReportErrors {
  const errors: ReportErrors = {};
  if (!isReportKind(input.kind)) errors.kind = "errors.kindMissing";
  const length = textLength(input.text);
  if (length > MAX_REPORT_TEXT) errors.text = "errors.textTooLong";
  else if (length === 0 && input.kind === "other") errors.text = "errors.textMissing";
  return errors;
}

export type PostRefusal = "address" | "overall" | "queue-full";

/** Whether one more post may be made, given the counts in the window (and the queue, for reports). */
export function postRefusal(
  kind: PostKind,
  counts: { fromAddress: number; overall: number; openReports?: number; openForService?: number },
): PostRefusal | null {
  const limits = POST_LIMITS[kind];
  if (counts.fromAddress >= limits.perAddress) return "address";
  if (counts.overall >= limits.overall) return "overall";
  if (kind === "report") {
    if ((counts.openReports ?? 0) >= MAX_OPEN_REPORTS) return "queue-full";
    if ((counts.openForService ?? 0) >= MAX_OPEN_REPORTS_PER_SERVICE) return "queue-full";
  }
  return null;
}
