import type { Article } from '../domain/article.js';
import type { Term, TermKind } from '../domain/taxonomy.js';
import { negotiateLanguage } from '../domain/locale.js';
import { boundedKey } from './arguments.js';
import { type EntityQueries, found } from './entity-queries.js';
import type { Loaders } from './loaders.js';
import { localize, type Localized } from './localization.js';

/** Subject, section, organisation, place and genre reads for resolvers. */
export class TermQueries {
  constructor(
    private readonly loaders: Loaders,
    private readonly entities: EntityQueries,
  ) {}

  /** By slug (the term's id); NOT_FOUND names the kind and the argument. */
  async bySlug(kind: TermKind, slug: string, locales: readonly string[]): Promise<Localized<Term>> {
    return found(await this.entities.find(kind, boundedKey('slug', slug), locales), kind.toLowerCase(), slug, 'slug');
  }

  /** The article's terms of one kind, in the article's order, read in the request's one batch. */
  async ofArticle(article: Localized<Article>, kind: TermKind): Promise<Localized<Term>[]> {
    const ids = (article.terms ?? []).filter((t) => t.kind === kind).map((t) => t.termId);
    const terms = await this.loaders.loadMany(kind, ids);
    return terms.map((term) => localize(term, article.locales));
  }
}

/** The name in the first requested language the term has one in, else the name first read. */
export function servedName(term: Localized<Term>): string {
  const language = negotiateLanguage(
    term.locales,
    term.names.map((n) => n.language),
  );
  return term.names.find((n) => n.language === language)?.name ?? term.name;
}
