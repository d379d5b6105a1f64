import type { ArticleRepository } from '../domain/article-repository.js';
import type { EntityReader } from '../domain/entity-reader.js';
import type { EventRepository } from '../domain/event-repository.js';
import type { ImportRunRepository } from '../domain/import-run.js';
import { parseAcceptLanguage } from '../domain/locale.js';
import type { PersonRepository } from '../domain/person-repository.js';
import type { WebUrlTemplates } from '../domain/web-url.js';
import { ArticleQueries } from './article-queries.js';
import { EventQueries } from './event-queries.js';
import { createLoaders } from './loaders.js';
import { PersonQueries } from './person-queries.js';
import { RunQueries } from './run-queries.js';

/** What the process shares across requests: repositories over the one table. */
export interface Dependencies {
  articles: ArticleRepository;
  people: PersonRepository;
  events: EventRepository;
  entities: EntityReader;
  runs: ImportRunRepository;
  /** Article.webUrl templates per language (config WEB_URL_TEMPLATES); none: webUrl is null. */
  webUrlTemplates?: WebUrlTemplates;
}

export interface Context {
  articles: ArticleQueries;
  people: PersonQueries;
  events: EventQueries;
  runs: RunQueries;
  /** The request's default locale list, from Accept-Language; empty means "the original language". */
  locales: readonly string[];
}

/** A fresh context per request, so loader caches never leak between requests. */
export function createContext(dependencies: Dependencies, acceptLanguage?: string | null, operator = false): Context {
  const loaders = createLoaders(dependencies.entities, dependencies.people);
  return {
    articles: new ArticleQueries(dependencies.articles, loaders, dependencies.webUrlTemplates ?? {}),
    people: new PersonQueries(dependencies.people, loaders),
    events: new EventQueries(dependencies.events, loaders),
    runs: new RunQueries(dependencies.runs, operator),
    locales: parseAcceptLanguage(acceptLanguage),
  };
}
