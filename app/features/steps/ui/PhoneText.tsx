import { GuideText } from "~/ui/GuideText";
import { splitPhoneNumbers } from "../phone-links";

/** Guide text (with word-list links) whose phone numbers are tappable tel: links. */
export function PhoneText({ text, terms }: { text: string; terms?: Record<string, string> }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, index) =>
        part.kind === "phone" ? (
          <a key={index} href={part.href} className="phone-link">
            {part.text}
          </a>
        ) : (
          <GuideText key={index} text={part.text} terms={terms} />
        ),
      )}
    </>
  );
}
