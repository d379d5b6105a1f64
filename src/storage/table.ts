import { fullJitterDelay, sleep } from './backoff.js';
import type { DocumentClient } from './document-client.js';

/** Randomness and waiting, injectable so tests see the delays without waiting for them. */
export interface RetryTiming {
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  maxRounds: number;
  /** The first retry waits up to baseMs * 2, the next up to baseMs * 4, … (full jitter). */
  baseMs: number;
}

/**
 * One DynamoDB table as the storage layer sees it: the client bound to the table's name, and the one
 * place that decides how work is retried (full-jitter backoff), so call sites pass a single value.
 */
export class Table {
  readonly send: DocumentClient['send'];

  constructor(
    readonly client: DocumentClient,
    readonly name: string,
    private readonly timing: RetryTiming = {},
  ) {
    this.send = client.send.bind(client) as DocumentClient['send'];
  }

  /** Waits the full-jitter delay before retry `round` (1 for the first retry). */
  private async pause(round: number, baseMs: number): Promise<void> {
    const delay = fullJitterDelay(round, baseMs, this.timing.random ?? Math.random);
    const wait = this.timing.sleep ?? sleep;
    await wait(delay);
  }

  /**
   * Sends `pending` through `step`, which returns what the table left unprocessed, and sends that again
   * after a jittered pause until nothing is left (batch reads and writes return leftovers, not errors).
   */
  async drain<P>(
    pending: P[],
    step: (pending: P[]) => Promise<P[]>,
    { maxRounds, baseMs, what }: RetryOptions & { what: (left: number) => string },
  ): Promise<void> {
    for (let round = 0; pending.length > 0; round++) {
      if (round >= maxRounds) throw new Error(`${what(pending.length)} unprocessed after ${maxRounds} rounds`);
      if (round > 0) await this.pause(round, baseMs);
      pending = await step(pending);
    }
  }
}
