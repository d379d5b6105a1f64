import { readFileSync } from 'node:fs';
import type { ArticleDocument } from '../../src/domain/article.js';
import { partialDate } from '../../src/domain/event.js';
import { buildEntry } from '../../src/importers/build-document.js';
import { readSeedText } from '../../src/importers/parsers/seed-text.js';
import { covering, makeArticle, makeEvent, makePerson, mentioning, participants } from './factories.js';
import type { TestTable } from './test-table.js';

export const kim = makePerson('Kim Jong-un', { aliases: ['Kim', 'Kim Jong Un'], description: 'North Korean leader' });
export const putin = makePerson('Vladimir Putin', { aliases: ['Putin'], description: 'President of Russia' });
export const trump = makePerson('Donald Trump', { aliases: ['Trump'], description: 'former US president' });
export const vladivostok = makeEvent('Summit in Vladivostok', {
  kind: 'SUMMIT',
  start: partialDate('2019-04-25', 'DAY'),
  place: { name: 'Vladivostok', country: 'RU' },
  participants: participants(kim, putin),
});
export const hanoi = makeEvent('Summit in Hanoi', {
  kind: 'SUMMIT',
  start: partialDate('2019-02-27', 'DAY'),
  end: partialDate('2019-02-28', 'DAY'),
  place: { name: 'Hanoi', country: 'VN' },
  participants: participants(kim, trump),
});
export const liberation = makeEvent('Liberation anniversary', {
  kind: 'ANNIVERSARY',
  start: partialDate('2022-08-15', 'DAY'),
  participants: participants(kim),
});

/** The seed article as the importer would enrich it: its three people and three events. */
export function seedDocument(): ArticleDocument {
  const importedAt = new Date('2026-11-28T02:00:00Z');
  const seed = buildEntry(
    readSeedText(
      readFileSync(new URL('../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8'),
      importedAt,
    ),
    importedAt,
  ).article as ArticleDocument;
  return {
    ...seed,
    article: {
      ...seed.article,
      people: [{ ...mentioning(kim)[0]!, role: 'the North Korean leader' }, ...mentioning(putin, trump)],
      events: covering(vladivostok, hanoi, liberation),
      // The names as the people and events have them, as an import writes them (name-copies.ts).
      namesCanonical: true,
    },
  };
}

/**
 * Loads people, events, the seed article and `extra` generated articles: each mentions Kim, every
 * second one Putin, every third Trump; every fourth covers the Vladivostok summit.
 */
export async function loadNewsroom(
  table: TestTable,
  extra = 0,
): Promise<{ seed: ArticleDocument; articles: ArticleDocument[] }> {
  for (const person of [kim, putin, trump]) await table.people.savePerson(person);
  for (const event of [vladivostok, hanoi, liberation]) await table.events.saveEvent(event);
  const seed = seedDocument();
  await table.articles.saveArticle(seed);
  const articles: ArticleDocument[] = [];
  for (let i = 0; i < extra; i++) {
    const people = [kim, ...(i % 2 === 0 ? [putin] : []), ...(i % 3 === 0 ? [trump] : [])];
    const document = makeArticle({
      publishedAt: new Date(Date.UTC(2023, 0, 1) + i * 86_400_000).toISOString(),
      people: mentioning(...people),
      events: i % 4 === 0 ? covering(vladivostok) : [],
    });
    document.article.namesCanonical = true;
    await table.articles.saveArticle(document);
    articles.push(document);
  }
  return { seed, articles };
}
