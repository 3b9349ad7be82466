// The Kysely type of the whole database. Each migration that adds a table adds its type here.
import type { Generated } from "kysely";

export interface AppMetaTable {
  key: string;
  value: string;
  updated_at: Generated<string>;
}

export interface Database {
  app_meta: AppMetaTable;
}
