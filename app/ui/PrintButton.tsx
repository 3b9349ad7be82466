import { Pictogram } from "./Pictogram";
import { useBrowserValue } from "./use-hydrated";

/**
 * The one print button. window.print needs JavaScript, so the server and a page without it show
 * `hint` (how to print) or nothing, never a button that does nothing; after hydration the button.
 * `primary` where printing is what the page is for (a card); `pictogram` adds the printer picture.
 */
export function PrintButton({
  label,
  hint,
  primary = false,
  pictogram = false,
}: {
  label: string;
  hint?: string;
  primary?: boolean;
  pictogram?: boolean;
}) {
  const canPrint = useBrowserValue(() => typeof window.print === "function", false);
  if (!canPrint) return hint ? <p className="no-print">{hint}</p> : null;
  return (
    <button type="button" className={primary ? undefined : "button--secondary"} onClick={() => window.print()}>
      {pictogram ? <Pictogram name="print" size="sm" /> : null}
      {label}
    </button>
  );
}
