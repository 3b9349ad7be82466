import { sql, type Kysely } from "kysely";

// The editors' area (issue 7): accounts, server-side sessions, failed sign-in attempts and the
// audit log. See docs/decisions/006-editor-sessions.md for why each table looks like this.
// - users: e-mail is stored lower-case (one account per address); the password hash is scrypt
//   with its own salt and parameters in the string, so the cost can grow without a migration.
// - sessions: the id is the SHA-256 of the random token in the cookie, so a copy of the database
//   (a backup) cannot be used to sign in.
// - login_attempts: failed sign-ins only, kept in the database so a restart does not reset the
//   "5 in 15 minutes" limit; old rows are pruned when new ones are written.
// - audit_log: who changed what and when, with the row before and after as JSON. Written in the
//   same transaction as the change. The e-mail is copied so the log stays readable.

const now = sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("email", "text", (c) =>
      c
        .notNull()
        .unique()
        .check(sql`email = lower(trim(email)) and email like '%_@_%'`),
    )
    .addColumn("name", "text", (c) => c.notNull().check(sql`length(trim(name)) > 0`))
    .addColumn("role", "text", (c) => c.notNull().check(sql`role in ('editor','admin')`))
    .addColumn("password_hash", "text", (c) => c.notNull().check(sql`password_hash like 'scrypt$%'`))
    .addColumn("disabled", "integer", (c) =>
      c
        .notNull()
        .defaultTo(0)
        .check(sql`disabled in (0,1)`),
    )
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("last_login_at", "text")
    .execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "integer", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("created_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("last_seen_at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();
  await db.schema.createIndex("sessions_expires_idx").on("sessions").column("expires_at").execute();

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("address", "text")
    .addColumn("attempted_at", "text", (c) => c.notNull().defaultTo(now))
    .execute();
  await db.schema
    .createIndex("login_attempts_email_idx")
    .on("login_attempts")
    .columns(["email", "attempted_at"])
    .execute();
  await db.schema
    .createIndex("login_attempts_address_idx")
    .on("login_attempts")
    .columns(["address", "attempted_at"])
    .execute();

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "integer", (c) => c.primaryKey().autoIncrement())
    .addColumn("at", "text", (c) => c.notNull().defaultTo(now))
    .addColumn("user_id", "integer", (c) => c.references("users.id").onDelete("set null"))
    .addColumn("user_email", "text", (c) => c.notNull())
    .addColumn("entity", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) =>
      c.notNull().check(sql`action in ('create','update','archive','restore','check','import','disable','enable')`),
    )
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .execute();
  await db.schema.createIndex("audit_log_entity_idx").on("audit_log").columns(["entity", "entity_id"]).execute();
  await db.schema.createIndex("audit_log_at_idx").on("audit_log").column("at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("audit_log").execute();
  await db.schema.dropTable("login_attempts").execute();
  await db.schema.dropTable("sessions").execute();
  await db.schema.dropTable("users").execute();
}
