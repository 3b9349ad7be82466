// The shape of a source as pages show it, and the sources of the about page. The sources
// themselves live in content/sources.yaml (ids `s<n>`).
export interface Source {
  title: string;
  publisher: string;
  /** a four-digit year, or "year not stated" (SourceList shows that in the reader's language) */
  year: string;
  url: string;
}

/** Sources for the facts on the start and about pages. */
export const ABOUT_SOURCE_IDS = ["s1", "s2", "s4", "s5"] as const;
