// The feature functions behind /:lang/contacts/:id and its card.
import QRCode from "qrcode";
import { getDb } from "#db/database.server";
import { contactView, type ContactView } from "./contact-view";
import { todayIso } from "./freshness";
import { loadActiveService } from "./service-record.server";

type Lang = "nl" | "en";

export async function getContactPage(id: string, lang: Lang): Promise<ContactView | null> {
  const record = await loadActiveService(getDb(), id);
  return record ? contactView(record, lang, todayIso()) : null;
}

/** The card: the contact plus a QR code (inline SVG, made here: no outside service sees the link). */
export async function getContactCard(id: string, lang: Lang, origin: string): Promise<{ contact: ContactView; qrSvg: string; pageUrl: string } | null> {
  const contact = await getContactPage(id, lang);
  if (!contact) return null;
  const pageUrl = `${origin}/${lang}/contacts/${contact.id}`;
  const qrSvg = await QRCode.toString(pageUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2, color: { dark: "#000000", light: "#ffffff" } });
  return { contact, qrSvg, pageUrl };
}
