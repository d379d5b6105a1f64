import type { Article, ArticleStatus } from './article.js';
import { type AuditEntry, recordAudit } from './audit.js';
import { type EntityReader, entityRefKey } from './entity-reader.js';
import { NotFoundError } from './errors.js';

export const statusOf = (article: Pick<Article, 'status'>): ArticleStatus => article.status ?? 'PUBLISHED';
export const isPublished = (article: Pick<Article, 'status'>): boolean => statusOf(article) === 'PUBLISHED';

/** The port storage implements for taking articles down and putting them back. */
export interface ArticleStatusRepository {
  /**
   * Switches the article (read at `article.version`) to `status` together with its audit entry, then
   * hides or shows its edges and takes its mentions off (or puts them back on) their people's counts.
   * WriteRejectedError when the article changed meanwhile. Returns the article as stored.
   */
  setStatus(article: Article, status: ArticleStatus, audit: AuditEntry): Promise<Article>;
  /**
   * Redoes the edge and count steps for the article's current status (after an interrupted switch); a
   * published article's links to people and events merged or deleted meanwhile follow them. Returns it as stored.
   */
  settleStatus(article: Article): Promise<Article>;
}

export interface StatusChange {
  articleId: string;
  status: ArticleStatus;
  actor: string;
  reason?: string | null;
}

/**
 * Unpublishes or republishes an article: NOT_FOUND for an unknown id; an unpublish needs a reason.
 * Asking for the status it already has changes nothing (no audit entry) but finishes an interrupted
 * switch, so an editor who retries after an error is never worse off.
 */
export async function changeArticleStatus(
  deps: { entities: EntityReader; takedowns: ArticleStatusRepository },
  change: StatusChange,
): Promise<Article> {
  const ref = { type: 'Article' as const, id: change.articleId };
  const article = (await deps.entities.getMany([ref])).get(entityRefKey(ref)) as Article | undefined;
  if (!article)
    throw new NotFoundError(
      `${change.status === 'UNPUBLISHED' ? 'unpublishArticle' : 'republishArticle'}: no article with this id`,
    );
  const operation = change.status === 'UNPUBLISHED' ? 'unpublishArticle' : 'republishArticle';
  const audit = recordAudit({
    subject: { type: 'Article', id: article.id },
    operation,
    actor: change.actor,
    reason: change.reason ?? null,
    reasonRequired: change.status === 'UNPUBLISHED',
    before: { status: statusOf(article) },
    after: { status: change.status },
  });
  if (statusOf(article) === change.status) return deps.takedowns.settleStatus(article);
  return deps.takedowns.setStatus(article, change.status, audit);
}
