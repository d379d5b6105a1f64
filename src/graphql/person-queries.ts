import type { Article } from '../domain/article.js';
import type { EditorialRepository } from '../domain/editorial.js';
import { NotFoundError } from '../domain/errors.js';
import { personFromCopy } from './name-copies.js';
import { keepEdges, pageRequest, type Page, type PageArgs } from '../domain/pagination.js';
import { isMentioned, type Person } from '../domain/person.js';
import type { PeopleFilter, PersonRepository } from '../domain/person-repository.js';
import { boundedKey, quoted, requireExactlyOne } from './arguments.js';
import { type EntityQueries, found } from './entity-queries.js';
import type { Loaders } from './loaders.js';
import { localize, localizePage, type Localized } from './localization.js';

/** Person reads for resolvers. */
export class PersonQueries {
  constructor(
    private readonly repository: PersonRepository,
    private readonly loaders: Loaders,
    private readonly entities: EntityQueries,
    private readonly editorial: Pick<EditorialRepository, 'resolve'>,
    /** Operators see every person; the public only those a published article mentions. */
    private readonly showAll = false,
  ) {}

  /**
   * By id, reading the person's collection so their events come in the same Query. The id of a person
   * merged into another (or the slug of a new name) leads to that person: one more read, only on a miss.
   */
  async get(id: string, locales: readonly string[], argument = 'id', follow = true): Promise<Localized<Person>> {
    const found = await this.loaders.personWithEvents.load(boundedKey(argument, id));
    if (!found) {
      const lead = follow && (await this.editorial.resolve('Person', [id])).get(id);
      if (follow && lead && 'to' in lead) return this.get(lead.to, locales, argument, false);
      throw new NotFoundError(`no person with ${argument} ${quoted(id)}`);
    }
    this.loaders.prime('Person', id, found.person);
    return localize(found.person, locales);
  }

  /** By id through the batched entity loader (for people reached from articles and events). */
  async one(id: string, locales: readonly string[]): Promise<Localized<Person>> {
    return found(await this.entities.find('Person', id, locales), 'person', id);
  }

  /**
   * By name or alias, ignoring case and diacritics; the most mentioned when several people share it.
   * Each candidate is read with the first page of their events (one Query each, in parallel), so the
   * person page costs the lookup, that Query and the articles' Query.
   */
  async byName(name: string, locales: readonly string[]): Promise<Localized<Person>> {
    const ids = await this.repository.findIdsByName(boundedKey('name', name));
    const found = await this.loaders.personWithEvents.loadMany(ids);
    const people = found.flatMap((f) => (f && !(f instanceof Error) ? [f.person] : []));
    const [best] = people.sort((a, b) => b.mentionCount - a.mentionCount || a.id.localeCompare(b.id));
    if (!best) throw new NotFoundError(`no person named ${quoted(name)}`);
    this.loaders.prime('Person', best.id, best);
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

  async list(filter: PeopleFilter, args: PageArgs, locales: readonly string[]): Promise<Page<Localized<Person>>> {
    const page = await this.repository.listPeople(filter, pageRequest(args));
    if (this.showAll) return localizePage(page, locales);
    // People no published article mentions are left out; the cursors go on from the items read.
    return localizePage(
      keepEdges(page, (person) => (isMentioned(person) ? person : undefined)),
      locales,
    );
  }

  /** People of an article or event, in their order there. */
  async many(ids: readonly string[], locales: readonly string[]): Promise<Localized<Person>[]> {
    return (await this.loaders.loadMany('Person', ids)).map((person) => localize(person, locales));
  }

  /**
   * The people an article mentions: from its copies of their names when those are current and the query
   * asks nothing more (no read at all), else through the batched loader.
   */
  async ofArticle(article: Localized<Article>, copiesSuffice = false): Promise<Localized<Person>[]> {
    if (copiesSuffice && article.namesCanonical)
      return article.people.map((mention) => localize(personFromCopy(mention), article.locales));
    return this.many(
      article.people.map((p) => p.personId),
      article.locales,
    );
  }
}
