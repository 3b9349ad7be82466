// Every row of every table of the browser tier's database, as text: tests that promise "nothing
// is stored" compare it before and after a flow (and search it for what was typed or ticked).
import sqlite3 from "sqlite3";
import { testServer } from "./harness";

export function dumpDatabase(): Promise<string> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(testServer().databasePath, sqlite3.OPEN_READONLY, (openError) => {
      if (openError) return reject(openError);
      db.all(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
        async (error, tables: { name: string }[]) => {
          if (error) return reject(error);
          const parts: string[] = [];
          for (const { name } of tables) {
            const rows = await new Promise<unknown[]>((ok, fail) =>
              db.all(`SELECT * FROM "${name.replace(/"/g, '""')}"`, (e, r) => (e ? fail(e) : ok(r))),
            );
            parts.push(`${name}: ${JSON.stringify(rows)}`);
          }
          db.close();
          resolve(parts.join("\n"));
        },
      );
    });
  });
}
