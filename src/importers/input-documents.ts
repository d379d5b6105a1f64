import { type BuiltEntry, buildEntry } from './build-document.js';
import { documentItems, isEntry } from './document-items.js';
import type { createParsers } from './parse-input.js';
import type { RawInput } from './raw-input.js';
import { reasonOf } from './reject-reason.js';

/** One document of an input, built (parsed and enriched), or why it is not imported. */
export type InputDocument =
  | { document: string; built: BuiltEntry }
  | { document: string; rejected: string }
  /** A second item of one feed that is the same story as an earlier one. */
  | { document: string; duplicate: string };

/**
 * Every document of one input, in order, built but not written: what a dry run prints. The documents are
 * the importer's own (documentItems), so a dry run names and refuses them exactly as an import does.
 */
export function inputDocuments(
  input: RawInput,
  parsers: ReturnType<typeof createParsers>,
  now: () => Date,
): InputDocument[] {
  return documentItems(input, parsers).map((item): InputDocument => {
    if (!isEntry(item))
      return item.outcome === 'UNCHANGED'
        ? { document: item.document, duplicate: item.reason ?? 'unchanged' }
        : { document: item.document, rejected: item.reason ?? 'refused' };
    try {
      return { document: item.document, built: buildEntry(item.entry, now()) };
    } catch (error) {
      return { document: item.document, rejected: reasonOf(error) };
    }
  });
}

/** What an editor needs to recognise a built document's article: its headline and the kinds of its quality flags. */
export function describeBuilt(built: BuiltEntry): { headline?: string; flags?: string[] } {
  const article = built.article?.article;
  if (!article) return {};
  const flags = [...new Set((article.qualityFlags ?? []).map((flag) => flag.kind))];
  return { headline: article.headline, ...(flags.length ? { flags } : {}) };
}
