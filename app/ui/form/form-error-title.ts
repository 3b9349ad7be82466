// GOV.UK: a form that comes back with errors puts "Fout: " / "Error: " before the <title>.
// Remix's meta() never sees action data, so a POST action flags "this form had errors" on the
// per-request load context and the route's loader hands that boolean to meta(). Only the flag
// travels: never the text that was typed.
const FLAG = Symbol.for("nabij.formHadErrors");

export function flagFormErrors(context: object): void {
  (context as Record<symbol, boolean>)[FLAG] = true;
}

export function formHadErrors(context: object | undefined): boolean {
  return Boolean(context && (context as Record<symbol, boolean>)[FLAG]);
}
