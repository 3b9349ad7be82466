// Dutch passive voice, as docs/easy-read.md defines it for the checker: a form of "worden", or a form of
// "zijn", together with a past participle in the same sentence. A heuristic on purpose: it finds
// drift ("De brief wordt verstuurd"), it is no grammar parser. "Hij wordt boos" has no participle,
// and "zij is gekomen" is an active perfect (a verb of motion or change), so neither counts.

const WORDEN = new Set(["word", "wordt", "worden", "werd", "werden", "geworden"]);
const ZIJN = new Set(["ben", "bent", "is", "zijn", "was", "waren", "geweest"]);
const HEBBEN = new Set(["heb", "hebt", "heeft", "hebben", "had", "hadden"]);

// Participles that go with "zijn" in the active voice (perfect tense of motion and change).
const ACTIVE_WITH_ZIJN = new Set([
  "gegaan",
  "gekomen",
  "gebleven",
  "geweest",
  "geworden",
  "gebeurd",
  "begonnen",
  "gestopt",
  "verhuisd",
  "gestorven",
  "gevallen",
  "geboren",
  "geslaagd",
  "gelukt",
  "mislukt",
  "vergeten",
  "veranderd",
  "verdwenen",
  "ontstaan",
  "opgegroeid",
  "gewend",
  "geschrokken",
  "vertrokken",
  "aangekomen",
  "teruggekomen",
  "opgestaan",
  "weggegaan",
  "meegegaan",
  "langsgekomen",
  "terechtgekomen",
]);

// Words that look like a participle but are not one.
const NOT_PARTICIPLES = new Set([
  "gezond",
  "geduld",
  "gebied",
  "gemiddeld",
  "geheugen",
  "gebruiken",
  "geven",
  "geloven",
  "gebeuren",
  "genieten",
  "gewoon",
  "genoeg",
  "gemeente",
  "geld",
  "gezin",
  "gezinnen",
  "gesprek",
  "gesprekken",
  "gedrag",
  "gevoel",
  "gevoelens",
  "geheim",
  "geleden",
  "geen",
  "gevaar",
  "gevaarlijk",
  "gelijk",
  "gedachten",
  "gebouw",
  "gegevens",
  "geluid",
  "getal",
  "getallen",
  "gewicht",
  "geschiedenis",
  "gezondheid",
  "geeft",
  "gelooft",
  "gebeurt",
  "geniet",
  "bericht",
  "verstand",
  "verband",
  "verschil",
  "bezit",
  "verleden",
  "gerecht",
  "gebit",
  "gedicht",
  "gezicht",
  "gelukkig",
  "verkeerd",
  "bekend",
]);

const SEPARABLE = [
  "terug",
  "samen",
  "tegen",
  "door",
  "over",
  "mee",
  "uit",
  "aan",
  "weg",
  "vast",
  "los",
  "toe",
  "bij",
  "voor",
  "na",
  "op",
  "af",
  "in",
  "om",
  "neer",
];
const INSEPARABLE = ["be", "ver", "ont", "her", "er"];

/** True when a lower-case word looks like a Dutch past participle. */
export function isDutchParticiple(word: string): boolean {
  const w = word.toLowerCase();
  if (w.length < 5 || NOT_PARTICIPLES.has(w)) return false;
  const ending = w.endsWith("t") || w.endsWith("d") || w.endsWith("en");
  if (!ending) return false;
  if (w.startsWith("ge")) return true;
  if (SEPARABLE.some((prefix) => w.startsWith(prefix) && w.slice(prefix.length).startsWith("ge"))) return true;
  // be-/ver-/ont-/her-/er- participles end in -d or -t ("betaald", "verstuurd"); -en forms are mostly
  // infinitives ("begrijpen"), so those are left out to keep false alarms down.
  return INSEPARABLE.some((prefix) => w.startsWith(prefix) && w.length - prefix.length >= 4) && !w.endsWith("en");
}

/** True when the words of one Dutch sentence contain a passive construction. */
export function isDutchPassive(words: string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  // A capital marks a name ("Geldfit"), not a participle.
  const participles = words.filter(
    (w) => w[0] === w[0].toLowerCase() && isDutchParticiple(w) && !WORDEN.has(w.toLowerCase()),
  );
  if (participles.length === 0) return false;
  if (lower.some((w) => WORDEN.has(w))) return true;
  // With a form of "hebben" the participle belongs to an active perfect ("die je hebt geladen").
  if (lower.some((w) => ZIJN.has(w)) && !lower.some((w) => HEBBEN.has(w))) {
    return participles.some((p) => !ACTIVE_WITH_ZIJN.has(p.toLowerCase()));
  }
  return false;
}
