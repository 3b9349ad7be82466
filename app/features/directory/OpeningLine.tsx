import type { OpeningState } from "./opening-hours";

/**
 * "Nu open tot 17:00." / "Vandaag dicht. Open morgen om 9:00." — nothing at all when the hours are
 * not known as structured times (decision 024). The loader makes the sentence (`openingSentence`).
 */
export function OpeningLine({
  kind,
  sentence,
  className,
}: {
  kind: OpeningState["kind"];
  sentence: string | null;
  className?: string;
}) {
  if (!sentence) return null;
  return (
    <p className={["opening", `opening--${kind}`, className].filter(Boolean).join(" ")}>
      <strong>{sentence}</strong>
    </p>
  );
}
