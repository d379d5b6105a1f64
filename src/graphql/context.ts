import type { Repositories } from '../domain/repositories.js';
import { parseAcceptLanguage } from '../domain/locale.js';
import type { WebUrlTemplates } from '../domain/web-url.js';
import { ArticleQueries } from './article-queries.js';
import { EventQueries } from './event-queries.js';
import { EntityQueries } from './entity-queries.js';
import { createLoaders, type Loaders } from './loaders.js';
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
  /** Any registered entity by id (node(id:)). */
  entities: EntityQueries;
  /** The request's default locale list, from Accept-Language; empty means "the original language". */
  locales: readonly string[];
}

/** What the handler knows of a request before GraphQL runs. */
export interface RequestFacts {
  requestId: string;
  /** Operator credentials were checked by the handler (API key or IAM). */
  operator: boolean;
  /** Without it, the locales come from the Accept-Language header of `request` (set by yoga). */
  acceptLanguage?: string | null | undefined;
}

/**
 * One request's context. Each piece is built on first use: `{ __typename }` needs none, a page needs
 * a few, and nothing is copied into the object yoga and envelop hand around (a context of eagerly
 * built pieces cost ~10% of the smallest request in envelop's Object.assign; npm run bench). Every
 * field exists from the constructor on, so every request's context has the same shape. Plain fields,
 * not #private ones: yoga's full path hands resolvers Object.create(this) with these fields copied (and
no waitUntil field, which would overwrite the one whatwg-node gives that copy).
 */
export class RequestContext implements Context {
  readonly requestId: string;
  readonly operator: boolean;
  /** Set by yoga (or the handler's direct path) before execution. */
  request: Request | undefined = undefined;
  private acceptLanguage: string | null | undefined;
  private builtLocales: readonly string[] | undefined = undefined;
  private builtLoaders: Loaders | undefined = undefined;
  private builtEntities: EntityQueries | undefined = undefined;
  private builtArticles: ArticleQueries | undefined = undefined;
  private builtPeople: PersonQueries | undefined = undefined;
  private builtEvents: EventQueries | undefined = undefined;
  private builtTerms: TermQueries | undefined = undefined;
  private builtRuns: RunQueries | undefined = undefined;

  constructor(
    private readonly dependencies: Dependencies,
    facts: RequestFacts,
  ) {
    this.requestId = facts.requestId;
    this.operator = facts.operator;
    this.acceptLanguage = facts.acceptLanguage;
  }

  get locales(): readonly string[] {
    this.builtLocales ??= parseAcceptLanguage(this.acceptLanguage ?? this.request?.headers.get('accept-language'));
    return this.builtLocales;
  }
  private get loaders(): Loaders {
    this.builtLoaders ??= createLoaders(this.dependencies.entities, this.dependencies.people);
    return this.builtLoaders;
  }
  get entities(): EntityQueries {
    this.builtEntities ??= new EntityQueries(this.loaders);
    return this.builtEntities;
  }
  get articles(): ArticleQueries {
    const { articles, webUrlTemplates } = this.dependencies;
    this.builtArticles ??= new ArticleQueries(articles, this.loaders, this.entities, webUrlTemplates ?? {});
    return this.builtArticles;
  }
  get people(): PersonQueries {
    this.builtPeople ??= new PersonQueries(this.dependencies.people, this.loaders, this.entities);
    return this.builtPeople;
  }
  get events(): EventQueries {
    this.builtEvents ??= new EventQueries(this.dependencies.events, this.loaders, this.entities);
    return this.builtEvents;
  }
  get terms(): TermQueries {
    this.builtTerms ??= new TermQueries(this.loaders, this.entities);
    return this.builtTerms;
  }
  get runs(): RunQueries {
    this.builtRuns ??= new RunQueries(this.dependencies.runs, this.operator);
    return this.builtRuns;
  }
}

/** A fresh context per request, so loader caches never leak between requests. */
export function createContext(dependencies: Dependencies, acceptLanguage?: string | null, operator = false): Context {
  return new RequestContext(dependencies, { requestId: '', operator, acceptLanguage: acceptLanguage ?? null });
}
