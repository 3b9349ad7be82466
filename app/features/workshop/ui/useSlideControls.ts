// Browser only (inside useEffect): keys and clickers move the slides, and the presenter view and
// the slides window it opened follow each other over a BroadcastChannel. No request leaves the page.
import { useNavigate } from "@remix-run/react";
import { useEffect } from "react";
import { SLIDES_WINDOW, SYNC_CHANNEL, isSyncMessage, slideAfterMove, slideMoveForKey } from "../slide-keys";

interface Options {
  slug: string;
  n: number;
  total: number;
  /** the address of slide m in this view (slides or presenter) */
  hrefFor: (m: number) => string;
  role: "slides" | "presenter";
}

export function useSlideControls({ slug, n, total, hrefFor, role }: Options) {
  const navigate = useNavigate();

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const move = slideMoveForKey(event, target?.tagName ?? null, target?.isContentEditable ?? false);
      if (!move) return;
      const to = slideAfterMove(move, n, total);
      event.preventDefault();
      if (to !== null) navigate(hrefFor(to));
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [n, total, hrefFor, navigate]);

  useEffect(() => {
    if (typeof BroadcastChannel === "undefined") return;
    // Only the presenter and the window it opened take part: other tabs with slides stay put.
    if (role === "slides" && window.name !== SLIDES_WINDOW) return;
    const channel = new BroadcastChannel(SYNC_CHANNEL);
    channel.onmessage = (event: MessageEvent) => {
      if (isSyncMessage(event.data) && event.data.slug === slug && event.data.n !== n && event.data.n <= total)
        navigate(hrefFor(event.data.n));
    };
    channel.postMessage({ slug, n });
    return () => channel.close();
  }, [slug, n, total, hrefFor, navigate, role]);
}
