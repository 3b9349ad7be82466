// The sources of an outcome, looked up in content/sources.yaml (loaded by the guide feature).
import type { Source } from "~/ui/SourceList";
import { loadGuideContent } from "~/features/guide/load-content.server";

export function stepSources(ids: readonly string[]): Source[] {
  const sources = loadGuideContent().sources;
  return ids.flatMap((id) => (sources[id] ? [{ ...sources[id] }] : []));
}
