// The regions that have their own urgent lines (a GGD meldpunt, the municipality's money help),
// and which directory areas fall in each. The steps ask the area late or not at all, so a danger
// outcome shows every region's line with its name, or only the visitor's when `?area=` says it.
import { ancestorsOf } from "#db/areas";

export const URGENT_REGION_IDS = ["amsterdam-amstelland", "zaanstreek-waterland", "west-friesland"] as const;
export type UrgentRegionId = (typeof URGENT_REGION_IDS)[number];

/** The directory areas at the top of each region; every area below them belongs to it too. */
const REGION_ROOTS: Record<UrgentRegionId, string[]> = {
  "amsterdam-amstelland": ["amsterdam", "amstelland"],
  "zaanstreek-waterland": ["zaanstreek-waterland"],
  "west-friesland": ["west-friesland"],
};

/** The region of a directory area, or undefined for an unknown area or one outside the regions. */
export function regionOfArea(area: string | null | undefined): UrgentRegionId | undefined {
  if (!area) return undefined;
  const chain = [area, ...ancestorsOf(area)];
  return URGENT_REGION_IDS.find((region) => REGION_ROOTS[region].some((root) => chain.includes(root)));
}

export interface RegionalLine {
  region: UrgentRegionId;
  text: string;
}

/** The regional lines to show: only the visitor's region when it is known, else all of them. */
export function regionalLinesFor(
  lines: Partial<Record<UrgentRegionId, string>> | undefined,
  area: string | null | undefined,
): RegionalLine[] {
  if (!lines) return [];
  const all = URGENT_REGION_IDS.filter((region) => lines[region]).map((region) => ({ region, text: lines[region]! }));
  const region = regionOfArea(area);
  const own = all.filter((line) => line.region === region);
  return own.length > 0 ? own : all;
}
