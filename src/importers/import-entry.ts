import type { DocumentResult } from '../domain/import-run.js';
import { buildEntry } from './build-document.js';
import type { DocumentEntry } from './document-items.js';
import type { ImportDependencies } from './importer.js';
import { describeBuilt } from './input-documents.js';
import { knownPeopleOf } from './known-people-lookup.js';
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
  // People the table already knows are linked by name (one lookup per name-like sequence, one batch read).
  const built = buildEntry(entry, now, { known: await knownPeopleOf(deps, entry) });
  const { outcome, articleId, reason } = await persistEntry(deps, built);
  return {
    document,
    outcome,
    ...(articleId ? { articleId, ...describeBuilt(built) } : {}),
    ...(reason ? { reason } : {}),
  };
}
