import { Fragment } from "react";
import type { PhonePart } from "~/features/steps/phone-links";

/**
 * A text already split into plain parts and phone numbers (`splitPhoneNumbers`), each number a
 * tel: link. A page whose loader splits its texts does not send the phone rule (libphonenumber-js,
 * about 9 kB compressed) to the browser: the search page stays within its JavaScript budget.
 */
export function PhoneParts({ parts }: { parts: PhonePart[] }) {
  return (
    <>
      {parts.map((part, index) =>
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
