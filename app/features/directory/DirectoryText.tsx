import { splitPhoneNumbers } from "~/features/steps/phone-links";
import { PhoneParts } from "./PhoneParts";

/**
 * A directory text as the editor wrote it (no word-list markup), with every phone number that the
 * one phone rule accepts as a tel: link (decision 019): a volunteer calls with one tap.
 */
export function DirectoryText({ text }: { text: string }) {
  return <PhoneParts parts={splitPhoneNumbers(text)} />;
}
