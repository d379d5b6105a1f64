/**
 * A token bucket: up to `capacity` at once, refilled at `perSecond`. Bounds how fast one instance
 * accepts something (persisted-query registrations); API Gateway's throttling bounds the rest.
 */
export function createRateBound(capacity: number, perSecond: number, now: () => number = Date.now) {
  let tokens = capacity;
  let last = now();
  return function take(): boolean {
    const time = now();
    tokens = Math.min(capacity, tokens + ((time - last) / 1000) * perSecond);
    last = time;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
