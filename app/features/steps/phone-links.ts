// Phone numbers in guide and directory text become tappable links: a volunteer on a phone calls
// with one tap. A run of digit groups is linked when checkDutchPhoneNumber() accepts it, the same
// rule the edit form and the import use; anything else stays plain text.
import { checkDutchPhoneNumber } from "~/features/directory/phone-number";

export type PhonePart = { kind: "text"; text: string } | { kind: "phone"; text: string; href: string };

// Digit groups joined by one space or dash, maybe "+31" or "(075)" first; not inside a word,
// a longer number or a web address such as 113.nl.
const DIGIT_GROUPS = /(?<![\w.+(-])(?:\+|\()?\d[\d)]*(?:[ -]\d+)*/g;
const NOT_AFTER_A_NUMBER = /^(?:\w|\.\w)/;

export function splitPhoneNumbers(text: string): PhonePart[] {
  const parts: PhonePart[] = [];
  let last = 0;
  for (const match of text.matchAll(DIGIT_GROUPS)) {
    const start = match.index ?? 0;
    const found = shortestNumber(match[0], text.slice(start + match[0].length));
    if (!found) continue;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "phone", text: found.text, href: found.href });
    last = start + found.text.length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}

/** The fewest leading groups that make a number: "0800-2000 24 uur" links "0800-2000", not "0800-2000 24". */
function shortestNumber(groups: string, after: string): { text: string; href: string } | null {
  const ends = [...groups.matchAll(/[ -]/g)].map((m) => m.index ?? 0).concat(groups.length);
  for (const end of ends) {
    const candidate = groups.slice(0, end);
    if (end === groups.length && NOT_AFTER_A_NUMBER.test(after)) return null;
    const check = checkDutchPhoneNumber(candidate);
    if (check.ok) return { text: candidate, href: check.href };
  }
  return null;
}
