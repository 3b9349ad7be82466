// Turning a parse or schema failure into a message an editor can act on: the file, the id of the
// item (not a list index) and the problem in plain words.
import type { ZodError } from "zod";
import type { ContentIssue } from "./content-schema";

export class ContentError extends Error {
  constructor(public readonly issues: ContentIssue[]) {
    super(issues.map((issue) => `${issue.file}: ${issue.id}: ${issue.problem}`).join("\n"));
    this.name = "ContentError";
  }
}

/**
 * A readable id for a place in the data: list items are named by their `id` field when they have
 * one ("categories.talking.signals.says-yes.tips"), otherwise by their position ("forms[2]").
 */
export function describePath(data: unknown, path: (string | number)[]): string {
  const names: string[] = [];
  let node: unknown = data;
  for (const step of path) {
    const next = node && typeof node === "object" ? (node as Record<string | number, unknown>)[step] : undefined;
    if (typeof step === "number") {
      const itemId = next && typeof next === "object" ? (next as { id?: unknown }).id : undefined;
      if (typeof itemId === "string") names.push(itemId);
      else if (names.length) names[names.length - 1] += `[${step + 1}]`;
      else names.push(`item ${step + 1}`);
    } else {
      names.push(step);
    }
    node = next;
  }
  return names.join(".") || "(the whole file)";
}

export function issuesFromZod(file: string, data: unknown, error: ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    id: describePath(data, issue.path),
    problem: issue.message === "Required" ? "is missing" : issue.message,
  }));
}
