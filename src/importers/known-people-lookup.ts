import type { Person } from '../domain/person.js';
import type { Repositories } from '../domain/repositories.js';
import { type KnownPerson, lookupCandidates } from './enrich/known-people.js';
import type { ParsedEntry } from './parsed-entry.js';

/**
 * The people the table already holds under a name or alias the entry's text uses, so enrichment can link
 * "Bolsonaro" in a headline to Jair Bolsonaro. One name lookup per capitalised word that could be a short
 * form (a few per article), then one batch read of the people found.
 */
export async function knownPeopleOf(deps: Repositories, entry: ParsedEntry): Promise<KnownPerson[]> {
  const text = [entry.headline, ...entry.body].join('\n');
  const candidates = lookupCandidates(text);
  const ids = new Set((await Promise.all(candidates.map((c) => deps.people.findIdsByName(c)))).flat());
  if (!ids.size) return [];
  const found = await deps.entities.getMany([...ids].map((id) => ({ type: 'Person' as const, id })));
  return [...found.values()].map((person) => {
    const { name, aliases } = person as Person;
    return { name, aliases };
  });
}
