import { useSyncExternalStore } from "react";

const neverChanges = () => () => {};

/**
 * A value only the browser knows (can it print, speak, what is in sessionStorage). The server and
 * the hydrating render get `serverValue`, so the HTML matches; React then renders again with
 * `read()`. Controls that need JavaScript show only then: no dead button without it.
 * useSyncExternalStore rather than useEffect + setState: React's own way to read the browser.
 * `read` must return the same value while nothing changed (a boolean, a number, a string).
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(neverChanges, read, () => serverValue);
}

const yes = () => true;

/** Whether this render runs in the browser after hydration. */
export function useHydrated(): boolean {
  return useBrowserValue(yes, false);
}
