import { gunzipSync, gzipSync } from 'node:zlib';
import type { DocumentEntry } from './document-items.js';

/**
 * One document on its way to a worker. The entry is parsed already: the scheduler splits feeds, so one
 * message is one document and workers scale with documents, not with feeds.
 */
export interface QueuedDocument extends DocumentEntry {
  /** The scheduled run that enqueued it, for tracing a document from its feed to its article. */
  runId: string;
}

/** Where the scheduler puts documents (SQS in AWS; an array in tests). */
export interface DocumentQueue {
  send(bodies: readonly string[]): Promise<void>;
}

/** SQS's message size limit; an encoded document over it is recorded as rejected, not sent. */
export const MAX_MESSAGE_BYTES = 256 * 1024;

const VERSION = 1;

/** gzip + base64: a 40 KB body is about 15 KB on the queue, so nearly every document fits a message. */
export const encodeDocument = (document: QueuedDocument): string =>
  gzipSync(JSON.stringify({ v: VERSION, ...document })).toString('base64');

export class MalformedMessageError extends Error {
  override name = 'MalformedMessageError';
}

/** The document in a message body; throws MalformedMessageError for anything this version did not write. */
export function decodeDocument(body: string): QueuedDocument {
  let parsed: unknown;
  try {
    parsed = JSON.parse(gunzipSync(Buffer.from(body, 'base64')).toString('utf8'));
  } catch (error) {
    throw new MalformedMessageError(`not an encoded document: ${(error as Error).message}`);
  }
  const message = parsed as Partial<QueuedDocument> & { v?: unknown };
  if (
    message?.v !== VERSION ||
    typeof message.runId !== 'string' ||
    typeof message.document !== 'string' ||
    typeof message.entry !== 'object' ||
    message.entry === null ||
    typeof message.entry.headline !== 'string' ||
    !Array.isArray(message.entry.body)
  )
    throw new MalformedMessageError('the message is not a version-1 queued document');
  const { v: _version, ...document } = message;
  return document as QueuedDocument;
}
