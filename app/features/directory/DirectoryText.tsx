import { Fragment } from "react";
import { splitPhoneNumbers } from "~/features/steps/phone-links";

/**
 * A directory text as the editor wrote it (no word-list markup), with every phone number that the
 * one phone rule accepts as a tel: link (decision 019): a volunteer calls with one tap.
 */
export function DirectoryText({ text }: { text: string }) {
  return (
    <>
      {splitPhoneNumbers(text).map((part, index) =>
        part.kind === "phone" ? (
          <a key={index} href={part.href} className="phone-link">
            {part.text}
          </a>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
