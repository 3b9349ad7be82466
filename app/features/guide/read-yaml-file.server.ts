// Read one YAML file and validate it with a zod schema. Any problem becomes a ContentError that
// names the file, the id and the problem — so a broken file stops start-up with a clear message.
// Reusable by every part of the guide that keeps its words in content/ (steps, workshop, …).
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { ContentError, issuesFromZod } from "./content-errors";

/** The folder with the guide content: CONTENT_DIR, or content/ in the folder the app runs from. */
export function contentDir(): string {
  return process.env.CONTENT_DIR ? path.resolve(process.env.CONTENT_DIR) : path.resolve(process.cwd(), "content");
}

/** The name used in messages: the path as the project knows it ("content/signals/nl.yaml"). */
export function displayName(file: string): string {
  const relative = path.relative(path.dirname(contentDir()), file);
  return relative.startsWith("..") ? file : relative.split(path.sep).join("/");
}

export function readYamlFile<S extends z.ZodTypeAny>(file: string, schema: S, name = displayName(file)): z.output<S> {
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch {
    throw new ContentError([{ file: name, id: "(the whole file)", problem: "the file is missing or cannot be read" }]);
  }
  const document = parseDocument(source, { prettyErrors: true, uniqueKeys: true });
  if (document.errors.length > 0) {
    throw new ContentError(
      document.errors.map((error) => {
        const line = error.linePos?.[0];
        return {
          file: name,
          id: line ? `line ${line.line}` : "(the whole file)",
          problem: `not valid YAML: ${error.message.split("\n")[0]}`,
        };
      }),
    );
  }
  const data: unknown = document.toJS();
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(issuesFromZod(name, data, result.error));
  return result.data;
}
