import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { config } from '../config.js';
import { importMessages } from '../importers/queue-worker.js';
import { logger } from '../observability/logger.js';
import { readImportQueueSettings } from '../queue/import-settings.js';
import { repositoriesFromConfig } from '../storage/repositories.js';

// Built once per cold start.
const settings = config();
const repositories = repositoriesFromConfig(settings);
const { workerConcurrency } = readImportQueueSettings();

/**
 * SQS → one batch of queued documents imported as one run. Failed messages are reported one by one
 * (ReportBatchItemFailures), so only they return to the queue; the rest of the batch is done.
 */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.appendKeys({ requestId: context.awsRequestId });
  const { run, failures } = await importMessages(repositories, event.Records, {
    runId: `queue-${context.awsRequestId}`,
    concurrency: workerConcurrency,
  });
  for (const failure of failures) logger.warn('message returned to the queue', { ...failure });
  if (run) logger.info('queued documents imported', { runId: run.id, counts: run.counts });
  return { batchItemFailures: failures.map((failure) => ({ itemIdentifier: failure.messageId })) };
}
