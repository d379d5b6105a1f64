import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeDocument, encodeDocument, MalformedMessageError } from '../../../src/importers/queued-document.js';
import { queuedBody, story } from '../../support/sqs-events.js';

describe('queued document messages', () => {
  it('round-trip a parsed entry with its document name and run id', () => {
    const body = queuedBody('feed#3', story('cms-1', 'Bridge reopens', ['Ada Lovelace']), 'run-9');
    const decoded = decodeDocument(body);

    expect(decoded.document).toBe('feed#3');
    expect(decoded.runId).toBe('run-9');
    expect(decoded.entry.headline).toBe('Bridge reopens');
    expect(decodeDocument(encodeDocument(decoded))).toEqual(decoded);
  });

  it('compress a 40 KB body to well under the 256 KB message limit', () => {
    const paragraph = 'The council voted on the harbour plan after a long debate about the ferry timetable. ';
    const body = queuedBody('big', {
      ...story('cms-2', 'Long read', ['Ada Lovelace']),
      body: Array(470).fill(paragraph),
    });

    expect(body.length).toBeLessThan(20 * 1024);
  });

  it('refuse bodies that are not gzip, not JSON, of another version or without a headline', () => {
    const encode = (value: unknown) => gzipSync(JSON.stringify(value)).toString('base64');

    for (const body of [
      'plain text',
      gzipSync('not json').toString('base64'),
      encode({ v: 2, runId: 'r', document: 'd', entry: { headline: 'h', body: [] } }),
      encode({ v: 1, runId: 'r', document: 'd', entry: { body: [] } }),
      encode(null),
    ])
      expect(() => decodeDocument(body), body).toThrow(MalformedMessageError);
  });
});
