import { sql, type Kysely } from "kysely";

// The file an editor uploaded for an import, kept between the preview and the "Import" button
// (issue 15 point 9). Before, the whole file went back to the browser in a hidden field and was
// posted again (5.7 MB of HTML for a large file). Rows are deleted after the import, and any older
// than a day when a new file is previewed. Only the editor who uploaded it can import it.
const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("import_upload")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("csv", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("import_upload").execute();
}
