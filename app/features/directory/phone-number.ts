// One rule for Dutch phone numbers, for the edit form, the import and every text that shows a
// number (decision 019). Pure. libphonenumber-js knows the Dutch numbering plan; what it does not
// know about the numbers this directory uses is handled here, in a short list.
import { parsePhoneNumberFromString, validatePhoneNumberLength } from "libphonenumber-js/core";
import { DUTCH_PHONE_METADATA } from "./phone-metadata-nl";

export type PhoneProblem = "notANumber" | "tooShort" | "tooLong" | "notDutch" | "unknownNumber";

export type PhoneNumberCheck =
  | { ok: true; /** how we show it, e.g. "020 552 5000" */ display: string; /** e.g. "tel:0205525000" */ href: string }
  | { ok: false; problem: PhoneProblem };

// 112 (emergency) and 113 (suicide prevention): libphonenumber-js has no Dutch short numbers.
const SHORT_NUMBERS = ["112", "113"];
// What people type between digits. Anything else (letters, "ext.") is not a number on its own.
const TYPED_NUMBER = /^\+?[\d\s()-]+$/;

/** A Dutch number as typed (spaces, dashes, brackets, +31 or 0031): its display form and tel: link, or why not. */
export function checkDutchPhoneNumber(typed: string): PhoneNumberCheck {
  const text = typed.trim();
  if (!TYPED_NUMBER.test(text) || !/\d/.test(text)) return { ok: false, problem: "notANumber" };
  const digits = text.replace(/\D/g, "");
  if (!text.startsWith("+") && SHORT_NUMBERS.includes(digits))
    return { ok: true, display: digits, href: `tel:${digits}` };

  const parsed = parsePhoneNumberFromString(text, "NL", DUTCH_PHONE_METADATA);
  if (!parsed) return { ok: false, problem: lengthProblem(text) };
  if (parsed.countryCallingCode !== "31") return { ok: false, problem: "notDutch" };
  const national = parsed.nationalNumber as string;
  if (!parsed.isValid()) {
    // The library finds 7 or 8 digits "possible" (old short forms); an area or mobile number has 10 with the 0.
    if (/^[1-7]/.test(national) && national.length !== 9) {
      return { ok: false, problem: national.length < 9 ? "tooShort" : "tooLong" };
    }
    return { ok: false, problem: lengthProblem(text) };
  }

  // 0800 (free) and 090x (paid) numbers have 4 or 7 digits after the prefix; the library also allows 5 and 6.
  if (/^(800|90\d)/.test(national) && ![7, 10].includes(national.length))
    return { ok: false, problem: "unknownNumber" };
  // A municipality's 14 number ("14 020") is dialled without a 0 and shown with the area code apart.
  if (national.startsWith("140")) return { ok: true, display: `14 ${national.slice(2)}`, href: `tel:${national}` };
  // Dialled as a Dutch caller would (0 + number): 0800, 090x and 14 numbers cannot be reached via +31.
  return { ok: true, display: parsed.formatNational(), href: `tel:0${national}` };
}

function lengthProblem(text: string): PhoneProblem {
  const length = validatePhoneNumberLength(text, "NL", DUTCH_PHONE_METADATA);
  if (length === "TOO_SHORT" || length === "NOT_A_NUMBER") return "tooShort";
  if (length === "TOO_LONG") return "tooLong";
  if (length === "INVALID_COUNTRY") return "notDutch";
  return "unknownNumber";
}
