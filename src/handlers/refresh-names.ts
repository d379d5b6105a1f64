import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { config } from '../config.js';
import { logger } from '../observability/logger.js';
import { refreshNameMessages } from '../queue/name-refresh-worker.js';
import { readNameRefreshQueueUrl, SqsNameRefreshQueue } from '../queue/sqs-name-refresh-queue.js';
import { repositoriesFromConfig } from '../storage/repositories.js';

// Built once per cold start.
const repositories = repositoriesFromConfig(config());
const queueUrl = readNameRefreshQueueUrl();
if (!queueUrl) throw new Error('NAME_REFRESH_QUEUE_URL must name the queue this worker continues its jobs on');
const queue = new SqsNameRefreshQueue(queueUrl);

/**
 * SQS → a step of each rename's refresh of the articles' copies of the name (name-copies.ts); the job's
 * next page goes back on the queue. Failed messages are reported one by one (ReportBatchItemFailures).
 */
export async function handler(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
  logger.appendKeys({ requestId: context.awsRequestId });
  const failures = await refreshNameMessages(event.Records, repositories.nameCopies.step, queue);
  for (const failure of failures) logger.warn('message returned to the queue', { ...failure });
  logger.info('name copies refreshed', { messages: event.Records.length, failed: failures.length });
  return { batchItemFailures: failures.map((failure) => ({ itemIdentifier: failure.messageId })) };
}
