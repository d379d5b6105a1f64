import type { Article, ArticleDocument, Translation } from './article.js';
import { acceptSourceChange, correct } from './corrections.js';
import type { CorrectableField, FieldValue } from './editorial.js';
import { entityRefKey, translationId, type EntityTypes } from './entity-reader.js';
import { NotFoundError, WriteRejectedError } from './errors.js';
import type { EventCoverage } from './event.js';
import { freeSlugs } from './free-slugs.js';
import type { PersonMention } from './person.js';
import { dismissFlag } from './quality.js';
import type { Repositories } from './repositories.js';

/** What correctArticle asks, people and events by id. */
export interface CorrectionInput {
  fields: ReadonlyMap<CorrectableField, FieldValue>;
  addPeople?: readonly string[];
  removePeople?: readonly string[];
  addEvents?: readonly string[];
  removeEvents?: readonly string[];
}

/** An edit's result: the article as it was and as it is now (what the audit log records). */
export interface ArticleChange {
  before: Article;
  after: Article;
}

const ATTEMPTS = 3;

/**
 * Editors' changes to one article: read it with its translations, apply a pure edit (corrections.ts,
 * quality.ts), write it as the next version through the same writer imports use. When another writer
 * wins the version race, the edit is applied again to what that writer left.
 */
export class ArticleEditor {
  constructor(
    private readonly repositories: Pick<Repositories, 'articles' | 'entities'>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async correct(id: string, input: CorrectionInput, note: string, by: string): Promise<ArticleChange> {
    const [addPeople, addEvents] = await Promise.all([
      this.linked('Person', input.addPeople ?? [], (p): PersonMention => ({ personId: p.id, name: p.name })),
      this.linked('Event', input.addEvents ?? [], (e): EventCoverage => ({ eventId: e.id, name: e.name })),
    ]);
    const request = {
      fields: input.fields,
      addPeople,
      addEvents,
      removePeople: input.removePeople ?? [],
      removeEvents: input.removeEvents ?? [],
    };
    return this.change(id, (document, at) => correct(document, request, note, by, at));
  }

  acceptSourceChange(id: string, field: CorrectableField): Promise<ArticleChange> {
    return this.change(id, (document) => acceptSourceChange(document, field));
  }

  dismissQualityFlag(id: string, flagId: string, note: string, by: string): Promise<ArticleChange> {
    return this.change(id, (document, at) => ({
      ...document,
      article: {
        ...document.article,
        qualityFlags: dismissFlag(document.article.qualityFlags, flagId, { by, at, note }),
      },
    }));
  }

  private async change(
    id: string,
    edit: (document: ArticleDocument, at: string) => ArticleDocument,
  ): Promise<ArticleChange> {
    for (let attempt = 1; ; attempt++) {
      const before = await this.read(id);
      const at = this.now().toISOString();
      const edited = await freeSlugs(this.repositories.articles, edit(before, at));
      const after: Article = { ...edited.article, version: before.article.version + 1, updatedAt: at };
      try {
        await this.repositories.articles.saveArticle({ article: after, translations: edited.translations });
        return { before: before.article, after };
      } catch (error) {
        if (!(error instanceof WriteRejectedError) || !/changed by another writer/.test(error.message)) throw error;
        if (attempt >= ATTEMPTS) throw error;
      }
    }
  }

  private async read(id: string): Promise<ArticleDocument> {
    const { entities } = this.repositories;
    const ref = { type: 'Article' as const, id };
    const article = (await entities.getMany([ref])).get(entityRefKey(ref)) as Article | undefined;
    if (!article) throw new NotFoundError(`no article with id "${id}"`);
    const refs = article.translations.map((t) => ({
      type: 'Translation' as const,
      id: translationId(id, t.language),
    }));
    const found = await entities.getMany(refs);
    const translations = refs.flatMap((r) => {
      const translation = found.get(entityRefKey(r)) as Translation | undefined;
      return translation ? [translation] : [];
    });
    return { article, translations };
  }

  /** People or events to link must exist; the mention takes the entity's name. */
  private async linked<T extends 'Person' | 'Event', L>(
    type: T,
    ids: readonly string[],
    link: (entity: EntityTypes[T]) => L,
  ): Promise<L[]> {
    const found = await this.repositories.entities.getMany(ids.map((id) => ({ type, id })));
    return ids.map((id) => {
      const entity = found.get(entityRefKey({ type, id })) as EntityTypes[T] | undefined;
      if (!entity) throw new NotFoundError(`no ${type.toLowerCase()} with id "${id}" to add`);
      return link(entity);
    });
  }
}
