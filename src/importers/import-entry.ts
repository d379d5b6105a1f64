import type { DocumentResult } from '../domain/import-run.js';
import { buildEntry } from './build-document.js';
import type { DocumentEntry } from './document-items.js';
import type { ImportDependencies } from './importer.js';
import { describeBuilt } from './input-documents.js';
import { persistEntry } from './persist-entry.js';

/**
 * Builds and writes one document. Throws what the write throws: the caller decides whether a failure
 * is the document's (recorded as rejected) or the system's (retried, for a queue worker).
 */
export async function importEntry(
  deps: ImportDependencies,
  { document, entry }: DocumentEntry,
  now: Date,
): Promise<DocumentResult> {
  const built = buildEntry(entry, now);
  const { outcome, articleId, reason } = await persistEntry(deps, built);
  return {
    document,
    outcome,
    ...(articleId ? { articleId, ...describeBuilt(built) } : {}),
    ...(reason ? { reason } : {}),
  };
}
