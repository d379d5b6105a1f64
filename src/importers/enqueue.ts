import type { DocumentResult } from '../domain/import-run.js';
import { documentItems, isEntry } from './document-items.js';
import type { createParsers } from './parse-input.js';
import { type DocumentQueue, encodeDocument, MAX_MESSAGE_BYTES } from './queued-document.js';
import type { RawInput } from './raw-input.js';

/**
 * Splits one input into documents and sends each as its own message; returns one result per document:
 * QUEUED, or REJECTED (unreadable, refused, too large for a message) as the in-process import would.
 */
export async function enqueueInput(
  queue: DocumentQueue,
  input: RawInput,
  parsers: ReturnType<typeof createParsers>,
  runId: string,
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  const bodies: string[] = [];
  for (const item of documentItems(input, parsers)) {
    if (!isEntry(item)) {
      results.push(item);
      continue;
    }
    const body = encodeDocument({ ...item, runId });
    if (body.length > MAX_MESSAGE_BYTES) {
      results.push({
        document: item.document,
        outcome: 'REJECTED',
        reason: `the document is ${body.length} bytes encoded, over the ${MAX_MESSAGE_BYTES}-byte queue message limit`,
      });
      continue;
    }
    bodies.push(body);
    results.push({ document: item.document, outcome: 'QUEUED' });
  }
  if (bodies.length) await queue.send(bodies);
  return results;
}
