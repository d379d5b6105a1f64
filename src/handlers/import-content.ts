import type { Context, EventBridgeEvent } from 'aws-lambda';
import { config } from '../config.js';
import { runScheduledImport } from '../importers/scheduled-import.js';
import { loadSources } from '../importers/sources.js';
import { logger } from '../observability/logger.js';
import { readImportQueueSettings } from '../queue/import-settings.js';
import { SqsDocumentQueue } from '../queue/sqs-document-queue.js';
import { repositoriesFromConfig } from '../storage/repositories.js';

// Built once per cold start.
const settings = config();
const repositories = repositoriesFromConfig(settings);
const sources = loadSources();
const { queueUrl } = readImportQueueSettings();
// Deployed, documents go to the import queue's workers; without IMPORT_QUEUE_URL this function imports them.
const queue = queueUrl ? new SqsDocumentQueue(queueUrl) : undefined;

/** EventBridge schedule → one run over the configured sources (imported here, or queued for the workers). */
export async function handler(event: EventBridgeEvent<'Scheduled Event', unknown>, context: Context) {
  logger.appendKeys({ requestId: context.awsRequestId, eventId: event.id });
  const run = await runScheduledImport(queue ? { ...repositories, queue } : repositories, {
    sources,
    runId: event.id,
    remainingMs: () => context.getRemainingTimeInMillis(),
  });
  if (!run) {
    logger.info('this scheduled event was already imported; nothing to do');
    return { duplicate: true };
  }
  logger.info('import run finished', { runId: run.id, status: run.status, counts: run.counts, message: run.message });
  // A failed run raises, so the invocation counts as failed and reaches the on-failure destination.
  if (run.status === 'FAILED') throw new Error(`import run ${run.id} failed: ${run.message}`);
  return { runId: run.id, status: run.status, counts: run.counts };
}
