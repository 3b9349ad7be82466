// Which of Nabij's own pictograms (public/pictograms/<name>.svg, drawn by
// scripts/build-pictograms.mjs) belongs to which part of the guide. One picture per idea, used the
// same way everywhere (docs/easy-read.md rule 18). Ids come from shared ids: tip situations and
// directory topics are agreed; signal categories and decision outcomes are matched by their id.
export const PICTOGRAMS = [
  "book",
  "briefcase",
  "building",
  "calendar",
  "check-ok",
  "clock",
  "coins",
  "envelope",
  "face-calm",
  "face-upset",
  "follow-up",
  "form",
  "heart",
  "helping-hand",
  "house",
  "lightbulb",
  "parent-child",
  "people",
  "person",
  "person-alone",
  "person-star",
  "phone",
  "print",
  "question",
  "scales",
  "school",
  "shield",
  "signpost",
  "speech",
  "steps",
  "warning",
] as const;
export type PictogramName = (typeof PICTOGRAMS)[number];

/** Tip situations: /:lang/tips/<situation>. */
export const TIP_PICTOGRAMS: Record<string, PictogramName> = {
  talking: "speech",
  explaining: "steps",
  appointments: "calendar",
  "letters-forms": "envelope",
  money: "coins",
  upset: "face-upset",
};

/** Directory topics: /:lang/contacts?topic=<id>. */
export const TOPIC_PICTOGRAMS: Record<string, PictogramName> = {
  "lvb-expertise": "person-star",
  money: "coins",
  "letters-forms": "envelope",
  housing: "house",
  "work-daytime": "briefcase",
  health: "heart",
  parenting: "parent-child",
  loneliness: "person-alone",
  legal: "scales",
  "crisis-safety": "warning",
  "client-support": "helping-hand",
};

/** Signal categories: content/signals/structure.yaml. */
export const SIGNAL_PICTOGRAMS: Record<string, PictogramName> = {
  talking: "speech",
  learning: "book",
  "daily-life": "house",
  "money-paperwork": "form",
  contact: "people",
  feelings: "face-upset",
  history: "school",
  danger: "warning",
};

/** Decision outcomes: content/steps/structure.yaml. One picture per kind of outcome. */
export const OUTCOME_PICTOGRAMS: Record<string, PictogramName> = {
  "danger-now": "warning",
  "suicide-worry": "warning",
  "safety-volunteer": "shield",
  "safety-meldcode": "shield",
  "money-crisis": "coins",
  exploitation: "shield",
  "confused-neglect": "helping-hand",
  "explain-consent": "check-ok",
  "adapt-first": "speech",
  "respect-choice": "person",
  "anonymous-volunteer": "phone",
  "anonymous-professional": "phone",
  "refer-money": "coins",
  "refer-housing": "house",
  "refer-work": "briefcase",
  "refer-health": "heart",
  "refer-parenting": "parent-child",
  "refer-loneliness": "person-alone",
  "refer-other": "signpost",
};

/** Signal categories not in the list yet, matched on a word in their id (talking-understanding, money-letters, …). */
const SIGNAL_WORDS: [RegExp, PictogramName][] = [
  [/talk|language|communicat|understand/, "speech"],
  [/learn|read|think/, "book"],
  [/daily|self-care|life|home/, "house"],
  [/money|letter|form|paper/, "envelope"],
  [/social|contact|other|network/, "people"],
  [/feel|behav|emotion|upset/, "face-upset"],
  [/school|work|history/, "school"],
];

/** Decision outcome types, matched on a word in their id (urgent, adapt, discuss, consult, refer, …). */
const OUTCOME_WORDS: [RegExp, PictogramName][] = [
  [/urgent|danger|crisis|112|safety/, "warning"],
  [/consult|advice|anonym/, "phone"],
  [/refer|specialist|contact|directory|buurtteam|wijkteam/, "signpost"],
  [/discuss|coordinator|colleague|together/, "people"],
  [/consent|agree|ask/, "check-ok"],
  [/follow|later|again/, "follow-up"],
  [/adapt|talk|explain|communicat/, "speech"],
  [/money|letter|form/, "envelope"],
  [/hous/, "house"],
  [/work|day/, "briefcase"],
  [/health/, "heart"],
  [/parent/, "parent-child"],
  [/lonel/, "person-alone"],
];

function match(words: [RegExp, PictogramName][], id: string, fallback: PictogramName): PictogramName {
  return words.find(([pattern]) => pattern.test(id))?.[1] ?? fallback;
}

export function signalPictogram(categoryId: string): PictogramName {
  return SIGNAL_PICTOGRAMS[categoryId] ?? match(SIGNAL_WORDS, categoryId, "lightbulb");
}

export function outcomePictogram(outcomeId: string): PictogramName {
  return OUTCOME_PICTOGRAMS[outcomeId] ?? match(OUTCOME_WORDS, outcomeId, "signpost");
}

export function tipPictogram(situation: string): PictogramName {
  return TIP_PICTOGRAMS[situation] ?? "lightbulb";
}

export function topicPictogram(topic: string): PictogramName {
  return TOPIC_PICTOGRAMS[topic] ?? "signpost";
}
