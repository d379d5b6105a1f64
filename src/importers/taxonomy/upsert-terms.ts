import { entityRefKey } from '../../domain/entity-reader.js';
import type { Repositories } from '../../domain/repositories.js';
import { mergeNames, type Term } from '../../domain/taxonomy.js';

/**
 * Creates new terms and adds the names of languages not yet known to known ones (one batch read); the
 * scheme and code first stored stay. True when anything was written.
 */
export async function upsertTerms(deps: Pick<Repositories, 'entities' | 'terms'>, terms: readonly Term[]) {
  const known = await deps.entities.getMany(terms.map((t) => ({ type: t.kind, id: t.id })));
  let changed = false;
  for (const term of terms) {
    const existing = known.get(entityRefKey({ type: term.kind, id: term.id })) as Term | undefined;
    if (existing && term.names.every((n) => existing.names.some((k) => k.language === n.language))) continue;
    await deps.terms.saveTerm(
      existing ? { ...existing, names: mergeNames(existing.names, term.names), updatedAt: term.updatedAt } : term,
    );
    changed = true;
  }
  return changed;
}
