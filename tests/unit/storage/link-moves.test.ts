import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import type { DocumentClient } from '../../../src/storage/document-client.js';
import { moveParticipation } from '../../../src/storage/link-moves.js';
import { Table } from '../../../src/storage/table.js';

// DynamoDB Local cannot be made to cancel a transaction for a conflict on demand; this client answers
// each TransactWriteItems with the cancellation reasons given, in order.
function cancellingTable(...answers: (string[] | 'ok')[]) {
  const sent: number[] = [];
  const client = {
    send: async (command: { input: { TransactItems: unknown[] } }) => {
      sent.push(command.input.TransactItems.length);
      const answer = answers.shift();
      if (answer === 'ok' || answer === undefined) return {};
      throw new TransactionCanceledException({
        message: 'Transaction cancelled',
        $metadata: {},
        CancellationReasons: answer.map((Code) => ({ Code })),
      });
    },
  } as unknown as DocumentClient;
  return { table: new Table(client, 'news'), sent };
}

const old = { PK: 'EVENT#summit', SK: 'PARTICIPANT#ada' };
const replacement = { PK: 'EVENT#summit-2', SK: 'PARTICIPANT#ada' };

describe('moveParticipation', () => {
  it('fails when its transaction is cancelled for a conflict, so the caller retries instead of counting a move that never happened', async () => {
    const { table, sent } = cancellingTable(['None', 'TransactionConflict', 'None']);

    await expect(moveParticipation(table, old, replacement, { gains: 'summit-2' })).rejects.toThrow(
      TransactionCanceledException,
    );
    expect(sent).toEqual([3]);
  });

  it('takes a failed condition on the old edge as a move already made', async () => {
    const { table, sent } = cancellingTable(['None', 'ConditionalCheckFailed', 'None']);

    await moveParticipation(table, old, replacement, { gains: 'summit-2' });

    expect(sent).toEqual([3]);
  });

  it('removes the old edge alone when the person already took part under the new id', async () => {
    const { table, sent } = cancellingTable(['ConditionalCheckFailed', 'None', 'None'], 'ok');

    await moveParticipation(table, old, replacement, { gains: 'summit-2', loses: 'summit' });

    expect(sent).toEqual([3, 2]);
  });
});
