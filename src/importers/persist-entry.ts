import type { Article } from '../domain/article.js';
import { entityRefKey, type EntityTypes } from '../domain/entity-reader.js';
import { WriteRejectedError } from '../domain/errors.js';
import type { EventWrite, NewsEvent } from '../domain/event.js';
import type { DocumentOutcome } from '../domain/import-run.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import { isPublished } from '../domain/takedown.js';
import { describeRevision, isOlderRevision, isSameRevision } from '../domain/revision.js';
import type { BuiltEntry } from './build-document.js';
import type { ImportDependencies } from './importer.js';
import { upsertTerms } from './taxonomy/upsert-terms.js';

const ATTEMPTS = 3;
export const UNPUBLISHED_REASON = 'unpublished by an editor: republishArticle brings it back';
export const DELETED_REASON = 'skipped: deleted by an editor (restoreArticle lifts it)';

export interface PersistResult {
  outcome: DocumentOutcome;
  articleId?: string;
  /** Why nothing was written although the content differs (an older version of the document). */
  reason?: string;
}

/**
 * Writes one built entry idempotently: unchanged content writes nothing; changed content becomes
 * version + 1 under a condition on the old version. When another import wins the race, this one
 * re-reads and tries again, so two imports of one document end as one article.
 */
export async function persistEntry(deps: ImportDependencies, built: BuiltEntry): Promise<PersistResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await persistOnce(deps, built);
    } catch (error) {
      if (
        !(error instanceof WriteRejectedError) ||
        !/changed by another writer|already exists/.test(error.message) ||
        attempt >= ATTEMPTS
      )
        throw error;
    }
  }
}

async function persistOnce(deps: ImportDependencies, built: BuiltEntry): Promise<PersistResult> {
  const article = built.article?.article;
  const ref = article && { type: 'Article' as const, id: article.id };
  // The article and its tombstone (if an editor deleted it) in one batch read.
  const grave = article && { type: 'Tombstone' as const, id: article.id };
  const found = ref && grave ? await deps.entities.getMany([ref, grave]) : undefined;
  const existing = ref ? (found?.get(entityRefKey(ref)) as Article | undefined) : undefined;
  // An editor's takedown stands: a re-import of its source neither brings it back nor changes it.
  if (article && existing && !isPublished(existing))
    return { outcome: 'UNCHANGED', articleId: article.id, reason: UNPUBLISHED_REASON };
  // A deleted article's tombstone keeps scheduled imports from creating it again.
  if (article && grave && !existing && found?.has(entityRefKey(grave)))
    return { outcome: 'UNCHANGED', articleId: article.id, reason: DELETED_REASON };
  if (article && existing?.contentHash === built.contentHash) return { outcome: 'UNCHANGED', articleId: article.id };
  // Superseded: recorded as UNCHANGED with a reason, so counts stay written + unchanged + rejected.
  if (article && existing && isOlderRevision(article.source?.revision, existing.source?.revision)) {
    const reason = `superseded: this is ${describeRevision(article.source?.revision ?? {})}, the article already holds ${describeRevision(existing.source?.revision ?? {})}`;
    return { outcome: 'UNCHANGED', articleId: article.id, reason };
  }
  // Two files claiming the same version of one document with different content: one of them must win the
  // same way on every run, or a folder re-import rewrites the article each time. The greater hash wins.
  if (
    article &&
    existing?.contentHash &&
    isSameRevision(article.source?.revision, existing.source?.revision) &&
    existing.contentHash > built.contentHash
  ) {
    const reason = `another document with the same identity and ${describeRevision(existing.source?.revision ?? {})} holds the article; this one differs and is not written`;
    return { outcome: 'UNCHANGED', articleId: article.id, reason };
  }

  // Checked before people and events are written: a rejected article must not leave them behind.
  if (built.article) deps.articles.checkArticle(built.article);
  const peopleChanged = await upsertPeople(deps, built.people);
  const eventsChanged = await upsertEvents(deps, built.events);
  const termsChanged = await upsertTerms(deps, built.terms);
  if (!built.article || !article)
    return { outcome: peopleChanged || eventsChanged || termsChanged ? 'WRITTEN' : 'UNCHANGED' };

  const translations = await Promise.all(
    built.article.translations.map(async (t) => ({ ...t, slug: await freeSlug(deps, t.slug, t.language, article.id) })),
  );
  const slug = await freeSlug(deps, article.slug, article.language, article.id);
  const version = (existing?.version ?? 0) + 1;
  await deps.articles.saveArticle({
    article: {
      ...article,
      slug,
      version,
      translations: article.translations.map((summary) => ({
        ...summary,
        slug: translations.find((t) => t.language === summary.language)?.slug ?? summary.slug,
      })),
    },
    translations,
  });
  return { outcome: 'WRITTEN', articleId: article.id };
}

