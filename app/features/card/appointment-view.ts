// What the card shows, worked out once on the server so the browser renders the same words.
import type { Lang } from "~/i18n/lang";
import { formatClock, formatDate, timeInWords, type CardValues, type CardWhen } from "./appointment";

/** The service the appointment is with, as the visitor card says it (never the professional text). */
export interface CardService {
  id: string;
  name: string;
  text: string | null;
}

export interface CardView {
  values: CardValues;
  service: CardService | null;
  weekday: number;
  hour: number;
  minute: number;
  dateText: string;
  clock: string;
  timeWords: string | null;
}

export function cardView(values: CardValues, when: CardWhen, lang: Lang, service: CardService | null = null): CardView {
  return {
    values,
    service,
    weekday: when.weekday,
    hour: when.hour,
    minute: when.minute,
    dateText: formatDate(when.date, lang),
    clock: formatClock(when.hour, when.minute),
    timeWords: timeInWords(when.hour, when.minute, lang),
  };
}
