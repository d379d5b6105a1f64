import { slugify } from '../../domain/slug.js';
import { mergeNames, type Term, type TermKind, type TermLink } from '../../domain/taxonomy.js';
import type { Named } from '../parsed-entry.js';
import { codedOf } from './vocabularies.js';
import { GUARDIAN_SCHEME } from './vocabularies.js';

export type Labelled = Partial<Record<TermKind, readonly (string | Named)[]>>;

/**
 * The terms an entry is filed under, each once, named in the entry's language. An IPTC QCode or a
 * Guardian section or tone/type tag identifies its term (so one media topic is one subject in every language); any
 * other term is identified by its name's slug, so "Technology" from two feeds is one subject.
 */
export function termsOf(labelled: Labelled, language: string, now: Date): { terms: Term[]; links: TermLink[] } {
  const terms: Term[] = [];
  for (const [kind, values] of Object.entries(labelled) as [TermKind, readonly (string | Named)[]][]) {
    for (const value of values) {
      const named = typeof value === 'string' ? { name: value } : value;
      const name = named.name.trim().replace(/\s+/g, ' ');
      const coded = codedOf(named);
      const byCode = coded.qcode || ((kind === 'Section' || kind === 'Genre') && coded.scheme === GUARDIAN_SCHEME);
      const id = (byCode && coded.code ? slugify(coded.code, 120) : '') || slugify(name, 120);
      if (!name || !id) continue;
      const known = terms.find((t) => t.kind === kind && t.id === id);
      if (known) {
        known.names = mergeNames(known.names, [{ language, name }]);
        continue;
      }
      terms.push({
        id,
        kind,
        name,
        names: [{ language, name }],
        ...(coded.scheme ? { scheme: coded.scheme } : {}),
        ...(coded.code ? { code: coded.code } : {}),
        updatedAt: now.toISOString(),
      });
    }
  }
  return { terms, links: terms.map((t) => ({ kind: t.kind, termId: t.id, name: t.name })) };
}
