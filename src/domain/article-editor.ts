import type { Article, ArticleDocument, Translation } from './article.js';
import { recordAudit, type AuditRecord } from './audit.js';
import { acceptSourceChange, correct } from './corrections.js';
import type { CorrectableField, FieldValue } from './article-editorial.js';
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
    const edit = (document: ArticleDocument, at: string) => correct(document, request, note, by, at);
    return this.change(id, { operation: 'correctArticle', actor: by, reason: note }, edit);
  }

  acceptSourceChange(id: string, field: CorrectableField, by: string, note?: string | null): Promise<ArticleChange> {
    const audit = { operation: 'acceptSourceChange', actor: by, reason: note ?? `accepted the source's ${field}` };
    return this.change(id, audit, (document) => acceptSourceChange(document, field));
  }

  dismissQualityFlag(id: string, flagId: string, note: string, by: string): Promise<ArticleChange> {
    return this.change(id, { operation: 'dismissQualityFlag', actor: by, reason: note }, (document, at) => ({
      ...document,
      article: {
        ...document.article,
        qualityFlags: dismissFlag(document.article.qualityFlags, flagId, { by, at, note }),
      },
    }));
  }

  /** Read, edit, audit (the changed values only), write the next version with its audit entry. */
  private async change(
    id: string,
    audit: Pick<AuditRecord, 'operation' | 'actor' | 'reason'>,
    edit: (document: ArticleDocument, at: string) => ArticleDocument,
  ): Promise<ArticleChange> {
    for (let attempt = 1; ; attempt++) {
      const before = await this.read(id);
      const now = this.now();
      const at = now.toISOString();
      const edited = await freeSlugs(this.repositories.articles, edit(before, at));
      const after: Article = { ...edited.article, version: before.article.version + 1, updatedAt: at };
      const entry = recordAudit(
        { ...audit, subject: { type: 'Article', id }, reasonRequired: true, ...changedValues(before, edited) },
        now,
      );
      try {
        await this.repositories.articles.saveArticle({ article: after, translations: edited.translations }, entry);
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

/** Bookkeeping that changes with every edit, left out of the audit entry's values. */
const UNAUDITED = new Set(['version', 'updatedAt', 'related', 'overrides', 'corrections', 'translations']);

/** The article's changed fields and changed translations (`translations.es`), before and after. */
function changedValues(before: ArticleDocument, after: ArticleDocument) {
  const values = { before: {} as Record<string, unknown>, after: {} as Record<string, unknown> };
  const note = (name: string, old: unknown, now: unknown) => {
    if (JSON.stringify(old) === JSON.stringify(now)) return;
    values.before[name] = old ?? null;
    values.after[name] = now ?? null;
  };
  const fields = new Set([...Object.keys(before.article), ...Object.keys(after.article)]);
  for (const name of fields)
    if (!UNAUDITED.has(name)) note(name, before.article[name as keyof Article], after.article[name as keyof Article]);
  const languages = new Set([...before.translations, ...after.translations].map((t) => t.language));
  for (const language of languages)
    note(
      `translations.${language}`,
      before.translations.find((t) => t.language === language),
      after.translations.find((t) => t.language === language),
    );
  return values;
}
