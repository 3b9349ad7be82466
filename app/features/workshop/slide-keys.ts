// Which key moves the slides where. Clickers send PageDown/PageUp (some send arrows or space).
// Pure, so the rules are tested without a browser; the hook in ui/useSlideControls.ts applies them.
export type SlideMove = "next" | "prev" | "first" | "last";

export interface KeyInfo {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** Tags where keys belong to the element (typing, choosing), never to the slides. */
const OWN_KEYS = new Set(["INPUT", "TEXTAREA", "SELECT"]);

/**
 * The move for a key press, or null to leave the key alone. `targetTag` is the focused element's
 * tag; space on a button presses the button, so it is left alone there.
 */
export function slideMoveForKey(event: KeyInfo, targetTag: string | null = null, editable = false): SlideMove | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const tag = targetTag?.toUpperCase() ?? null;
  if (editable || (tag && OWN_KEYS.has(tag))) return null;
  switch (event.key) {
    case "ArrowRight":
    case "PageDown":
      return "next";
    case "ArrowLeft":
    case "PageUp":
      return "prev";
    case " ":
    case "Spacebar":
      if (tag === "BUTTON" || tag === "SUMMARY") return null;
      return event.shiftKey ? "prev" : "next";
    case "Home":
      return "first";
    case "End":
      return "last";
    default:
      return null;
  }
}

/** The slide number a move leads to, or null when there is nowhere to go. */
export function slideAfterMove(move: SlideMove, n: number, total: number): number | null {
  const target = move === "next" ? n + 1 : move === "prev" ? n - 1 : move === "first" ? 1 : total;
  return target >= 1 && target <= total && target !== n ? target : null;
}

/** The name of the slides window the presenter view opens; only that window follows the presenter. */
export const SLIDES_WINDOW = "nabij-slides";
/** The BroadcastChannel both windows talk on (same origin only, nothing leaves the browser). */
export const SYNC_CHANNEL = "nabij-workshop";

export interface SyncMessage {
  slug: string;
  n: number;
}

export function isSyncMessage(value: unknown): value is SyncMessage {
  const v = value as SyncMessage | null;
  return !!v && typeof v.slug === "string" && Number.isInteger(v.n) && v.n >= 1;
}
