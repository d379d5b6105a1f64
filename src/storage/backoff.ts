/**
 * Full-jitter backoff (AWS Architecture Blog, "Exponential Backoff And Jitter"): a delay drawn
 * uniformly from [0, base * 2^round), so writers throttled together do not retry together.
 */
export const fullJitterDelay = (round: number, baseMs: number, random: () => number = Math.random): number =>
  random() * baseMs * 2 ** round;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
