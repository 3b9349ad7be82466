// The feature functions behind /:lang/contacts/:id and its card.
import { cardQrSvg } from "./card-qr";
import { getDb } from "#db/database.server";
import { contactView, type ContactView } from "./contact-view";
import { todayInAmsterdam } from "~/features/calendar/today";
import { loadActiveService } from "./service-record.server";

import type { Lang } from "~/i18n/lang";

/**
 * The contact page, or null: unknown, not active, or no way to reach the service (issue 17 point 3).
 * "Open now" is said for `now`, the moment of the request (decision 024).
 */
export async function getContactPage(id: string, lang: Lang, now: Date = new Date()): Promise<ContactView | null> {
  const record = await loadActiveService(getDb(), id);
  const view = record ? contactView(record, lang, todayInAmsterdam(now), now) : null;
  return view && view.ways.length > 0 ? view : null;
}

/** What another card (the appointment card) says about a service: its visitor name and text. */
export async function getVisitorText(
  id: string,
  lang: Lang,
): Promise<{ id: string; name: string; text: string | null } | null> {
  const contact = await getContactPage(id, lang);
  return contact?.card ? { id: contact.id, name: contact.card.name, text: contact.card.text } : null;
}

/** The card: the contact plus a QR code to its page; `origin` is the configured PUBLIC_URL. */
export async function getContactCard(
  id: string,
  lang: Lang,
  origin: string,
): Promise<{ contact: ContactView; qrSvg: string; pageUrl: string } | null> {
  const contact = await getContactPage(id, lang);
  if (!contact) return null;
  const pageUrl = `${origin}/${lang}/contacts/${contact.id}`;
  const qrSvg = await cardQrSvg(pageUrl);
  return { contact, qrSvg, pageUrl };
}
