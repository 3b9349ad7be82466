import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * Whether this render runs in the browser after hydration. The server and the hydrating render
 * say false, so the HTML matches; React then renders again with true. Controls that need
 * JavaScript (print, open a window) show only then, so a visitor without it meets no dead button.
 * useSyncExternalStore rather than useEffect + setState: React's own way to read the browser.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}
