import type { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { MAX_MESSAGE_BYTES } from '../../../src/importers/queued-document.js';
import { packBatches, SqsDocumentQueue } from '../../../src/queue/sqs-document-queue.js';

/** Records SendMessageBatch calls and answers with the failures `failing` chooses (no SQS emulator here). */
function recordingClient(failing: (call: number, id: string) => { SenderFault: boolean } | undefined) {
  const calls: string[][] = [];
  return {
    calls,
    send: async (command: SendMessageBatchCommand) => {
      const entries = command.input.Entries ?? [];
      calls.push(entries.map((e) => e.MessageBody as string));
      const Failed = entries.flatMap((e) => {
        const fault = failing(calls.length, e.Id as string);
        return fault ? [{ Id: e.Id as string, Code: 'InternalError', Message: 'try again', ...fault }] : [];
      });
      return { Successful: [], Failed };
    },
  };
}

describe('the SQS document queue', () => {
  it('packs ten messages a batch, and fewer when their bodies would pass 256 KB', () => {
    const small = Array.from({ length: 23 }, (_, i) => `m${i}`);
    const large = Array.from({ length: 4 }, () => 'x'.repeat(100 * 1024));

    expect(packBatches(small).map((b) => b.length)).toEqual([10, 10, 3]);
    expect(packBatches(large).map((b) => b.length)).toEqual([2, 2]);
    expect(packBatches(large).every((b) => b.join('').length <= MAX_MESSAGE_BYTES)).toBe(true);
  });

  it('sends again only the entries SQS failed on its side', async () => {
    const client = recordingClient((call, id) => (call === 1 && id === '1' ? { SenderFault: false } : undefined));
    await new SqsDocumentQueue('https://sqs.example/q', client as never).send(['a', 'b', 'c']);

    expect(client.calls).toEqual([['a', 'b', 'c'], ['b']]);
  });

  it('fails the send on a sender fault, or when SQS keeps failing an entry', async () => {
    const sender = recordingClient(() => ({ SenderFault: true }));
    const flaky = recordingClient(() => ({ SenderFault: false }));

    await expect(new SqsDocumentQueue('https://sqs.example/q', sender as never).send(['a'])).rejects.toThrow(
      /SQS refused 1 messages/,
    );
    await expect(new SqsDocumentQueue('https://sqs.example/q', flaky as never).send(['a'])).rejects.toThrow();
    expect(sender.calls).toHaveLength(1);
    expect(flaky.calls).toHaveLength(3);
  });
});
