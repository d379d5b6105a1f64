import {
  type NameRefreshJob,
  type NameRefreshQueue,
  parseNameRefreshJob,
  SWEEP_DELAY_SECONDS,
} from '../domain/name-copies.js';

export interface NameRefreshMessage {
  messageId: string;
  body: string;
}

/**
 * One step per message: the next page of the job's articles relinked, and the job's next page queued.
 * Returns the messages that failed (they return to the queue, then go to its dead-letter queue); a
 * message delivered twice redoes a step that changes nothing the second time.
 */
export async function refreshNameMessages(
  messages: readonly NameRefreshMessage[],
  step: (job: NameRefreshJob) => Promise<NameRefreshJob | undefined>,
  queue: NameRefreshQueue,
): Promise<{ messageId: string; error: string }[]> {
  const failures: { messageId: string; error: string }[] = [];
  for (const message of messages) {
    try {
      const next = await step(parseNameRefreshJob(message.body));
      // A sweep starts some minutes after its first pass ends (SQS holds the message that long).
      if (next) await queue.start(next, next.sweep && !next.cursor ? SWEEP_DELAY_SECONDS : 0);
    } catch (error) {
      failures.push({ messageId: message.messageId, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return failures;
}
