// Writes Nabij's own pictograms to public/pictograms/*.svg from the drawings below, so every
// pictogram shares one frame, one line width and one palette (docs/easy-read.md rule 18: consistent).
// Run: node scripts/build-pictograms.mjs. The drawings are the project's own (see the README there).
import { writeFileSync } from "node:fs";

const INK = "#0b4f6c"; // brand blue: contrast 8.9:1 on the tile
const TILE = "#e8f1f5";
const FILL = "#ffffff";
const ACCENT = "#ffbf47";

// Each drawing: 64 × 64 grid, lines only (stroke INK, width 3.5), white or accent fills.
const drawings = {
  // --- talking and explaining ---
  speech: `<path d="M10 16h30a4 4 0 0 1 4 4v14a4 4 0 0 1-4 4H24l-8 7v-7h-6a4 4 0 0 1-4-4V20a4 4 0 0 1 4-4z" fill="${FILL}"/><path d="M48 26h6a4 4 0 0 1 4 4v12a4 4 0 0 1-4 4h-4v6l-7-6H34a4 4 0 0 1-4-4v-2" fill="${FILL}"/>`,
  steps: `<circle cx="14" cy="18" r="5" fill="${ACCENT}"/><circle cx="14" cy="32" r="5" fill="${FILL}"/><circle cx="14" cy="46" r="5" fill="${FILL}"/><path d="M26 18h26M26 32h22M26 46h18"/>`,
  calendar: `<rect x="10" y="14" width="44" height="40" rx="4" fill="${FILL}"/><path d="M10 26h44M22 9v10M42 9v10"/><path d="M23 40l6 6 12-12"/>`,
  envelope: `<rect x="8" y="16" width="48" height="34" rx="3" fill="${FILL}"/><path d="M8 19l24 18 24-18"/>`,
  form: `<path d="M16 8h24l10 10v38H16z" fill="${FILL}"/><path d="M40 8v10h10M22 28h20M22 36h20M22 44h12"/>`,
  coins: `<ellipse cx="26" cy="42" rx="14" ry="6" fill="${FILL}"/><path d="M12 42v6c0 3.3 6.3 6 14 6s14-2.7 14-6v-6"/><circle cx="40" cy="24" r="14" fill="${ACCENT}"/><path d="M45 18a7 7 0 1 0 0 12M33 22h9M33 27h9"/>`,
  "face-upset": `<circle cx="32" cy="32" r="22" fill="${FILL}"/><path d="M23 44c5-5 13-5 18 0M22 24l6 3M42 24l-6 3"/><circle cx="25" cy="31" r="1.5" fill="${INK}"/><circle cx="39" cy="31" r="1.5" fill="${INK}"/>`,
  "face-calm": `<circle cx="32" cy="32" r="22" fill="${FILL}"/><path d="M23 40c5 5 13 5 18 0"/><circle cx="25" cy="28" r="1.5" fill="${INK}"/><circle cx="39" cy="28" r="1.5" fill="${INK}"/>`,
  // --- people and places ---
  person: `<circle cx="32" cy="20" r="8" fill="${FILL}"/><path d="M16 54c0-10 7-18 16-18s16 8 16 18z" fill="${FILL}"/>`,
  people: `<circle cx="22" cy="22" r="7" fill="${FILL}"/><path d="M8 52c0-9 6-15 14-15s14 6 14 15z" fill="${FILL}"/><circle cx="43" cy="22" r="7" fill="${FILL}"/><path d="M36 52h20c0-9-6-15-13-15-3 0-5 1-7 2"/>`,
  "person-alone": `<circle cx="22" cy="22" r="7" fill="${FILL}"/><path d="M8 52c0-9 6-15 14-15s14 6 14 15z" fill="${FILL}"/><path d="M44 30v22M44 30h10v10H44M54 40v12" stroke-dasharray="0"/>`,
  "parent-child": `<circle cx="24" cy="16" r="7" fill="${FILL}"/><path d="M10 54c0-11 6-20 14-20s14 9 14 20z" fill="${FILL}"/><circle cx="46" cy="32" r="5" fill="${ACCENT}"/><path d="M38 54c0-7 4-12 8-12s8 5 8 12z" fill="${FILL}"/>`,
  "person-star": `<circle cx="28" cy="22" r="8" fill="${FILL}"/><path d="M12 54c0-10 7-18 16-18s16 8 16 18z" fill="${FILL}"/><path d="M48 8l3 6 7 1-5 5 1 7-6-3-6 3 1-7-5-5 7-1z" fill="${ACCENT}"/>`,
  "helping-hand": `<path d="M6 40h10l10 6h14a4 4 0 0 1 0 8H26M16 54h4l14 4 22-10a4 4 0 0 0-4-7l-14 5" fill="none"/><rect x="2" y="38" width="8" height="20" rx="2" fill="${FILL}"/><path d="M36 30c-6-5-12-9-12-15a6 6 0 0 1 12-1 6 6 0 0 1 12 1c0 6-6 10-12 15z" fill="${ACCENT}"/>`,
  house: `<path d="M10 30L32 12l22 18" /><path d="M16 26v28h32V26" fill="${FILL}"/><rect x="27" y="38" width="10" height="16" fill="${ACCENT}"/>`,
  building: `<rect x="14" y="10" width="36" height="44" rx="2" fill="${FILL}"/><path d="M22 20h6M36 20h6M22 30h6M36 30h6"/><rect x="27" y="40" width="10" height="14" fill="${ACCENT}"/>`,
  briefcase: `<rect x="8" y="20" width="48" height="32" rx="4" fill="${FILL}"/><path d="M24 20v-6h16v6M8 34h48"/><rect x="28" y="30" width="8" height="8" fill="${ACCENT}"/>`,
  school: `<path d="M4 26l28-12 28 12-28 12z" fill="${FILL}"/><path d="M16 31v12c0 4 8 8 16 8s16-4 16-8V31M56 28v14"/>`,
  book: `<path d="M32 16c-6-4-14-5-24-4v36c10-1 18 0 24 4 6-4 14-5 24-4V12c-10-1-18 0-24 4z" fill="${FILL}"/><path d="M32 16v36"/>`,
  heart: `<path d="M32 54C18 43 8 35 8 23a12 12 0 0 1 24-4 12 12 0 0 1 24 4c0 12-10 20-24 31z" fill="${FILL}"/><path d="M32 26v16M24 34h16"/>`,
  scales: `<path d="M32 10v40M20 54h24M12 18h40"/><path d="M12 18l-7 16h14zM52 18l-7 16h14z" fill="${FILL}"/><path d="M5 34a7 4 0 0 0 14 0M45 34a7 4 0 0 0 14 0"/>`,
  warning: `<path d="M32 8l26 46H6z" fill="${ACCENT}"/><path d="M32 24v14"/><circle cx="32" cy="46" r="2" fill="${INK}"/>`,
  shield: `<path d="M32 6l22 8v14c0 14-9 24-22 30C19 52 10 42 10 28V14z" fill="${FILL}"/><path d="M22 31l7 7 14-14"/>`,
  phone: `<rect x="18" y="6" width="28" height="52" rx="5" fill="${FILL}"/><path d="M28 50h8"/><path d="M27 22a5 5 0 1 1 7 5c-2 1-2 2-2 5" /><circle cx="32" cy="38" r="1.5" fill="${INK}"/>`,
  signpost: `<path d="M30 6v52M22 58h20"/><path d="M30 12h20l6 6-6 6H30z" fill="${ACCENT}"/><path d="M30 30H14l-6 6 6 6h16z" fill="${FILL}"/>`,
  "check-ok": `<circle cx="32" cy="32" r="22" fill="${FILL}"/><path d="M21 32l8 8 15-16"/>`,
  question: `<circle cx="32" cy="32" r="22" fill="${FILL}"/><path d="M25 26a7 7 0 1 1 10 6c-2 1-3 3-3 6"/><circle cx="32" cy="45" r="2" fill="${INK}"/>`,
  lightbulb: `<path d="M32 8a16 16 0 0 0-9 29c2 2 3 4 3 7h12c0-3 1-5 3-7A16 16 0 0 0 32 8z" fill="${ACCENT}"/><path d="M26 50h12M28 56h8"/>`,
  "follow-up": `<path d="M48 22A18 18 0 1 0 50 38"/><path d="M50 12v11H39"/><path d="M32 22v11l7 5"/>`,
  clock: `<circle cx="32" cy="32" r="23" fill="${FILL}"/><path d="M32 17v15l10 7"/>`,
  print: `<rect x="18" y="8" width="28" height="16" fill="${FILL}"/><rect x="8" y="24" width="48" height="20" rx="3" fill="${FILL}"/><rect x="18" y="38" width="28" height="18" fill="${FILL}"/><path d="M23 45h18M23 50h12"/>`,
};

const svg = (name, body) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" data-pictogram="${name}">` +
  `<rect width="64" height="64" rx="12" fill="${TILE}"/>` +
  `<g fill="none" stroke="${INK}" stroke-width="3.5" stroke-linecap="round" stroke-linejoin="round">${body}</g></svg>\n`;

for (const [name, body] of Object.entries(drawings)) {
  writeFileSync(new URL(`../public/pictograms/${name}.svg`, import.meta.url), svg(name, body));
}
console.log(`Wrote ${Object.keys(drawings).length} pictograms to public/pictograms/`);
