import type { Article } from '../domain/article.js';
import { WriteRejectedError } from '../domain/errors.js';
import type { NewsEvent } from '../domain/event.js';
import type { DocumentOutcome } from '../domain/import-run.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import type { BuiltEntry } from './build-document.js';
import type { ImportDependencies } from './importer.js';

const ATTEMPTS = 3;

/**
 * Writes one built entry idempotently: unchanged content writes nothing; changed content becomes
 * version + 1 under a condition on the old version. When another import wins the race, this one
 * re-reads and tries again, so two imports of one document end as one article.
 */
export async function persistEntry(deps: ImportDependencies, built: BuiltEntry): Promise<{ outcome: DocumentOutcome; articleId?: string }> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await persistOnce(deps, built);
    } catch (error) {
      if (!(error instanceof WriteRejectedError) || !/changed by another writer|already exists/.test(error.message) || attempt >= ATTEMPTS) throw error;
    }
  }
}

async function persistOnce(deps: ImportDependencies, built: BuiltEntry): Promise<{ outcome: DocumentOutcome; articleId?: string }> {
  const article = built.article?.article;
  const existing = article ? ((await deps.entities.getMany([{ type: 'Article', id: article.id }])).get(`Article:${article.id}`) as Article | undefined) : undefined;
  if (article && existing?.contentHash === built.contentHash) return { outcome: 'UNCHANGED', articleId: article.id };

  const peopleChanged = await upsertPeople(deps, built.people);
  const eventsChanged = await upsertEvents(deps, built.events);
  if (!built.article || !article) return { outcome: peopleChanged || eventsChanged ? 'WRITTEN' : 'UNCHANGED' };

  const translations = await Promise.all(built.article.translations.map(async (t) => ({ ...t, slug: await freeSlug(deps, t.slug, t.language, article.id) })));
  const slug = await freeSlug(deps, article.slug, article.language, article.id);
  const version = (existing?.version ?? 0) + 1;
  await deps.articles.saveArticle({
    article: {
      ...article,
      slug,
      version,
      translations: article.translations.map((summary) => ({ ...summary, slug: translations.find((t) => t.language === summary.language)?.slug ?? summary.slug })),
    },
    translations,
  });
  return { outcome: 'WRITTEN', articleId: article.id };
}

/** Another article may hold the slug in this language; then the article id tells them apart. */
async function freeSlug(deps: ImportDependencies, slug: string, language: string, articleId: string): Promise<string> {
  const holders = await deps.articles.findBySlug(slug);
  const taken = holders.some((holder) => holder.language === language && holder.articleId !== articleId);
  return taken ? `${slug}-${articleId.slice(0, 8).toLowerCase().replace(/[^a-z0-9]/g, 'x')}` : slug;
}

/** Creates new people and adds new aliases or a missing description to known ones. */
async function upsertPeople(deps: ImportDependencies, people: readonly Person[]): Promise<boolean> {
  const known = await deps.entities.getMany(people.map((p) => ({ type: 'Person' as const, id: p.id })));
  let changed = false;
  for (const person of people) {
    const existing = known.get(`Person:${person.id}`) as Person | undefined;
    const merged: Person = existing
      ? {
          ...existing,
          aliases: union(existing.aliases, person.aliases).filter((alias) => normalizeName(alias) !== normalizeName(existing.name)),
          ...(existing.description ?? person.description ? { description: (existing.description ?? person.description) as string } : {}),
        }
      : person;
    if (existing && sameJson(existing, merged)) continue;
    await deps.people.savePerson({ ...merged, updatedAt: person.updatedAt });
    changed = true;
  }
  return changed;
}

/** Creates new events and adds participants, a place or a more precise date to known ones. */
async function upsertEvents(deps: ImportDependencies, events: readonly NewsEvent[]): Promise<boolean> {
  const known = await deps.entities.getMany(events.map((e) => ({ type: 'Event' as const, id: e.id })));
  let changed = false;
  for (const event of events) {
    const existing = known.get(`Event:${event.id}`) as NewsEvent | undefined;
    const merged: NewsEvent = existing
      ? {
          ...existing,
          participants: [...existing.participants, ...event.participants.filter((p) => !existing.participants.some((q) => q.personId === p.personId))],
          ...(existing.place ?? event.place ? { place: existing.place ?? event.place } : {}),
        } as NewsEvent
      : event;
    if (existing && sameJson(existing, merged)) continue;
    await deps.events.saveEvent({ ...merged, updatedAt: event.updatedAt });
    changed = true;
  }
  return changed;
}

const union = (a: readonly string[], b: readonly string[]) => [...a, ...b.filter((x) => !a.some((y) => normalizeName(y) === normalizeName(x)))];
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
