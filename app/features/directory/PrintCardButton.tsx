import { useEffect, useState } from "react";

/** Prints the page; without JavaScript a hint says how to print instead of a dead button. */
export function PrintButton({ label, hint }: { label: string; hint: string }) {
  const [canPrint, setCanPrint] = useState(false);
  useEffect(() => setCanPrint(typeof window.print === "function"), []);
  if (!canPrint) return <p className="no-print">{hint}</p>;
  return (
    <button type="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
