import { describe, expect, it } from 'vitest';
import type { DocumentClient } from '../../../src/storage/document-client.js';
import { Table } from '../../../src/storage/table.js';

// Retries never reach the client; the table only needs one to bind.
const client = { send: async () => ({}) } as unknown as DocumentClient;

const named = (name: string, message = name) => Object.assign(new Error(message), { name });

/** A table whose pauses are recorded instead of waited, with every random draw fixed at `draw`. */
function recordingTable(draw = 0.5) {
  const pauses: number[] = [];
  const table = new Table(client, 'news', {
    random: () => draw,
    sleep: async (ms) => void pauses.push(ms),
  });
  return { table, pauses };
}

/** An operation that fails with the given errors in turn, then returns `value`. */
function failingThen<T>(errors: Error[], value: T) {
  let calls = 0;
  const operation = async () => {
    calls++;
    const error = errors.shift();
    if (error) throw error;
    return value;
  };
  return { operation, calls: () => calls };
}

describe('Table', () => {
  it('binds the table name and sends through the client it was given', async () => {
    const sent: unknown[] = [];
    const recording = { send: async (command: unknown) => void sent.push(command) } as unknown as DocumentClient;
    const table = new Table(recording, 'news');

    await table.send({ marker: 1 } as never);

    expect(table.name).toBe('news');
    expect(table.client).toBe(recording);
    expect(sent).toEqual([{ marker: 1 }]);
  });

  it('retries a throttled operation after a full-jitter pause and returns its result', async () => {
    const { table, pauses } = recordingTable(0.5);
    const { operation, calls } = failingThen([named('ProvisionedThroughputExceededException')], 'done');

    await expect(table.withRetries(operation, { maxRounds: 3, baseMs: 20 })).resolves.toBe('done');
    expect(calls()).toBe(2);
    expect(pauses).toEqual([20]); // 0.5 * 20 * 2^1
  });

  it('doubles the window with each retry', async () => {
    const { table, pauses } = recordingTable(0.5);
    const throttled = () => named('ThrottlingException');
    const { operation } = failingThen([throttled(), throttled(), throttled()], 7);

    await expect(table.withRetries(operation, { maxRounds: 4, baseMs: 10 })).resolves.toBe(7);
    expect(pauses).toEqual([10, 20, 40]);
  });

  it('throws a non-retryable error at once, without a pause', async () => {
    const { table, pauses } = recordingTable();
    const { operation, calls } = failingThen([named('ValidationException', 'bad key')], 'never');

    await expect(table.withRetries(operation, { maxRounds: 5, baseMs: 10 })).rejects.toThrow('bad key');
    expect(calls()).toBe(1);
    expect(pauses).toEqual([]);
  });

  it('gives up after maxRounds attempts with the last retryable error', async () => {
    const { table, pauses } = recordingTable();
    const errors = [named('RequestLimitExceeded', 'first'), named('RequestLimitExceeded', 'second')];
    const { operation, calls } = failingThen(errors, 'never');

    await expect(table.withRetries(operation, { maxRounds: 2, baseMs: 10 })).rejects.toThrow('second');
    expect(calls()).toBe(2);
    expect(pauses).toHaveLength(1);
  });

  it('sends leftovers again until none remain, pausing before each resend', async () => {
    const { table, pauses } = recordingTable(0.25);
    const sent: number[][] = [];
    const step = async (pending: number[]) => {
      sent.push(pending);
      return pending.slice(1); // the table processes one item per request
    };

    await table.drain([1, 2, 3], step, { maxRounds: 5, baseMs: 40, what: (left) => `left ${left}` });

    expect(sent).toEqual([[1, 2, 3], [2, 3], [3]]);
    expect(pauses).toEqual([20, 40]); // 0.25 * 40 * 2, 0.25 * 40 * 4
  });

  it('names what is still unprocessed when the rounds run out', async () => {
    const { table } = recordingTable();
    const stuck = async (pending: string[]) => pending;

    await expect(
      table.drain(['a', 'b'], stuck, { maxRounds: 3, baseMs: 1, what: (left) => `BatchGetItem left ${left} keys` }),
    ).rejects.toThrow('BatchGetItem left 2 keys unprocessed after 3 rounds');
  });
});
