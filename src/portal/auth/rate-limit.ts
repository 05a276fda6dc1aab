/**
 * Fixed-window counters kept in memory: enough for one server process (a restart forgets
 * them, which only ever lets someone ask for a few links more).
 */
export interface RateLimiter {
  /** Counts one attempt for `key`; false when the key is over its limit in this window. */
  allow(key: string, now: Date): boolean;
  /** True when `key` has used up its limit in this window; counts nothing. */
  exhausted(key: string, now: Date): boolean;
}

export function createRateLimiter(limit: number, windowMinutes: number): RateLimiter {
  const windowMs = windowMinutes * 60_000;
  const windows = new Map<string, { start: number; count: number }>();
  return {
    allow(key, now) {
      const time = now.getTime();
      sweep(windows, time, windowMs);
      const current = windows.get(key);
      if (!current || time - current.start >= windowMs) {
        windows.set(key, { start: time, count: 1 });
        return limit >= 1;
      }
      current.count += 1;
      return current.count <= limit;
    },
    exhausted(key, now) {
      const current = windows.get(key);
      if (!current || now.getTime() - current.start >= windowMs) return limit < 1;
      return current.count >= limit;
    },
  };
}

/** Drops ended windows now and then, so the map does not grow with every address ever seen. */
function sweep(windows: Map<string, { start: number }>, time: number, windowMs: number): void {
  if (windows.size < 10_000) return;
  for (const [key, value] of windows) {
    if (time - value.start >= windowMs) windows.delete(key);
  }
}
