import { ConfigError } from '../config.js';

export interface ImportQueueSettings {
  /** IMPORT_QUEUE_URL: set, the schedule enqueues documents for the workers; unset, it imports them itself. */
  queueUrl: string | undefined;
  /** IMPORT_WORKER_CONCURRENCY: messages of one batch a worker imports at once (1-10, default 4). */
  workerConcurrency: number;
}

export function readImportQueueSettings(env: NodeJS.ProcessEnv = process.env): ImportQueueSettings {
  const queueUrl = env.IMPORT_QUEUE_URL || undefined;
  if (queueUrl && !/^https:\/\/\S+$/.test(queueUrl))
    throw new ConfigError(`IMPORT_QUEUE_URL must be an https queue URL, got "${queueUrl}"`);
  const raw = env.IMPORT_WORKER_CONCURRENCY || '4';
  if (!/^(10|[1-9])$/.test(raw)) throw new ConfigError(`IMPORT_WORKER_CONCURRENCY must be 1 to 10, got "${raw}"`);
  return { queueUrl, workerConcurrency: Number(raw) };
}
