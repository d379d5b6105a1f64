import type { Repositories } from '../domain/repositories.js';
import { parseAcceptLanguage } from '../domain/locale.js';
import type { WebUrlTemplates } from '../domain/web-url.js';
import { ArticleQueries } from './article-queries.js';
import { EventQueries } from './event-queries.js';
import { EntityQueries } from './entity-queries.js';
import { createLoaders } from './loaders.js';
import { PersonQueries } from './person-queries.js';
import { RunQueries } from './run-queries.js';
import { TermQueries } from './term-queries.js';

/** What the process shares across requests: repositories over the one table. */
export type Dependencies = Repositories & {
  /** Article.webUrl templates per language (config WEB_URL_TEMPLATES); none: webUrl is null. */
  webUrlTemplates?: WebUrlTemplates;
};

export interface Context {
  articles: ArticleQueries;
  people: PersonQueries;
  events: EventQueries;
  runs: RunQueries;
  terms: TermQueries;
  /** A whole list's size (totalCount) by its counter's name, batched for the request; null for none. */
  totalCount: (countKey: string | undefined) => Promise<number | null>;
  /** Any registered entity by id (node(id:)). */
  entities: EntityQueries;
  /** The request's default locale list, from Accept-Language; empty means "the original language". */
  locales: readonly string[];
}

/** A fresh context per request, so loader caches never leak between requests. */
export function createContext(dependencies: Dependencies, acceptLanguage?: string | null, operator = false): Context {
  const loaders = createLoaders(dependencies.entities, dependencies.people, dependencies.counts);
  const entities = new EntityQueries(loaders);
  return {
    articles: new ArticleQueries(dependencies.articles, loaders, entities, dependencies.webUrlTemplates ?? {}),
    people: new PersonQueries(dependencies.people, loaders, entities),
    events: new EventQueries(dependencies.events, loaders, entities),
    terms: new TermQueries(loaders, entities),
    entities,
    totalCount: async (countKey) => (countKey === undefined ? null : loaders.counts.load(countKey)),
    runs: new RunQueries(dependencies.runs, operator),
    locales: parseAcceptLanguage(acceptLanguage),
  };
}
