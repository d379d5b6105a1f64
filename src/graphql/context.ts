import type { Repositories } from '../domain/repositories.js';
import { parseAcceptLanguage } from '../domain/locale.js';
import type { WebUrlTemplates } from '../domain/web-url.js';
import { ArticleEditing } from './article-editing.js';
import { ArticleQueries } from './article-queries.js';
import { AuditQueries } from './audit-queries.js';
import { EditorialCommands } from './editorial-commands.js';
import { EventQueries } from './event-queries.js';
import { EntityQueries } from './entity-queries.js';
import { createLoaders } from './loaders.js';
import { OperatorSession } from './operator-session.js';
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
  /** Who acts in this request (operator API only); mutations take their audit log's actor from it. */
  operator: OperatorSession;
  audit: AuditQueries;
  /** The editors' mutations on people and events. */
  editorial: EditorialCommands;
  editing: ArticleEditing;
  /** The request's default locale list, from Accept-Language; empty means "the original language". */
  locales: readonly string[];
}

/**
 * A fresh context per request, so loader caches never leak between requests. `principal` names the
 * operator on the operator API (undefined elsewhere).
 */
export function createContext(
  dependencies: Dependencies,
  acceptLanguage?: string | null,
  operator = false,
  principal?: string,
): Context {
  const loaders = createLoaders(dependencies.entities, dependencies.people, {
    showUnpublished: principal !== undefined,
  });
  const entities = new EntityQueries(loaders);
  const session = new OperatorSession(principal);
  return {
    operator: session,
    audit: new AuditQueries(dependencies.audit, session, entities),
    editorial: new EditorialCommands(dependencies.editorial, dependencies.audit, session),
    editing: new ArticleEditing(dependencies, session),
    articles: new ArticleQueries(dependencies.articles, loaders, entities, dependencies.webUrlTemplates ?? {}),
    people: new PersonQueries(dependencies.people, loaders, entities, dependencies.editorial, principal !== undefined),
    events: new EventQueries(dependencies.events, loaders, entities, dependencies.editorial),
    terms: new TermQueries(loaders, entities),
    entities,
    runs: new RunQueries(dependencies.runs, operator),
    locales: parseAcceptLanguage(acceptLanguage),
  };
}
