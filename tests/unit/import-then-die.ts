// A separate process that runs a large CSV import, so a test can SIGKILL it halfway.
import { prepareDatabase, openDatabase } from "../../db/database.server";
import { exportAllCsv, runImport } from "../../app/features/editor/import.server";
import { parseContactsCsv, serializeContactsCsv } from "../../app/features/directory/contacts-csv";
import { COMMAND_LINE_ACTOR } from "../../app/features/editor/audit.server";

const [path, copiesArg] = process.argv.slice(2);
const db = openDatabase(path);
await prepareDatabase(db);
const parsed = parseContactsCsv(await exportAllCsv(db));
if (!parsed.ok) throw new Error(parsed.error);
// Many new services: copies of the real ones without an id, with a name that marks them, and
// without locations (a new service may bring at most one, in the import's own format), so every
// row is valid and the import really writes.
const extra = Array.from({ length: Number(copiesArg) }, (_, i) => {
  const row = parsed.rows[i % parsed.rows.length];
  return { ...row, id: "", name: `KILLTEST ${i} ${row.name}`, locations: "" };
});
const csv = serializeContactsCsv([...parsed.rows, ...extra]);
console.log("import started");
const result = await runImport(db, COMMAND_LINE_ACTOR, csv, "2026-11-25");
console.log(`import finished: ${JSON.stringify(result.ok)}`);
await db.destroy();
