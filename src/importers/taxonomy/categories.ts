import { isPersonTag } from '../enrich/categories.js';
import { classifyEventKind, namesAnEvent } from '../enrich/event-kinds.js';
import { stripHonorific } from '../enrich/people.js';
import type { Named, SourceEvent } from '../parsed-entry.js';
import { GUARDIAN_SCHEME, guardianTag } from './vocabularies.js';

/** What an item's feed categories are: sections, genres, contributors (authors), people, events, the rest subjects. */
export interface ClassifiedCategories {
  sections: Named[];
  /** Guardian tone and type tags: what kind of piece it is (comment, obituary), not its topic. */
  genres: Named[];
  contributors: string[];
  people: { name: string; aliases: string[] }[];
  events: SourceEvent[];
  subjects: Named[];
}

/**
 * A category whose domain says what it is (a Guardian section, tone/type or contributor tag) is that; any other
 * is read by its label: a person tag (enrich/categories.ts: isPersonTag) is a person, an event word makes an event,
 * the rest are subjects (keeping their vocabulary and code).
 */
export function classifyCategories(categories: readonly Named[]): ClassifiedCategories {
  const found: ClassifiedCategories = {
    sections: [],
    genres: [],
    contributors: [],
    people: [],
    events: [],
    subjects: [],
  };
  for (const category of categories) {
    const name = category.name.trim().replace(/\s+/g, ' ');
    const tag = guardianTag(category.scheme);
    if (tag?.role === 'section') found.sections.push({ name, scheme: GUARDIAN_SCHEME, code: tag.code });
    else if (tag?.role === 'genre') found.genres.push({ name, scheme: GUARDIAN_SCHEME, code: tag.code });
    else if (tag?.role === 'contributor') found.contributors.push(name);
    else if (isPersonTag(name)) found.people.push({ name: stripHonorific(name).name, aliases: [] });
    else if (namesAnEvent(name)) found.events.push({ name, kind: classifyEventKind(name), participants: [] });
    else found.subjects.push(tag ? { name, scheme: GUARDIAN_SCHEME, code: tag.code } : { ...category, name });
  }
  return found;
}
