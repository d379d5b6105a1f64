import { describe, expect, it } from 'vitest';
import type { DocumentClient } from '../../../src/storage/document-client.js';
import { Table } from '../../../src/storage/table.js';

// Draining never reaches the client; the table only needs one to bind.
const client = { send: async () => ({}) } as unknown as DocumentClient;

/** A table whose pauses are recorded instead of waited, with every random draw fixed at `draw`. */
function recordingTable(draw = 0.5) {
  const pauses: number[] = [];
  const table = new Table(client, 'news', {
    random: () => draw,
    sleep: async (ms) => void pauses.push(ms),
  });
  return { table, pauses };
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
