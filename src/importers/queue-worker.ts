import type { ImportRun } from '../domain/import-run.js';
import { importEntry } from './import-entry.js';
import { type ImportDependencies, recordRun } from './importer.js';
import { decodeDocument } from './queued-document.js';
import { isDocumentFault, reasonOf } from './reject-reason.js';

/** What a worker needs of a queue message (SQS's record shape, narrowed). */
export interface QueueRecord {
  messageId: string;
  body: string;
}

export interface MessageFailure {
  messageId: string;
  reason: string;
}

export interface WorkerOptions {
  /** The invocation's id: each batch is one recorded run. */
  runId: string;
  /** Messages of the batch imported at once. */
  concurrency: number;
  now?: () => Date;
}

/**
 * Imports a batch of queued documents as one recorded run. A document the content rejects is recorded
 * and acknowledged (another attempt would fail the same way). A message that cannot be read, or an
 * import that fails for any other reason (throttling, an outage, a bug), is returned as a failure: the
 * queue delivers it again and, after maxReceiveCount attempts, moves it to the dead-letter queue.
 * Duplicate deliveries are harmless: an unchanged document writes nothing.
 */
export async function importMessages(
  deps: ImportDependencies,
  records: readonly QueueRecord[],
  options: WorkerOptions,
): Promise<{ run: ImportRun | undefined; failures: MessageFailure[] }> {
  const now = options.now ?? (() => new Date());
  const failures: MessageFailure[] = [];
  const run = await recordRun(
    deps.runs,
    records,
    { source: `queue (${records.length} messages)`, runId: options.runId, concurrency: options.concurrency, now },
    async (record) => {
      let document: ReturnType<typeof decodeDocument> | undefined;
      try {
        document = decodeDocument(record.body);
        return [await importEntry(deps, document, now())];
      } catch (error) {
        if (document && isDocumentFault(error))
          return [{ document: document.document, outcome: 'REJECTED', reason: reasonOf(error) }];
        failures.push({ messageId: record.messageId, reason: reasonOf(error) });
        return [];
      }
    },
  );
  return { run, failures };
}
