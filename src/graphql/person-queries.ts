import type { Article } from '../domain/article.js';
import { NotFoundError } from '../domain/errors.js';
import { pageRequest, type Page } from '../domain/pagination.js';
import type { Person } from '../domain/person.js';
import type { PeopleFilter, PersonRepository } from '../domain/person-repository.js';
import { boundedKey, MAX_KEY_LENGTH, quoted, requireExactlyOne } from './arguments.js';
import type { Loaders } from './loaders.js';
import { localize, localizePage, type Localized } from './localization.js';

/** Person reads for resolvers. */
export class PersonQueries {
  constructor(
    private readonly repository: PersonRepository,
    private readonly loaders: Loaders,
  ) {}

  /** By id, reading the person's collection so their events come in the same Query. */
  async get(id: string, locales: readonly string[], argument = 'id'): Promise<Localized<Person>> {
    const found = await this.loaders.personWithEvents.load(boundedKey(argument, id));
    if (!found) throw new NotFoundError(`no person with ${argument} ${quoted(id)}`);
    this.loaders.prime('Person', id, found.person);
    return localize(found.person, locales);
  }

  async find(id: string, locales: readonly string[]): Promise<Localized<Person> | null> {
    if (id.length > MAX_KEY_LENGTH) return null;
    const person = await this.loaders.load('Person', id);
    return person && localize(person, locales);
  }

  /** By id through the batched entity loader (for people reached from articles and events). */
  async one(id: string, locales: readonly string[]): Promise<Localized<Person>> {
    const person = await this.find(id, locales);
    if (!person) throw new NotFoundError(`no person with id ${quoted(id)}`);
    return person;
  }

  /** By name or alias, ignoring case and diacritics; the most mentioned when several people share it. */
  async byName(name: string, locales: readonly string[]): Promise<Localized<Person>> {
    const ids = await this.repository.findIdsByName(boundedKey('name', name));
    const people = await this.loaders.loadMany('Person', ids);
    const [best] = people.sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
    if (!best) throw new NotFoundError(`no person named ${quoted(name)}`);
    return localize(best, locales);
  }

  lookup(
    args: { id?: string | undefined; slug?: string | null | undefined; name?: string | null | undefined },
    locales: readonly string[],
  ): Promise<Localized<Person>> {
    requireExactlyOne('person', { id: args.id, slug: args.slug, name: args.name });
    if (args.name) return this.byName(args.name, locales);
    return args.id ? this.get(args.id, locales) : this.get(args.slug as string, locales, 'slug');
  }

  async list(
    filter: PeopleFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    locales: readonly string[],
  ): Promise<Page<Localized<Person>>> {
    return localizePage(await this.repository.listPeople(filter, pageRequest(first, after)), locales);
  }

  /** People of an article or event, in their order there. */
  async many(ids: readonly string[], locales: readonly string[]): Promise<Localized<Person>[]> {
    return (await this.loaders.loadMany('Person', ids)).map((person) => localize(person, locales));
  }

  /** The people an article mentions. */
  ofArticle(article: Localized<Article>): Promise<Localized<Person>[]> {
    return this.many(
      article.people.map((p) => p.personId),
      article.locales,
    );
  }
}
