import type { NewsEvent } from './event.js';
import type { Page, PageRequest } from './pagination.js';
import type { Person } from './person.js';

export interface PersonWithEvents {
  person: Person;
  /** The first page of the person's events, newest first. */
  events: Page<NewsEvent>;
}

export interface PeopleFilter {
  /** Case and diacritics are ignored. */
  nameStartsWith?: string;
  /** Most mentioned first (`reverse`: least first); not with a name prefix. */
  byMentions?: boolean;
}

export interface PersonRepository {
  /** The person and the first `eventsFirst` of their events, in one Query. */
  getWithEvents(id: string, eventsFirst?: number): Promise<PersonWithEvents | undefined>;
  /** Ids of people whose name or an alias matches, ignoring case and diacritics. */
  findIdsByName(name: string): Promise<string[]>;
  /** People by name, A to Z, or by mention count, most first. */
  listPeople(filter: PeopleFilter, page: PageRequest): Promise<Page<Person>>;
  /** Creates or updates the person and their name lookups; the mention count is left to article writes. */
  savePerson(person: Person): Promise<void>;
}
