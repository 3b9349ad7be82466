// Every migration, in order. Listed by hand (not read from disk) so the server build carries them
// and a missing file is a compile error, not a surprise at start-up.
import type { Migration } from "kysely/migration";
import * as m0001 from "./0001_app_meta";
import * as m0002 from "./0002_directory";
import * as m0003 from "./0003_directory_fts";
import * as m0004 from "./0004_editor";
import * as m0005 from "./0005_search_keys";
import * as m0006 from "./0006_search_rows";
import * as m0007 from "./0007_card_summary";
import * as m0009 from "./0009_import_upload";
import * as m0010 from "./0010_source_read_on";
import * as m0011 from "./0011_fact_checks";
import * as m0012 from "./0012_reports";
import * as m0013 from "./0013_schedule_place_index";

export const migrations: Record<string, Migration> = {
  "0001_app_meta": m0001,
  "0002_directory": m0002,
  "0003_directory_fts": m0003,
  "0004_editor": m0004,
  "0005_search_keys": m0005,
  "0006_search_rows": m0006,
  "0007_card_summary": m0007,
  "0009_import_upload": m0009,
  "0010_source_read_on": m0010,
  "0011_fact_checks": m0011,
  "0012_reports": m0012,
  "0013_schedule_place_index": m0013,
};
