// The sign-in limit: after 5 failed attempts for one account from one address within 15 minutes,
// that address waits before it may try that account again (decision 013). Pure: the failures
// come from the database (login_attempts).

export const MAX_FAILURES = 5;
export const WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts are kept a day (never less than the window), then deleted. */
export const KEEP_ATTEMPTS_MS = Math.max(WINDOW_MS, 24 * 60 * 60 * 1000);

/** The earliest moment that still counts, as an ISO string (to query the database with). */
export function windowStart(now: Date): string {
  return new Date(now.getTime() - WINDOW_MS).toISOString();
}

/**
 * How long (ms) before a new attempt is allowed, given the failures (ISO times) in the window;
 * 0 when an attempt is allowed now.
 */
export function lockoutRemainingMs(failures: readonly string[], now: Date): number {
  const since = now.getTime() - WINDOW_MS;
  const times = failures
    .map((iso) => Date.parse(iso))
    .filter((t) => Number.isFinite(t) && t > since && t <= now.getTime())
    .sort((a, b) => a - b);
  if (times.length < MAX_FAILURES) return 0;
  // Allowed again once enough failures have left the window that fewer than MAX remain.
  const freedAt = times[times.length - MAX_FAILURES] + WINDOW_MS;
  return Math.max(0, freedAt - now.getTime());
}

/** The wait in whole minutes as a person reads it: at least 1. */
export function waitMinutes(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
