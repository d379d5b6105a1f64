import type { ReadRepositories, Repositories } from '../domain/repositories.js';
import { parseAcceptLanguage } from '../domain/locale.js';
import type { WebUrlTemplates } from '../domain/web-url.js';
import type { ArticleCorrections } from './article-corrections.js';
import type { ArticleEditing } from './article-editing.js';
import { ArticleQueries } from './article-queries.js';
import { AuditQueries } from './audit-queries.js';
import type { EditorialCommands } from './editorial-commands.js';
import { EventQueries } from './event-queries.js';
import { EntityQueries } from './entity-queries.js';
import { createLoaders, type Loaders } from './loaders.js';
import { OperatorSession } from './operator-session.js';
import { PersonQueries } from './person-queries.js';
import { RunQueries } from './run-queries.js';
import { TermQueries } from './term-queries.js';

/** What the public API's process shares across requests: the read repositories over the one table. */
export type ReadDependencies = ReadRepositories & {
  /** Article.webUrl templates per language (config WEB_URL_TEMPLATES); none: webUrl is null. */
  webUrlTemplates?: WebUrlTemplates;
};

/** The operator API's and the tests': every repository (src/graphql/operator-context.ts). */
export type Dependencies = Repositories & Pick<ReadDependencies, 'webUrlTemplates'>;

/** What every query resolver reads; the operator API's context adds the editors' commands (Context). */
export type ReadContext = Omit<Context, 'editorial' | 'editing' | 'corrections'>;

/** Builds each request's context from what the handler knows of it. */
export type ContextFactory = (facts: RequestFacts) => RequestContext;

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
  /** Who acts in this request (operator API only); mutations take their audit log's actor from it. */
  operator: OperatorSession;
  audit: AuditQueries;
  /** The editors' mutations on people and events. */
  editorial: EditorialCommands;
  editing: ArticleEditing;
  /** Corrections and quality review (operator API mutations). */
  corrections: ArticleCorrections;
  /** The request's default locale list, from Accept-Language; empty means "the original language". */
  locales: readonly string[];
}

/** What the handler knows of a request before GraphQL runs. */
export interface RequestFacts {
  requestId: string;
  /** Operator credentials were checked by the handler (API key or IAM). */
  operator: boolean;
  /**
   * Who acts, on the operator API only (IAM principal ARN, or "local operator" for the key): the audit
   * log's actor, and the one thing that lets a request see unpublished articles or run mutations.
   */
  principal?: string | undefined;
  /** Without it, the locales come from the Accept-Language header of `request` (set by yoga). */
  acceptLanguage?: string | null | undefined;
}

/**
 * One request's context. Each piece is built on first use: `{ __typename }` needs none, a page needs
 * a few, and nothing is copied into the object yoga and envelop hand around (a context of eagerly
 * built pieces cost ~10% of the smallest request in envelop's Object.assign; npm run bench). Every
 * field exists from the constructor on, so every request's context has the same shape. Plain fields,
 * not #private ones: yoga's full path hands resolvers Object.create(this) with these fields copied (and
 * no waitUntil field, which would overwrite the one whatwg-node gives that copy).
 */
export class RequestContext implements ReadContext {
  readonly requestId: string;
  /** Operator credentials were checked (on the public API they open the import runs and nothing else). */
  readonly hasOperatorCredentials: boolean;
  /** Set by yoga (or the handler's direct path) before execution. */
  request: Request | undefined = undefined;
  private acceptLanguage: string | null | undefined;
  private principal: string | undefined;
  private builtLocales: readonly string[] | undefined = undefined;
  private builtLoaders: Loaders | undefined = undefined;
  private builtEntities: EntityQueries | undefined = undefined;
  private builtArticles: ArticleQueries | undefined = undefined;
  private builtPeople: PersonQueries | undefined = undefined;
  private builtEvents: EventQueries | undefined = undefined;
  private builtTerms: TermQueries | undefined = undefined;
  private builtRuns: RunQueries | undefined = undefined;
  private builtSession: OperatorSession | undefined = undefined;
  private builtAudit: AuditQueries | undefined = undefined;

  constructor(
    protected readonly dependencies: ReadDependencies,
    facts: RequestFacts,
  ) {
    this.requestId = facts.requestId;
    this.hasOperatorCredentials = facts.operator;
    this.principal = facts.principal;
    this.acceptLanguage = facts.acceptLanguage;
  }

  get locales(): readonly string[] {
    this.builtLocales ??= parseAcceptLanguage(this.acceptLanguage ?? this.request?.headers.get('accept-language'));
    return this.builtLocales;
  }
  private get loaders(): Loaders {
    const { entities, people, counts } = this.dependencies;
    this.builtLoaders ??= createLoaders(entities, people, counts, { showUnpublished: this.principal !== undefined });
    return this.builtLoaders;
  }
  get entities(): EntityQueries {
    this.builtEntities ??= new EntityQueries(this.loaders, this.dependencies.editorial);
    return this.builtEntities;
  }
  get articles(): ArticleQueries {
    const { articles, webUrlTemplates } = this.dependencies;
    this.builtArticles ??= new ArticleQueries(articles, this.loaders, this.entities, webUrlTemplates ?? {});
    return this.builtArticles;
  }
  get people(): PersonQueries {
    const { people, editorial } = this.dependencies;
    this.builtPeople ??= new PersonQueries(
      people,
      this.loaders,
      this.entities,
      editorial,
      this.principal !== undefined,
    );
    return this.builtPeople;
  }
  get events(): EventQueries {
    const { events, editorial } = this.dependencies;
    this.builtEvents ??= new EventQueries(events, this.loaders, this.entities, editorial, this.principal !== undefined);
    return this.builtEvents;
  }
  get terms(): TermQueries {
    this.builtTerms ??= new TermQueries(this.loaders, this.entities);
    return this.builtTerms;
  }
  get runs(): RunQueries {
    this.builtRuns ??= new RunQueries(this.dependencies.runs, this.hasOperatorCredentials);
    return this.builtRuns;
  }
  /** A whole list's size (totalCount) by its counter's name, batched for the request; null for none. */
  totalCount(countKey: string | undefined): Promise<number | null> {
    return countKey === undefined ? Promise.resolve(null) : this.loaders.counts.load(countKey);
  }
  get operator(): OperatorSession {
    this.builtSession ??= new OperatorSession(this.principal);
    return this.builtSession;
  }
  get audit(): AuditQueries {
    this.builtAudit ??= new AuditQueries(this.dependencies.audit, this.operator, this.entities);
    return this.builtAudit;
  }
  /** The pieces envelop copies into a context yoga built itself (yoga.ts, eagerContext). */
  pieces(): ReadContext {
    const { articles, people, events, runs, terms, entities, locales, operator, audit } = this;
    const totalCount = (countKey: string | undefined) => this.totalCount(countKey);
    return { articles, people, events, runs, terms, entities, locales, operator, audit, totalCount };
  }
}

/** A public API context per request (the public handler's and the benchmark peers'). */
export const readContexts =
  (dependencies: ReadDependencies): ContextFactory =>
  (facts) =>
    new RequestContext(dependencies, facts);

/**
 * A fresh context per request, so loader caches never leak between requests. `principal` names the
 * operator on the operator API (undefined elsewhere).
 */
export function createContext(
  dependencies: ReadDependencies,
  acceptLanguage?: string | null,
  operator = false,
  principal?: string,
): RequestContext {
  return new RequestContext(dependencies, {
    requestId: '',
    operator,
    principal,
    acceptLanguage: acceptLanguage ?? null,
  });
}
