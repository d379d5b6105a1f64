import type { Article, ArticleDocument } from '../../src/domain/article.js';
import { WriteRejectedError } from '../../src/domain/errors.js';
import type { EventWrite } from '../../src/domain/event.js';
import { articleIdFromSource } from '../../src/domain/identity.js';
import { openFlagKinds } from '../../src/domain/quality.js';
import { rankRelated, type RelatednessProfile } from '../../src/domain/related.js';
import type { Repositories } from '../../src/domain/repositories.js';
import { slugify } from '../../src/domain/slug.js';
import { type BuiltEntry, buildEntry } from '../../src/importers/build-document.js';
import { documentItems, isEntry } from '../../src/importers/document-items.js';
import { createParsers } from '../../src/importers/parse-input.js';
import { upsertTerms } from '../../src/importers/taxonomy/upsert-terms.js';
import { BUILD_VERSION } from '../../src/importers/build-version.js';
import { addMentions } from '../../src/storage/article-edges.js';
import { articleLists } from '../../src/storage/article-lists.js';
import { checkArticle } from '../../src/storage/article-writer.js';
import { candidatesPerEntity } from '../../src/storage/related-articles.js';
import { batchWrite, type WriteRequest } from '../../src/storage/batch-write.js';
import { addToCount } from '../../src/storage/counters.js';
import { EDGE_SUMMARY, edgeSummary } from '../../src/storage/edge-summaries.js';
import { addArticles } from '../../src/storage/event-coverage.js';
import * as items from '../../src/storage/items.js';
import * as keys from '../../src/storage/keys.js';
import type { Table } from '../../src/storage/table.js';
import { type CorpusMeta, corpusDocument, corpusMeta } from './corpus.js';
import { itemBytes } from './trace.js';

/**
 * The bulk of a large corpus, written without the per-document enrichment (language detection and
 * name extraction cost ~0.2-1 s of CPU per 15 KB document here: 50k documents would take hours).
 * Templates are built by the real parse/build path; each corpus document becomes an article from the
 * template nearest its body size, with its own id, headline, slug, language, date, people and summit,
 * and its items come from the real item builders (src/storage/items.ts, checkArticle, edgeSummary):
 * the article, summary, body parts, slug, update entry, review entries, mention and coverage edges
 * (counted, with their article summary), filings, in BatchWriteItem. People, the summit and terms
 * are written once through the real repositories (savePerson, saveEvent, upsertTerms); counts through
 * the real count writers once per load (addMentions with its rank items and people list, addArticles
 * with the event's coverage marks, addToCount for every list the article is in). Left out, because no
 * measured page reads them: the list membership markers (COUNTED#…, which make a re-import count
 * nothing twice) and the per-language edges of the combined filters. Related lists are ranked like a
 * real write (the newest 5 to 50 articles of each person and event, at most 100); the refresh of other
 * articles' lists a real write does is not replayed. `verifyBulkShape` compares with real imports.
 */
export interface BulkLoader {
  load(from: number, to: number): Promise<void>;
  /** What the loaded articles' items weigh: bytes in the table, bytes the indexes copy; mentions per person. */
  stats: {
    articles: number;
    tableBytes: number;
    indexBytes: number;
    summaryBytes: number;
    bodyBytes: number;
    mentions: Map<string, number>;
  };
}

const TEMPLATES = 16;
const CANDIDATES_PER_ENTITY = 50;
const MAX_CANDIDATES = 100;
const CHUNK = 250;

