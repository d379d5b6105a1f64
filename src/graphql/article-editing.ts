import type { Article, ArticleStatus } from '../domain/article.js';
import type { Repositories } from '../domain/repositories.js';
import { changeArticleStatus } from '../domain/takedown.js';
import { decodeIdFor } from './arguments.js';
import { localize, type Localized } from './localization.js';
import type { OperatorSession } from './operator-session.js';

/** Editors' actions on articles, for the operator API's mutations (each audited). */
export class ArticleEditing {
  constructor(
    private readonly deps: Pick<Repositories, 'entities' | 'takedowns'>,
    private readonly session: OperatorSession,
  ) {}

  unpublish(id: string, reason: string, locales: readonly string[]): Promise<Localized<Article>> {
    return this.setStatus(id, 'UNPUBLISHED', reason, locales);
  }

  republish(id: string, note: string | null | undefined, locales: readonly string[]): Promise<Localized<Article>> {
    return this.setStatus(id, 'PUBLISHED', note, locales);
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
