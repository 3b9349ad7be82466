import { dataVersion, getDb, prepareDatabase } from "#db/database.server";
import { loadGuideContent } from "~/features/guide/load-content.server";
import { loadCheckGuide } from "~/features/signals/load-check.server";
import { loadStepsFlow } from "~/features/steps/load-flow.server";
import { loadWorkshop } from "~/features/workshop/load-workshop.server";

/**
 * Everything that must be true before the first request: the database is migrated and seeded,
 * and the guide content is loaded and valid. A failure stops start-up with a message that says why.
 */
export async function prepareApp(): Promise<void> {
  // Content first: it needs no database, and a broken file should say so before anything else.
  loadGuideContent();
  loadCheckGuide();
  loadStepsFlow();
  loadWorkshop();
  await prepareDatabase(getDb());
}

/** For the server's page cache: a directory page may be reused while this stays the same. */
export function directoryVersion(): Promise<string> {
  return dataVersion(getDb());
}