export async function bulkLoader(
  deps: Repositories,
  table: Table,
  options: { seed: number; peoplePool: number; now: Date },
): Promise<BulkLoader> {
  const { seed, peoplePool, now } = options;
  const parsers = createParsers(() => now);
  const build = (i: number): BuiltEntry => {
    const doc = corpusDocument(seed, i, peoplePool);
    const [item] = documentItems({ name: doc.name, bytes: new TextEncoder().encode(doc.text) }, parsers);
    if (!item || !isEntry(item)) throw new Error(`template ${i} did not parse`);
    return buildEntry(item.entry, now);
  };
  // Templates far beyond any loaded index (their own ids never appear), sorted by body size.
  const built = Array.from({ length: TEMPLATES }, (_, k) => build(10_000_000 + k));
  const templates = built
    .filter((t) => t.article && !t.events.length)
    .map((t) => t.article as ArticleDocument)
    .sort((a, b) => bodySize(a.article) - bodySize(b.article));
  const summitEvent = build(10_000_000 + 20 * TEMPLATES).events[0];
  if (!summitEvent || !templates.length) throw new Error('bulk loader: no templates');
  const summitTemplate: EventWrite = summitEvent;
  const terms = new Map(built.flatMap((t) => t.terms).map((term) => [`${term.kind}#${term.id}`, term]));
  await upsertTerms(deps, [...terms.values()]);

  const people = new Set<string>();
  const newest = new Map<string, RelatednessProfile[]>();

  async function ensurePeople(names: string[]): Promise<void> {
    const fresh = [...new Set(names)].filter((name) => !people.has(slugify(name)));
    await inParallel(fresh, 48, async (name) => {
      const person = { id: slugify(name), name, aliases: [], mentionCount: 0, updatedAt: now.toISOString() };
      try {
        await deps.people.savePerson({ ...person, revision: 0 });
      } catch (error) {
        // A real import between two sizes created this person: it exists, which is all the load needs.
        if (!(error instanceof WriteRejectedError)) throw error;
      }
    });
    for (const name of fresh) people.add(slugify(name));
  }

  function articleOf(i: number, meta: CorpusMeta): ArticleDocument {
    const template = nearest(templates, meta.bodyBytes);
    const names = [...new Set([...meta.names, ...(meta.summit?.participants ?? [])])];
    const event = meta.summit && eventIdOf(summitTemplate, meta.summit);
    const article: Article = {
      ...template.article,
      id: articleIdFromSource(`bulk:${meta.id}`),
      slug: slugify(meta.headline),
      language: meta.language,
      headline: meta.headline,
      source: { ...template.article.source, originalId: meta.id },
      publishedAt: meta.publishedAt,
      updatedAt: now.toISOString(),
      version: 1,
      buildVersion: BUILD_VERSION,
      contentHash: `bulk-${seed}-${i}`,
      people: names.map((name) => ({ personId: slugify(name), name })),
      events: event ? [{ eventId: event, name: summitTemplate.name }] : [],
      // The names the bulk load gives the people and the summit it creates: current copies, as an import writes them.
      namesCanonical: true,
    };
    return { article, translations: [] };
  }

  function rank(article: Article): Article {
    const profile = profileOf(article);
    const partitions = [...profile.personIds.map((id) => `P${id}`), ...profile.eventIds.map((id) => `E${id}`)];
    const seen = new Map<string, RelatednessProfile>();
    const perEntity = candidatesPerEntity(partitions.length);
    for (const p of partitions) for (const c of (newest.get(p) ?? []).slice(0, perEntity)) seen.set(c.id, c);
    const candidates = [...seen.values()]
      .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))
      .slice(0, MAX_CANDIDATES);
    const related = rankRelated(profile, candidates);
    for (const p of partitions) {
      const list = newest.get(p) ?? [];
      list.unshift(profile);
      newest.set(p, list.slice(0, CANDIDATES_PER_ENTITY));
    }
    return { ...article, related };
  }

  const stats: BulkLoader['stats'] = {
    articles: 0,
    tableBytes: 0,
    indexBytes: 0,
    summaryBytes: 0,
    bodyBytes: 0,
    mentions: new Map(),
  };
  return {
    stats,
    async load(from, to) {
      // Counts are added once per load, not per chunk: one update per person, event and list named.
      const mentions = new Map<string, number>();
      const coverage = new Map<string, number>();
      const lists = new Map<string, number>();
      for (let start = from; start < to; start += CHUNK) {
        const metas = Array.from({ length: Math.min(CHUNK, to - start) }, (_, k) =>
          corpusMeta(seed, start + k, peoplePool),
        );
        await ensurePeople(metas.flatMap((m) => [...m.names, ...(m.summit?.participants ?? [])]));
        const participants = metas.flatMap((m) => m.summit?.participants ?? []);
        if (participants.length) {
          const write: EventWrite = {
            ...summitTemplate,
            participants: [...new Set(participants)].map((name) => ({ personId: slugify(name), name })),
          };
          await deps.events.saveEvent(write);
        }
        const requests: WriteRequest[] = [];
        for (const [k, meta] of metas.entries()) {
          const stored = rank(articleOf(start + k, meta).article);
          const puts = articleItems(stored);
          requests.push(...puts.map((put) => ({ put })));
          for (const p of stored.people) add(mentions, p.personId);
          for (const e of stored.events) add(coverage, e.eventId);
          for (const list of articleLists(stored)) add(lists, list);
          for (const p of stored.people) add(stats.mentions, p.personId);
          stats.articles += 1;
          stats.bodyBytes += bodySize(stored);
          stats.summaryBytes += itemBytes(items.toArticleSummaryItem(stored));
          for (const put of puts) {
            const bytes = itemBytes(put);
            stats.tableBytes += bytes;
            stats.indexBytes += bytes * (Number('GSI1PK' in put) + Number('GSI2PK' in put));
          }
        }
        await batchWrite(table, requests);
      }
      // The real count writers: rank items, the people list, an event's coverage marks and lists.
      await inParallel([...mentions], 64, ([id, count]) => addMentions(table, id, count));
      await inParallel([...coverage], 64, ([id, count]) => addArticles(table, id, count));
      await inParallel([...lists], 64, ([list, count]) => addToCount(table, list, count));
    },
  };
}

