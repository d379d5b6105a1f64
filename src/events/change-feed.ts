import type { ContentChange, ContentEventPublisher } from '../domain/content-change.js';
import { contentChangeOf, type StreamRecord } from '../storage/change-records.js';

export interface ChangeFeedOutcome {
  published: ContentChange[];
  /** Records that were not content changes (edges, counters, runs…). */
  skipped: number;
  /**
   * The sequence number of the first record not published. Lambda retries a stream batch from the
   * lowest reported failure, so the records after it come again too (events are at least once).
   */
  firstFailure?: string;
}

/** Stream records (in stream order) → one `news.content` event per content change, published in batches. */
export async function publishStreamRecords(
  records: readonly StreamRecord[],
  publisher: ContentEventPublisher,
): Promise<ChangeFeedOutcome> {
  const changes: { change: ContentChange; sequenceNumber: string }[] = [];
  for (const record of records) {
    const change = contentChangeOf(record);
    if (change) changes.push({ change, sequenceNumber: record.dynamodb?.SequenceNumber ?? '' });
  }
  const failed = new Set(await publisher.publish(changes.map((c) => c.change)));
  const firstFailed = changes.find((c) => failed.has(c.change));
  return {
    published: changes.filter((c) => !failed.has(c.change)).map((c) => c.change),
    skipped: records.length - changes.length,
    ...(firstFailed ? { firstFailure: firstFailed.sequenceNumber } : {}),
  };
}
