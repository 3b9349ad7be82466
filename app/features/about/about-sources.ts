// The sources of the about page. The sources themselves live in content/sources.yaml (ids `s<n>`);
// the shape pages show is `Source` in app/ui/SourceList.tsx.

/** Sources for the facts on the start and about pages. */
export const ABOUT_SOURCE_IDS = ["s1", "s2", "s4", "s5"] as const;
