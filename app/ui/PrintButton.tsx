import { useEffect, useState } from "react";

/**
 * A button that prints the page. window.print needs JavaScript, so without it the button is not
 * shown at all (or a hint says how to print) instead of a button that does nothing.
 */
export function PrintButton({ label, hint }: { label: string; hint?: string }) {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(typeof window.print === "function"), []);
  if (!canPrint) return hint ? <p className="no-print">{hint}</p> : null;
  return (
    <button type="button" className="button--secondary" onClick={() => window.print()}>
      {label}
    </button>
  );
}
