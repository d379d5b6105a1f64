import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../src/domain/import-run.js';
import { importInputs } from '../../src/importers/importer.js';
import { fixtureInput } from '../support/fixtures.js';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
let run: ImportRun;
const ARTICLE =
  'query($slug: String!) { article(slug: $slug) { publishedAt dateSource byline authors { name role organisation } qualityFlags { kind paragraph message } } }';

beforeAll(async () => {
  table = await createTestTable('metadata-api');
  const inputs = [
    'ninjs/dpa_text.json',
    'dev-corpus/feeds/rss_0.91_dicas_pt-br_iso8859.xml',
    'seed/north-korea-russia-ties.txt',
  ].map(fixtureInput);
  run = (await importInputs(table, inputs, { source: 'test' })) as ImportRun;
  query = graphqlClient(table);
}, 300_000);
afterAll(() => table.drop());

describe('article metadata over GraphQL', () => {
  it("serves dpa's date as read from the document and its cleaned author beside the raw byline", async () => {
    const { data } = await query(ARTICLE, { slug: 'faktencheck-derby-elfmeter-hat-schiedsrichter-zwayer-recht' });

    expect(run.counts.written).toBe(3);
    expect(data.article).toMatchObject({
      publishedAt: '2019-05-10T14:02:28.000Z',
      dateSource: 'DOCUMENT',
      byline: 'Von Christian Hollmann, dpa',
      authors: [{ name: 'Christian Hollmann', role: null, organisation: 'dpa' }],
    });
  });

  it('serves the feed date of an undated RSS item as FEED, with the flag that says so', async () => {
    const { data } = await query(ARTICLE, { slug: 'bash-expansao-de-parametros' });

    expect(data.article.dateSource).toBe('FEED');
    expect(data.article.publishedAt).toBe('2020-08-13T13:06:56.000Z');
    expect(data.article.qualityFlags).toContainEqual({
      kind: 'DATE_FROM_FEED',
      paragraph: -2,
      message: "it has no date (pubDate, dc:date); the feed's lastBuildDate is used instead",
    });
  });

  it("serves the seed's date as read from its date line", async () => {
    const { data } = await query(ARTICLE, { slug: 'north-korea-wants-to-crash-bilateral-ties-with-russia' });

    expect(data.article).toMatchObject({
      publishedAt: '2024-11-16T00:00:00.000Z',
      dateSource: 'DATELINE',
      authors: [],
    });
  });
});
