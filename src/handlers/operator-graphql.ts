import { config } from '../config.js';
import { createOperatorHandler } from '../http/operator-handler.js';
import { operatorKeyProvider } from '../http/operator-key.js';
import { readNameRefreshQueueUrl, SqsNameRefreshQueue } from '../queue/sqs-name-refresh-queue.js';
import { repositoriesFromConfig } from '../storage/repositories.js';

// Built once per cold start and reused by every invocation of this process.
const settings = config();
// Deployed, a rename's refresh of the articles' copies of the name goes to its queue's worker.
const renameQueueUrl = readNameRefreshQueueUrl();
const repositories = repositoriesFromConfig(
  settings,
  renameQueueUrl ? new SqsNameRefreshQueue(renameQueueUrl) : undefined,
);

/** API Gateway HTTP API (payload 2.0): POST /operator/graphql, the IAM-authorized operator API. */
export const handler = createOperatorHandler(repositories, settings, operatorKeyProvider(settings));
