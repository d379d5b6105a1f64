import type { Article } from '../domain/article.js';
import type { Resolution } from '../domain/editorial.js';
import { batchGetItems } from './batch-get.js';
import { inBatches } from './in-batches.js';
import * as keys from './keys.js';
import { moveCoverage, moveMention, readLinks } from './link-moves.js';
import { resolveIds } from './redirects.js';
import type { Table } from './table.js';

type Links = Pick<Article, 'people' | 'events' | 'version'>;

/**
 * Merges and deletes find an article's links through the index (pattern 28), which an unpublished
 * article has left: a person or event merged or deleted meanwhile is still named by it. On republish
 * each named id is resolved through its redirect (one BatchGetItem, usually empty) and the link moved
 * to the survivor, or removed for a deleted id, as the merge itself would have done. Returns the
 * article with the links (and version) it now has.
 */
export async function followRedirects<T extends Article>(table: Table, article: T): Promise<T> {
  const [people, events] = await Promise.all([
    resolveIds(
      table,
      'Person',
      article.people.map((p) => p.personId),
    ),
    resolveIds(
      table,
      'Event',
      article.events.map((e) => e.eventId),
    ),
  ]);
  if (people.size === 0 && events.size === 0) return article;
  const names = await survivorNames(table, people, events);
  const edge = (id: string) => ({ articleId: article.id, publishedAt: article.publishedAt, personId: id, eventId: id });
  await inBatches([...people], ([id, lead]) => {
    const to = 'to' in lead ? names.get(keys.personPartition(lead.to)) : undefined;
    // A survivor that no longer exists (and is not tombstoned) is left for an editor: nothing to move to.
    if ('to' in lead && !to) return Promise.resolve();
    return moveMention(table, edge(id), to && { id: to.id, name: to.name });
  });
  await inBatches([...events], ([id, lead]) => {
    const to = 'to' in lead ? names.get(keys.eventPartition(lead.to)) : undefined;
    if ('to' in lead && !to) return Promise.resolve();
    return moveCoverage(table, edge(id), to && { id: to.id, name: to.name });
  });
  return { ...article, ...(await linksOf(table, article.id)) };
}

/** The survivors' items (for the name a link carries), by partition key: one BatchGetItem. */
async function survivorNames(
  table: Table,
  people: Map<string, Resolution>,
  events: Map<string, Resolution>,
): Promise<Map<string, { id: string; name: string }>> {
  const targets = (resolutions: Map<string, Resolution>) =>
    [...resolutions.values()].flatMap((lead) => ('to' in lead ? [lead.to] : []));
  const found = await batchGetItems(
    table,
    [...targets(people).map(keys.personKey), ...targets(events).map(keys.eventKey)],
    { consistent: true },
  );
  return new Map(found.map((item) => [String(item.PK), { id: String(item.id), name: String(item.name) }]));
}

async function linksOf(table: Table, articleId: string): Promise<Partial<Links>> {
  const Item = await readLinks(table, articleId);
  return Item ? { people: Item.people, events: Item.events, version: Item.version } : {};
}
