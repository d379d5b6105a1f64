import type { Person } from '../domain/person.js';
import type { Repositories } from '../domain/repositories.js';
import { type KnownPerson, nameCandidates } from './enrich/known-people.js';
import { FUNCTION_WORD } from './enrich/name-words.js';
import type { ParsedEntry } from './parsed-entry.js';

/**
 * The people the table already holds under a name or alias the entry's text uses, so enrichment can link
 * "Bolsonaro" in a headline to Jair Bolsonaro. One name lookup per distinct capitalised word sequence,
 * then one batch read of the people found.
 */
export async function knownPeopleOf(deps: Repositories, entry: ParsedEntry): Promise<KnownPerson[]> {
  const text = [entry.headline, ...entry.body].join('\n');
  // Sentence-initial function words ("The", "Em") and two-letter words name nobody: not worth a lookup.
  const candidates = nameCandidates(text).filter((c) => c.length >= 3 && !FUNCTION_WORD.test(c));
  const ids = new Set((await Promise.all(candidates.map((c) => deps.people.findIdsByName(c)))).flat());
  if (!ids.size) return [];
  const found = await deps.entities.getMany([...ids].map((id) => ({ type: 'Person' as const, id })));
  return [...found.values()].map((person) => {
    const { name, aliases } = person as Person;
    return { name, aliases };
  });
}
