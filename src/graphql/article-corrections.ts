import type { Article } from '../domain/article.js';
import { ArticleEditor, type ArticleChange, type CorrectionInput } from '../domain/article-editor.js';
import { isCorrectableField } from '../domain/article-editorial.js';
import { InvalidInputError } from '../domain/errors.js';
import type { Repositories } from '../domain/repositories.js';
import { boundedKey, decodeIdFor, idOrSlug } from './arguments.js';
import { localize, type Localized } from './localization.js';
import type { OperatorSession } from './operator-session.js';

/** Editors' corrections and quality reviews, for the operator API's mutations (each audited). */
export class ArticleCorrections {
  private readonly editor: ArticleEditor;

  constructor(
    deps: Pick<Repositories, 'articles' | 'entities'>,
    private readonly session: OperatorSession,
  ) {
    this.editor = new ArticleEditor(deps);
  }

  correct(id: string, input: CorrectionInput, note: string, locales: readonly string[]) {
    const actor = this.session.actor();
    const articleId = decodeIdFor('Article', id);
    const ids = (type: 'Person' | 'Event', values: readonly string[] | undefined, name: string) =>
      (values ?? []).map((value) => idOrSlug(type, value, name) as string);
    const request: CorrectionInput = {
      fields: input.fields,
      addPeople: ids('Person', input.addPeople, 'input.addPeople'),
      removePeople: ids('Person', input.removePeople, 'input.removePeople'),
      addEvents: ids('Event', input.addEvents, 'input.addEvents'),
      removeEvents: ids('Event', input.removeEvents, 'input.removeEvents'),
    };
    return this.served(this.editor.correct(articleId, request, note, actor), locales);
  }

  acceptSourceChange(articleId: string, field: string, note: string | null | undefined, locales: readonly string[]) {
    const actor = this.session.actor();
    const id = decodeIdFor('Article', articleId);
    if (!isCorrectableField(field))
      throw new InvalidInputError(
        `field: "${field.slice(0, 60)}" is not a correctable field (headline, summary, body, publishedAt, image, translations.<language>.headline|body|kind)`,
      );
    return this.served(this.editor.acceptSourceChange(id, field, actor, note), locales);
  }

  dismissQualityFlag(articleId: string, flagId: string, note: string, locales: readonly string[]) {
    const actor = this.session.actor();
    const id = decodeIdFor('Article', articleId);
    return this.served(this.editor.dismissQualityFlag(id, boundedKey('flagId', flagId), note, actor), locales);
  }

  private async served(change: Promise<ArticleChange>, locales: readonly string[]): Promise<Localized<Article>> {
    return localize((await change).after, locales);
  }
}
