import type { Article, ArticleStatus } from '../domain/article.js';
import { deleteArticle, restoreArticle, type Tombstone } from '../domain/article-deletion.js';
import { articleIdFromSource } from '../domain/identity.js';
import type { Repositories } from '../domain/repositories.js';
import { changeArticleStatus } from '../domain/takedown.js';
import { boundedKey, decodeIdFor, requireExactlyOne } from './arguments.js';
import { localize, type Localized } from './localization.js';
import type { OperatorSession } from './operator-session.js';

/** Editors' actions on articles, for the operator API's mutations (each audited). */
export class ArticleEditing {
  constructor(
    private readonly deps: Pick<Repositories, 'entities' | 'takedowns' | 'deletions'>,
    private readonly session: OperatorSession,
  ) {}

  unpublish(id: string, reason: string, locales: readonly string[]): Promise<Localized<Article>> {
    return this.setStatus(id, 'UNPUBLISHED', reason, locales);
  }

  republish(id: string, note: string | null | undefined, locales: readonly string[]): Promise<Localized<Article>> {
    return this.setStatus(id, 'PUBLISHED', note, locales);
  }

  delete(id: string, reason: string): Promise<Tombstone> {
    const actor = this.session.actor();
    return deleteArticle(this.deps, { articleId: decodeIdFor('Article', id), actor, reason });
  }

  /** By the deleted article's global ID, or by its source identity (the URL, guid or Id line it was imported from). */
  restore(
    id: string | null | undefined,
    sourceIdentity: string | null | undefined,
    note: string | null | undefined,
  ): Promise<Tombstone> {
    const actor = this.session.actor();
    requireExactlyOne('restoreArticle', { id, sourceIdentity });
    const articleId = id
      ? decodeIdFor('Article', id)
      : articleIdFromSource(boundedKey('sourceIdentity', sourceIdentity as string));
    return restoreArticle(this.deps, { articleId, actor, note: note ?? null });
  }

  private async setStatus(
    id: string,
    status: ArticleStatus,
    reason: string | null | undefined,
    locales: readonly string[],
  ): Promise<Localized<Article>> {
    const actor = this.session.actor();
    const articleId = decodeIdFor('Article', id);
    const article = await changeArticleStatus(this.deps, { articleId, status, actor, reason: reason ?? null });
    return localize(article, locales);
  }
}
