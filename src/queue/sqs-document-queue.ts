import { SendMessageBatchCommand, type SendMessageBatchRequestEntry, SQSClient } from '@aws-sdk/client-sqs';
import { type DocumentQueue, MAX_MESSAGE_BYTES } from '../importers/queued-document.js';

const BATCH_ENTRIES = 10;
const ATTEMPTS = 3;

/**
 * The import queue on SQS: SendMessageBatch, ten messages or 256 KB a call (SQS's limits), and the
 * entries SQS refuses in a batch sent again; a document still refused fails the scheduled run.
 */
export class SqsDocumentQueue implements DocumentQueue {
  constructor(
    private readonly queueUrl: string,
    private readonly client: Pick<SQSClient, 'send'> = new SQSClient({}),
  ) {}

  async send(bodies: readonly string[]): Promise<void> {
    for (const batch of packBatches(bodies)) await this.sendBatch(batch);
  }

  private async sendBatch(bodies: readonly string[]): Promise<void> {
    let entries: SendMessageBatchRequestEntry[] = bodies.map((body, i) => ({ Id: String(i), MessageBody: body }));
    for (let attempt = 1; entries.length; attempt++) {
      const { Failed = [] } = await this.client.send(
        new SendMessageBatchCommand({ QueueUrl: this.queueUrl, Entries: entries }),
      );
      // A sender fault (a malformed entry) fails the same way again; SQS's own faults are worth a retry.
      if (Failed.some((f) => f.SenderFault) || (Failed.length && attempt >= ATTEMPTS))
        throw new Error(`SQS refused ${Failed.length} messages: ${Failed.map((f) => f.Message ?? f.Code).join('; ')}`);
      const failed = new Set(Failed.map((f) => f.Id));
      entries = entries.filter((entry) => failed.has(entry.Id));
    }
  }
}

/** Groups message bodies into SendMessageBatch calls within the entry count and payload limits. */
export function packBatches(bodies: readonly string[]): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const body of bodies) {
    const size = Buffer.byteLength(body);
    if (current.length && (current.length === BATCH_ENTRIES || bytes + size > MAX_MESSAGE_BYTES)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(body);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return batches;
}
