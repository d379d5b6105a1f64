import type { Article, ArticleDocument } from '../domain/article.js';
import { entityRefKey, type EntityTypes } from '../domain/entity-reader.js';
import { applyEditorial } from '../domain/corrections.js';
import { WriteRejectedError } from '../domain/errors.js';
import { freeSlugs } from '../domain/free-slugs.js';
import type { EventWrite, NewsEvent } from '../domain/event.js';
import type { DocumentOutcome } from '../domain/import-run.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import { describePerson } from '../domain/person-roles.js';
import { isPublished } from '../domain/takedown.js';
import { describeRevision, isOlderRevision, isSameRevision } from '../domain/revision.js';
import type { BuiltEntry } from './build-document.js';
import { BUILD_VERSION } from './build-version.js';
import type { ImportDependencies } from './importer.js';
import { followRedirects } from './follow-redirects.js';
import { matchEvents } from './match-events.js';
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
      if (!(error instanceof WriteRejectedError) || !RACE_LOST.test(error.message) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function persistOnce(deps: ImportDependencies, entry: BuiltEntry): Promise<PersistResult> {
  // Editors' merges, renames and deletions come first: the entry names survivors, never the deleted.
  const built = await followRedirects(deps, entry);
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
  // Unchanged content stored by this build writes nothing; an older build's article is rewritten once.
  if (article && existing?.contentHash === built.contentHash && existing.buildVersion === BUILD_VERSION)
    return { outcome: 'UNCHANGED', articleId: article.id };
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
  const { changed: peopleChanged, names: peopleNames } = await upsertPeople(deps, built.people);
  const { changed: eventsChanged, ids: eventIds, names: eventNames } = await upsertEvents(deps, built.events);
  const termsChanged = await upsertTerms(deps, built.terms);
  if (!built.article || !article)
    return { outcome: peopleChanged || eventsChanged || termsChanged ? 'WRITTEN' : 'UNCHANGED' };

  // Editors' corrections, dismissals and notes stand: the source's changes to corrected fields wait as pending.
  const matched = withEventIds(built.article, eventIds);
  // After the editors' additions: a person an editor added is named as the correction recorded it, which a
  // rename since may have changed, so such an article's names are read from the entities (no claim).
  const edited = withStoredNames(applyEditorial(matched, existing, article.updatedAt), peopleNames, eventNames);
  const document = await freeSlugs(deps.articles, edited);
  const version = (existing?.version ?? 0) + 1;
  await deps.articles.saveArticle({
    ...document,
    article: { ...document.article, version, buildVersion: BUILD_VERSION },
  });
  return { outcome: 'WRITTEN', articleId: article.id };
}

/** Creates new people and adds new aliases or a missing description to known ones. */
const upsertPeople = (deps: ImportDependencies, people: readonly Person[]) =>
  upsertEach(
    deps,
    'Person',
    people,
    (existing, person) => {
      // Fields an editor set stay as the editor left them; otherwise the description is recomputed from
      // what the source stated and the articles' roles, never kept from one article.
      const edited = new Set(existing.overrides ?? []);
      const aliases = edited.has('aliases')
        ? existing.aliases
        : union(existing.aliases, person.aliases).filter(
            (alias) => normalizeName(alias) !== normalizeName(existing.name),
          );
      const { description, descriptionSource, ...described } = describePerson(existing, person);
      const kept = edited.has('description')
        ? { description: existing.description, descriptionSource: existing.descriptionSource }
        : { description, descriptionSource };
      return {
        ...withoutDescription(existing),
        aliases,
        ...described,
        ...(kept.description ? kept : {}),
      };
    },
    (person) => deps.people.savePerson(person),
  );

/** Creates new events, adds participants to known ones and fills a place they lack; true when anything was written. */
async function upsertEvents(
  deps: ImportDependencies,
  found: readonly EventWrite[],
): Promise<{ changed: boolean; ids: Map<string, string>; names: Map<string, string> }> {
  // The same event told by another document (event-match.ts) is written into that one, already merged.
  const { events, ids } = await matchEvents(deps, found);
  const merges = new Set(ids.values());
  const known = await deps.entities.getMany(events.map((event) => ({ type: 'Event' as const, id: event.id })));
  let changed = false;
  const names = new Map<string, string>();
  for (const event of events) {
    const existing = merges.has(event.id)
      ? undefined
      : (known.get(entityRefKey({ type: 'Event', id: event.id })) as NewsEvent | undefined);
    const { participantCount: _count, ...fields } = existing ?? {};
    const edited = new Set(existing?.overrides ?? []);
    const place = edited.has('place') ? existing?.place : (existing?.place ?? event.place);
    const merged: EventWrite = existing
      ? {
          ...(fields as Omit<NewsEvent, 'participantCount'>),
          ...(place ? { place } : {}),
          // People an editor took off the event stay off.
          participants: event.participants.filter((p) => !existing.removedParticipants?.includes(p.personId)),
          updatedAt: event.updatedAt,
        }
      : event;
    names.set(merged.id, merged.name);
    if (await deps.events.saveEvent(merged)) changed = true;
  }
  return { changed, ids, names };
}

/**
 * Reads the known ones in one batch, merges, and writes only what changed; true when anything was written,
 * with each one's name as stored (an editor's rename stands over the name the source used).
 * A save refused because another import changed (or created) the entity since it was read reads that
 * one again and merges again, up to MERGE_ATTEMPTS times (a much-named person is written by many
 * concurrent imports), with a jittered pause so the racers spread out.
 */
async function upsertEach<T extends 'Person'>(
  deps: ImportDependencies,
  type: T,
  found: readonly EntityTypes[T][],
  merge: (existing: EntityTypes[T], found: EntityTypes[T]) => EntityTypes[T],
  save: (entity: EntityTypes[T]) => Promise<void>,
): Promise<{ changed: boolean; names: Map<string, string> }> {
  let known = await deps.entities.getMany(found.map((entity) => ({ type, id: entity.id })));
  let changed = false;
  const names = new Map<string, string>();
  for (const entity of found) {
    for (let attempt = 1; ; attempt++) {
      const existing = known.get(entityRefKey({ type, id: entity.id })) as EntityTypes[T] | undefined;
      const merged = existing ? merge(existing, entity) : entity;
      names.set(entity.id, merged.name);
      if (existing && sameJson(existing, merged)) break;
      try {
        // A new one is created only if still absent (revision 0).
        await save({ ...merged, updatedAt: entity.updatedAt, ...(existing ? {} : { revision: 0 }) });
        changed = true;
        break;
      } catch (error) {
        if (!(error instanceof WriteRejectedError) || !RACE_LOST.test(error.message) || attempt >= MERGE_ATTEMPTS)
          throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
        known = await deps.entities.getMany([{ type, id: entity.id }]);
      }
    }
  }
  return { changed, names };
}

const MERGE_ATTEMPTS = 10;
const RACE_LOST = /changed by another writer|already exists/;

const union = (a: readonly string[], b: readonly string[]) => [
  ...a,
  ...b.filter((x) => !a.some((y) => normalizeName(y) === normalizeName(x))),
];
/** The article naming its events as matched: an event another document told keeps that one's id. */
const withEventIds = (document: ArticleDocument, ids: ReadonlyMap<string, string>): ArticleDocument => ({
  ...document,
  article: {
    ...document.article,
    events: document.article.events.map((e) => ({ ...e, eventId: ids.get(e.eventId) ?? e.eventId })),
  },
});

/**
 * The article's copies of its people's and events' names as stored (what lists serve: name-copies.ts),
 * marked current only when every one was found.
 */
function withStoredNames(
  document: ArticleDocument,
  people: ReadonlyMap<string, string>,
  events: ReadonlyMap<string, string>,
): ArticleDocument {
  const { article } = document;
  const named = [
    ...article.people.map((p) => people.has(p.personId)),
    ...article.events.map((e) => events.has(e.eventId)),
  ].every(Boolean);
  return {
    ...document,
    article: {
      ...article,
      people: article.people.map((p) => ({ ...p, name: people.get(p.personId) ?? p.name })),
      events: article.events.map((e) => ({ ...e, name: events.get(e.eventId) ?? e.name })),
      ...(named ? { namesCanonical: true } : {}),
    },
  };
}

const withoutDescription = ({ description: _d, descriptionSource: _s, roles: _r, ...person }: Person): Person => person;
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