/** Another article may hold the slug in this language; then the article id tells them apart. */
async function freeSlug(deps: ImportDependencies, slug: string, language: string, articleId: string): Promise<string> {
  const holders = await deps.articles.findBySlug(slug);
  const taken = holders.some((holder) => holder.language === language && holder.articleId !== articleId);
  return taken
    ? `${slug}-${articleId
        .slice(0, 8)
        .toLowerCase()
        .replace(/[^a-z0-9]/g, 'x')}`
    : slug;
}

/** Creates new people and adds new aliases or a missing description to known ones. */
const upsertPeople = (deps: ImportDependencies, people: readonly Person[]) =>
  upsertEach(
    deps,
    'Person',
    people,
    (existing, person) => ({
      ...existing,
      aliases: union(existing.aliases, person.aliases).filter(
        (alias) => normalizeName(alias) !== normalizeName(existing.name),
      ),
      ...((existing.description ?? person.description)
        ? { description: (existing.description ?? person.description) as string }
        : {}),
    }),
    (person) => deps.people.savePerson(person),
  );

/** Creates new events, adds participants to known ones and fills a place they lack; true when anything was written. */
async function upsertEvents(deps: ImportDependencies, events: readonly EventWrite[]): Promise<boolean> {
  const known = await deps.entities.getMany(events.map((event) => ({ type: 'Event' as const, id: event.id })));
  let changed = false;
  for (const event of events) {
    const existing = known.get(entityRefKey({ type: 'Event', id: event.id })) as NewsEvent | undefined;
    const { participantCount: _count, ...fields } = existing ?? {};
    const merged: EventWrite = existing
      ? {
          ...(fields as Omit<NewsEvent, 'participantCount'>),
          ...((existing.place ?? event.place) ? { place: (existing.place ?? event.place) as NewsEvent['place'] } : {}),
          participants: event.participants,
          updatedAt: event.updatedAt,
        }
      : event;
    if (await deps.events.saveEvent(merged)) changed = true;
  }
  return changed;
}

/** Reads the known ones in one batch, merges, and writes only what changed; true when anything was written. */
async function upsertEach<T extends 'Person'>(
  deps: ImportDependencies,
  type: T,
  found: readonly EntityTypes[T][],
  merge: (existing: EntityTypes[T], found: EntityTypes[T]) => EntityTypes[T],
  save: (entity: EntityTypes[T]) => Promise<void>,
): Promise<boolean> {
  const known = await deps.entities.getMany(found.map((entity) => ({ type, id: entity.id })));
  let changed = false;
  for (const entity of found) {
    const existing = known.get(entityRefKey({ type, id: entity.id })) as EntityTypes[T] | undefined;
    const merged = existing ? merge(existing, entity) : entity;
    if (existing && sameJson(existing, merged)) continue;
    await save({ ...merged, updatedAt: entity.updatedAt });
    changed = true;
  }
  return changed;
}

const union = (a: readonly string[], b: readonly string[]) => [
  ...a,
  ...b.filter((x) => !a.some((y) => normalizeName(y) === normalizeName(x))),
];
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
