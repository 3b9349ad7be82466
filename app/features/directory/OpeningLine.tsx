import { useTranslation } from "react-i18next";
import type { OpeningState } from "./opening-hours";
import { openingSentence } from "./opening-words";
import type { Lang } from "~/i18n/lang";

/**
 * "Nu open tot 17:00." / "Vandaag dicht. Open morgen om 9:00." — nothing at all when the hours are
 * not known as structured times (decision 024).
 */
export function OpeningLine({ state, className }: { state: OpeningState; className?: string }) {
  const { i18n } = useTranslation("directory");
  const sentence = openingSentence(state, i18n.language as Lang);
  if (!sentence) return null;
  return (
    <p className={["opening", `opening--${state.kind}`, className].filter(Boolean).join(" ")}>
      <strong>{sentence}</strong>
    </p>
  );
}
