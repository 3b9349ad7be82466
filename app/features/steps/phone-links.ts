// Phone numbers in guide text become tappable links: a volunteer on a phone calls with one tap.
// Only the Dutch shapes the guide uses are recognised; anything else stays plain text.

export type PhonePart = { kind: "text"; text: string } | { kind: "phone"; text: string; href: string };

// 112 and 113 alone; 0800-2000, 020-55 25 000, 088-0100521; (075) 651 8380; 0229 252200; 14 075.
// Not inside a longer number or a web address such as 113.nl.
const PHONE =
  /(?<![\w.-])(?:11[23]|0\d{2}-\d{2} \d{2} \d{3}|0\d{2,3}-\d{4,7}|\(0\d{2,3}\) \d{3} \d{4}|0\d{3} \d{6}|14 0\d{2,3})(?![\w-]|\.\w)/g;

export function splitPhoneNumbers(text: string): PhonePart[] {
  const parts: PhonePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PHONE)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ kind: "text", text: text.slice(last, start) });
    parts.push({ kind: "phone", text: match[0], href: `tel:${match[0].replace(/\D/g, "")}` });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ kind: "text", text: text.slice(last) });
  return parts;
}
