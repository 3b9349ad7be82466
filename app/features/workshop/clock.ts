// The presenter's clock and timer texts. Pure: the page passes the time in.

/** "14:05" in the Netherlands' time, for the server's first render of the presenter view. */
export function formatClock(date: Date, lang: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(lang === "en" ? "en-GB" : "nl-NL", {
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
    timeZone,
  }).format(date);
}

/** "4:07" for 247 seconds, "1:02:05" from an hour on. Negative input counts as zero. */
export function formatElapsed(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}
