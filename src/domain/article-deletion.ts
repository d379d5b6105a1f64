import type { Article, Source } from './article.js';
import { type AuditEntry, recordAudit } from './audit.js';
import { type EntityReader, entityRefKey } from './entity-reader.js';
import { NotFoundError } from './errors.js';
import { statusOf } from './takedown.js';

/** What is kept of a deleted article: enough for imports to skip its source and editors to recognise it. */
export interface Tombstone {
  articleId: string;
  headline: string;
  source?: Source;
  deletedAt: string;
  reason: string;
  actor: string;
}

/** The port storage implements for deleting articles and lifting their tombstones. */
export interface ArticleDeletionRepository {
  /**
   * Removes the article (read at `article.version`), its translations, current slugs and language
   * entries, puts its tombstone and audit entry (one transaction), then removes its edges and takes
   * its mentions off their people's counts. WriteRejectedError when it changed meanwhile.
   */
  delete(article: Article, tombstone: Tombstone, audit: AuditEntry): Promise<void>;
  /** Redoes the edge step for a deleted article (after an interrupted delete). */
  settleDeletion(articleId: string): Promise<void>;
  /** Removes the tombstone with its audit entry; WriteRejectedError when there is none any more. */
  restore(articleId: string, audit: AuditEntry): Promise<void>;
  tombstoneOf(articleId: string): Promise<Tombstone | undefined>;
}

type Deps = { entities: EntityReader; deletions: ArticleDeletionRepository };

/**
 * Deletes an article for good (a reason is required): NOT_FOUND for an id that was never an article.
 * Deleting a deleted article finishes an interrupted delete and returns its tombstone.
 */
export async function deleteArticle(
  deps: Deps,
  { articleId, actor, reason }: { articleId: string; actor: string; reason: string },
): Promise<Tombstone> {
  const ref = { type: 'Article' as const, id: articleId };
  const article = (await deps.entities.getMany([ref])).get(entityRefKey(ref)) as Article | undefined;
  const audit = recordAudit({
    subject: { type: 'Article', id: articleId },
    operation: 'deleteArticle',
    actor,
    reason,
    reasonRequired: true,
    ...(article ? { before: summaryOf(article), after: { deleted: true } } : {}),
  });
  if (!article) {
    const tombstone = await deps.deletions.tombstoneOf(articleId);
    if (!tombstone) throw new NotFoundError('deleteArticle: no article with this id');
    await deps.deletions.settleDeletion(articleId);
    return tombstone;
  }
  const tombstone: Tombstone = {
    articleId,
    headline: article.headline,
    ...(article.source ? { source: article.source } : {}),
    deletedAt: audit.at,
    reason: audit.reason as string,
    actor,
  };
  await deps.deletions.delete(article, tombstone, audit);
  return tombstone;
}

/** Lifts a tombstone, so the next import of the source creates the article again. NOT_FOUND without one. */
export async function restoreArticle(
  deps: Pick<Deps, 'deletions'>,
  { articleId, actor, note }: { articleId: string; actor: string; note?: string | null },
): Promise<Tombstone> {
  const tombstone = await deps.deletions.tombstoneOf(articleId);
  if (!tombstone) throw new NotFoundError('restoreArticle: no deleted article with this id or source');
  const audit = recordAudit({
    subject: { type: 'Article', id: articleId },
    operation: 'restoreArticle',
    actor,
    reason: note ?? null,
    before: { deleted: true },
    after: { deleted: false },
  });
  await deps.deletions.restore(articleId, audit);
  return tombstone;
}

/** The audit log's "before" of a deletion: what identifies the article, not its whole text. */
const summaryOf = (article: Article) => ({
  headline: article.headline,
  slug: article.slug,
  language: article.language,
  publishedAt: article.publishedAt,
  status: statusOf(article),
  version: article.version,
  translations: article.translations.map((t) => t.language),
  ...(article.source ? { source: article.source } : {}),
});
