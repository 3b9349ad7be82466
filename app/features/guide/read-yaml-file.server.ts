// The one content loader. Read one YAML file and validate it with a zod schema; any problem becomes
// a ContentError that names the file, the id and the problem — so a broken file stops start-up with
// a clear message. A part of the guide (signals, tips, words, steps, check, workshop) is a folder
// with structure.yaml and one text file per language: `readContentPart` reads it with one schema for
// each, reading every file before it gives up, and `throwPartProblems` reports its cross-checks.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "yaml";
import type { z } from "zod";
import { LANGS, type Lang } from "~/i18n/lang";
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

/** Collects ContentErrors so every file is read before giving up: one run shows all broken files. */
export function issueCollector() {
  const issues: ContentError["issues"] = [];
  const attempt = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      issues.push(...error.issues);
      return undefined;
    }
  };
  return { issues, attempt };
}

export interface PartFiles {
  structure: string;
  text: (lang: Lang) => string;
  /** how messages name a file: "content/steps/nl.yaml" */
  shown: (file: string) => string;
}

/** The files of content/<part>/: structure.yaml and one text file per language. */
export function partFiles(part: string, dir = contentDir(), shown: (file: string) => string = displayName): PartFiles {
  const folder = path.join(dir, part);
  return { structure: path.join(folder, "structure.yaml"), text: (lang) => path.join(folder, `${lang}.yaml`), shown };
}

/** Read a part's files into `attempt` (a file that fails is undefined; its problems are collected). */
export function readPartFiles<S, T>(
  files: PartFiles,
  structureSchema: z.ZodTypeAny,
  textSchema: z.ZodTypeAny,
  attempt: ReturnType<typeof issueCollector>["attempt"],
): { structure: S | undefined; text: Record<Lang, T | undefined> } {
  const read = (file: string, schema: z.ZodTypeAny) => attempt(() => readYamlFile(file, schema, files.shown(file)));
  return {
    structure: read(files.structure, structureSchema) as S | undefined,
    text: Object.fromEntries(LANGS.map((lang) => [lang, read(files.text(lang), textSchema)])) as Record<Lang, T>,
  };
}

/** Read a whole part, or throw one ContentError listing every problem in all its files. */
export function readContentPart<S, T>(
  files: PartFiles,
  structureSchema: z.ZodTypeAny,
  textSchema: z.ZodTypeAny,
): { structure: S; text: Record<Lang, T> } {
  const { issues, attempt } = issueCollector();
  const part = readPartFiles<S, T>(files, structureSchema, textSchema, attempt);
  if (issues.length > 0) throw new ContentError(issues);
  return part as { structure: S; text: Record<Lang, T> };
}

/** A part's cross-file problems as one ContentError naming each file; nothing when there are none. */
export function throwPartProblems(
  files: PartFiles,
  problems: { file: "structure" | Lang; id: string; problem: string }[],
): void {
  if (problems.length === 0) return;
  throw new ContentError(
    problems.map((p) => ({
      file: files.shown(p.file === "structure" ? files.structure : files.text(p.file)),
      id: p.id,
      problem: p.problem,
    })),
  );
}
