import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { ConfigError } from '../config.js';
import type { NameRefreshJob, NameRefreshQueue } from '../domain/name-copies.js';

/** NAME_REFRESH_QUEUE_URL: set, renames queue their refresh for the worker; unset, they refresh before returning. */
export function readNameRefreshQueueUrl(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const queueUrl = env.NAME_REFRESH_QUEUE_URL || undefined;
  if (queueUrl && !/^https:\/\/\S+$/.test(queueUrl))
    throw new ConfigError(`NAME_REFRESH_QUEUE_URL must be an https queue URL, got "${queueUrl}"`);
  return queueUrl;
}

/** The refresh queue on SQS: one small message per step (the job and where it got to). */
export class SqsNameRefreshQueue implements NameRefreshQueue {
  constructor(
    private readonly queueUrl: string,
    private readonly client: Pick<SQSClient, 'send'> = new SQSClient({}),
  ) {}

  async start(job: NameRefreshJob, delaySeconds = 0): Promise<void> {
    await this.client.send(
      new SendMessageCommand({
        QueueUrl: this.queueUrl,
        MessageBody: JSON.stringify(job),
        ...(delaySeconds ? { DelaySeconds: delaySeconds } : {}),
      }),
    );
  }
}
