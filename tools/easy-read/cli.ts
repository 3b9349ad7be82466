// npm run content:check — the easy-read tool's command line: measures every Dutch and English text in
// content/ and app/locales against docs/easy-read.md and fails (exit 1) when a page crosses a limit, naming file, id and sentence.
// Also every directory service's summary, description and visitor text: the seed, and with
// --database PATH (or CONTENT_CHECK_DATABASE) the services in that database file.
// Options: --quiet (only problems and totals), --warnings (also list warnings).
import path from "node:path";
import { ContentError } from "~/features/guide/content-errors";
import { runContentCheck } from "./content-check";
import { checkDirectoryTexts } from "./directory-texts";
import { databaseServiceTexts, seedServiceTexts } from "./directory-sources.server";
import { readGuideContent } from "~/features/guide/load-content.server";

const args = new Set(process.argv.slice(2));
const root = process.cwd();

let guide;
try {
  guide = readGuideContent(path.join(root, "content"));
} catch (error) {
  if (error instanceof ContentError) {
    console.error(`The content is not valid:\n${error.message}`);
    process.exit(1);
  }
  throw error;
}

const result = runContentCheck(guide, path.join(root, "app", "locales"), path.join(root, "content"));

// The directory's texts, with the same limits (issue 17.8): the seed always, a database file when asked.
const databaseAt = process.argv.indexOf("--database");
const databaseFile = databaseAt > 0 ? process.argv[databaseAt + 1] : process.env.CONTENT_CHECK_DATABASE;
const directoryReports = [
  ...checkDirectoryTexts(seedServiceTexts(), "db/seed (directory-data.ts, card-texts.ts)"),
  ...(databaseFile ? checkDirectoryTexts(await databaseServiceTexts(databaseFile), databaseFile) : []),
];
result.reports.push(...directoryReports);
const directoryFails = directoryReports.reduce((a, r) => a + r.problems.filter((p) => p.level === "fail").length, 0);
result.fails += directoryFails;
const pct = (n: number) => `${Math.round(n * 100)}%`;

if (!args.has("--quiet")) {
  console.log("Per page (language, file, page): sentences, words, average and longest sentence, share over 15 words,");
  console.log(
    "share of long words (4+ syllables), Flesch-Douma (nl) or Flesch Reading Ease (en), Brouwer (nl), passive, hard words\n",
  );
  for (const r of result.reports) {
    if (r.sentences === 0) continue;
    const score = r.lang === "nl" ? `FD ${r.readability} Brouwer ${r.brouwer}` : `FRE ${r.readability}`;
    console.log(
      `${r.lang} ${r.file} ${r.id}: ${r.sentences} sent, ${r.words} words, avg ${r.averageWords}, max ${r.longestSentence}, >15 ${pct(r.overLongShare)}, long ${pct(r.longWordShare)}, ${score}, passive ${r.passiveSentences}, hard ${r.hardWordHits}`,
    );
  }
  console.log("");
}

for (const r of result.reports) {
  for (const p of r.problems) {
    if (p.level === "warn" && !args.has("--warnings")) continue;
    const where = p.textId === p.pageId ? p.pageId : p.textId;
    console.log(
      `${p.level.toUpperCase()} ${p.file} ${where}: ${p.message}${p.sentence ? `\n     "${p.sentence}"` : ""}`,
    );
  }
}

for (const o of result.overall) {
  const score =
    o.lang === "nl" ? `Flesch-Douma ${o.readability}, Brouwer ${o.brouwer}` : `Flesch Reading Ease ${o.readability}`;
  console.log(
    `\nOverall ${o.lang}: ${o.pages} pages, ${o.sentences} sentences, ${o.words} words, ${o.averageWords} words per sentence, ${score}, passive ${o.passiveSentences}, ${o.fails} fails, ${o.warnings} warnings`,
  );
}

console.log(
  `\nDirectory texts: ${directoryReports.length / 2} services (seed${databaseFile ? ` and ${databaseFile}` : ""}), ${directoryFails} fails`,
);

if (result.fails > 0) {
  console.log(`\ncontent:check failed: ${result.fails} problem(s) above. The limits are in docs/easy-read.md.`);
  process.exit(1);
}
console.log("\ncontent:check passed.");
