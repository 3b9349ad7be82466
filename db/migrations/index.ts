// Every migration, in order. Listed by hand (not read from disk) so the server build carries them
// and a missing file is a compile error, not a surprise at start-up.
import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_app_meta";

export const migrations: Record<string, Migration> = {
  "0001_app_meta": m0001,
};
