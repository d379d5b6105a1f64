import { createHash } from 'node:crypto';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { documentItems, isEntry } from '../../src/importers/document-items.js';
import { createParsers } from '../../src/importers/parse-input.js';
import { encodeDocument } from '../../src/importers/queued-document.js';
import { textInput } from './fixtures.js';

const QUEUE_ARN = 'arn:aws:sqs:us-east-1:123456789012:news-graphql-dev-ImportQueue-Q1w2E3r4T5y6';

/** An SQS record as Lambda delivers it (every field of the real shape), carrying `body`. */
export function sqsRecord(messageId: string, body: string, receiveCount = 1): SQSRecord {
  return {
    messageId,
    receiptHandle: `AQEB${createHash('sha1').update(messageId).digest('base64')}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: '1764288000000',
      SenderId: 'AROAEXAMPLEID:news-graphql-dev-importContent',
      ApproximateFirstReceiveTimestamp: '1764288000500',
    },
    messageAttributes: {},
    md5OfBody: createHash('md5').update(body).digest('hex'),
    eventSource: 'aws:sqs',
    eventSourceARN: QUEUE_ARN,
    awsRegion: 'us-east-1',
  };
}

export const sqsEvent = (...records: SQSRecord[]): SQSEvent => ({ Records: records });

/** A news-document/v1 text as the schedule would enqueue it: parsed, encoded, one message. */
export function queuedBody(name: string, document: Record<string, unknown>, runId = 'schedule-1'): string {
  const parsers = createParsers(() => new Date('2026-11-28T03:00:00Z'));
  const [item] = documentItems(textInput(name, JSON.stringify({ format: 'news-document/v1', ...document })), parsers);
  if (!item || !isEntry(item)) throw new Error(`${name} does not parse: ${JSON.stringify(item)}`);
  return encodeDocument({ ...item, runId });
}

/** A story with people and an optional event: enough for idempotence and edge counts. */
export const story = (
  id: string,
  headline: string,
  people: string[],
  event?: { name: string; participants: string[] },
) => ({
  id,
  language: 'en',
  headline,
  body: [`${people.join(' and ')} spoke on ${headline.toLowerCase()}.`],
  publishedAt: '2026-11-01T10:00:00Z',
  people: people.map((name) => ({ name })),
  ...(event ? { events: [{ kind: 'SUMMIT', start: '2026-10-30', ...event }] } : {}),
});
