// The sentence for an opening state: "Nu open tot 17:00.", "Vandaag dicht. Open morgen om 9:00."
// Pure, and used on the server only: the words are in app/locales/*/opening.json, a namespace the
// browser never downloads, so the search page stays within its JavaScript budget. Decision 024.
import type { LocalMoment, OpeningState } from "./opening-hours";
import { t } from "~/i18n/i18n";
import type { Lang } from "~/i18n/lang";

const LOCALES: Record<Lang, string> = { nl: "nl-NL", en: "en-GB" };

function dayName(at: LocalMoment, lang: Lang, withDate: boolean): string {
  return new Intl.DateTimeFormat(LOCALES[lang], {
    weekday: "long",
    ...(withDate ? { day: "numeric", month: "long" } : {}),
    timeZone: "UTC",
  }).format(new Date(`${at.date}T00:00:00Z`));
}

/** "today", "tomorrow", "day" (within the week) or "date" (further away), and the words for the day. */
function when(at: LocalMoment, lang: Lang): { key: "today" | "tomorrow" | "day" | "date"; day: string } {
  if (at.dayOffset <= 0) return { key: "today", day: "" };
  if (at.dayOffset === 1) return { key: "tomorrow", day: "" };
  if (at.dayOffset < 7) return { key: "day", day: dayName(at, lang, false) };
  return { key: "date", day: dayName(at, lang, true) };
}

/** The sentence for `state`, or null when the hours are not known (then nothing is said). */
export function openingSentence(state: OpeningState, lang: Lang): string | null {
  const say = (key: string, options?: Record<string, unknown>) => t(lang, `opening:${key}`, options);
  const sentences: string[] = [];
  if (state.kind === "unknown") return null;
  if (state.kind === "open") {
    if (!state.until) sentences.push(say("openDayAndNight"));
    else {
      const until = when(state.until, lang);
      sentences.push(say(`openUntil.${until.key}`, { time: state.until.time, day: until.day }));
    }
  } else {
    if (state.today === "none") {
      const reason = state.reason ? (lang === "en" ? (state.reason.en ?? state.reason.nl) : state.reason.nl) : null;
      sentences.push(
        reason ? say("closedTodayBecause", { reason: reason.replace(/[.\s]+$/, "") }) : say("closedToday"),
      );
    } else sentences.push(say("closedNow"));
    if (state.next) {
      const next = when(state.next, lang);
      sentences.push(say(`opens.${next.key}`, { time: state.next.time, day: next.day }));
    }
  }
  if (state.toVerify) sentences.push(say("unsure"));
  return sentences.join(" ");
}