/** Every item a real write of a new article (no translations) puts, from the real builders. */
export function articleItems(article: Article): object[] {
  const { articleItem, bodyItems } = checkArticle({ article, translations: [] });
  const kinds = openFlagKinds(article.qualityFlags);
  const summary = edgeSummary(article);
  return [
    articleItem,
    items.toArticleSummaryItem(article),
    ...bodyItems,
    items.toSlugItem(article.id, article.slug, article.language),
    items.toUpdateEntryItem(article),
    ...(kinds.length ? [keys.REVIEW_ALL, ...kinds] : []).map((q) =>
      items.toReviewItem(article.id, q, article.publishedAt),
    ),
    ...article.people.map((p) => ({
      ...items.toMentionItem(article.id, p.personId, article.publishedAt),
      counted: true,
      [EDGE_SUMMARY]: summary,
    })),
    ...article.events.map((e) => ({
      ...items.toCoverageItem(article.id, e.eventId, article.publishedAt),
      counted: true,
      [EDGE_SUMMARY]: summary,
    })),
    ...(article.terms ?? []).map((t) => items.toFilingItem(article.id, t, article.publishedAt)),
  ];
}

const profileOf = (article: Article): RelatednessProfile => ({
  id: article.id,
  publishedAt: article.publishedAt,
  personIds: article.people.map((p) => p.personId),
  eventIds: article.events.map((e) => e.eventId),
});
const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const bodySize = (article: Article) => article.body.join('\n').length;
function nearest(templates: ArticleDocument[], bytes: number): ArticleDocument {
  let best = templates[0] as ArticleDocument;
  for (const t of templates)
    if (Math.abs(bodySize(t.article) - bytes) < Math.abs(bodySize(best.article) - bytes)) best = t;
  return best;
}
/** The corpus has one summit: every summit article covers the event the real builder named. */
const eventIdOf = (template: EventWrite, _summit: NonNullable<CorpusMeta['summit']>) => template.id;

async function inParallel<T>(values: T[], width: number, task: (value: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, values.length) }, async () => {
      while (next < values.length) await task(values[next++] as T);
    }),
  );
}
