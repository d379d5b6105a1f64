import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../../src/domain/import-run.js';
import type { Term } from '../../../src/domain/taxonomy.js';
import { importInputs } from '../../../src/importers/importer.js';
import { fixtureInput } from '../../support/fixtures.js';
import { graphqlClient } from '../../support/graphql-client.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
let first: ImportRun;
const importFixtures = async () =>
  (await importInputs(table, [fixtureInput('feeds/guardian.rss'), fixtureInput('ninjs/tt_text_image_3.json')], {
    source: 'taxonomy',
  })) as ImportRun;
const ids = (connection: { edges: { node: { id: string } }[] }) => connection.edges.map((e) => e.node.id);

beforeAll(async () => {
  table = await createTestTable('taxonomy-import');
  first = await importFixtures();
  query = graphqlClient(table);
}, 180_000);
afterAll(() => table.drop());

describe('importing taxonomies', () => {
  it("lists under the Guardian's US news section exactly the 29 items tagged us-news/us-news", async () => {
    const { data } = await query(
      '{ section(slug: "us-news") { name code articles(first: 100) { edges { node { id taxonomy { sections { slug } } } } } } }',
    );

    expect(data.section.name).toBe('US news');
    expect(data.section.code).toBe('us-news');
    expect(data.section.articles.edges).toHaveLength(29);
    for (const { node } of data.section.articles.edges)
      expect(node.taxonomy.sections.map((s: { slug: string }) => s.slug)).toContain('us-news');
  });

  it('finds the same articles through articles(filter: { section })', async () => {
    const bySection = await query('{ section(slug: "world") { articles(first: 100) { edges { node { id } } } } }');
    const byFilter = await query('{ articles(first: 100, filter: { section: "world" }) { edges { node { id } } } }');

    expect(ids(byFilter.data.articles)).toEqual(ids(bySection.data.section.articles));
    expect(ids(byFilter.data.articles)).toHaveLength(17);
  });

  it('keeps a ninjs subject code and a place from the TT document', async () => {
    const { data } = await query(
      '{ subject(slug: "krig-konflikter-och-oroligheter") { code scheme names { language name } articles { edges { node { headline } } } } place(slug: "gotland") { name } }',
    );

    expect(data.subject).toMatchObject({ code: '16000000', scheme: 'http://tt.se/spec/subref/1.0/' });
    expect(data.subject.articles.edges).toHaveLength(1);
    expect(data.place).toEqual({ name: 'Gotland' });
  });

  it('lists the TT document under its genre, through genre(slug:) and articles(filter: { genre })', async () => {
    const { data } = await query(
      '{ genre(slug: "inrikes") { name code scheme articles { edges { node { id taxonomy { genres { slug } } } } } } articles(filter: { genre: "inrikes" }) { edges { node { id } } } }',
    );

    expect(data.genre).toMatchObject({ name: 'Inrikes', code: 'INR', scheme: 'http://tt.se/spec/sector/1.0/' });
    expect(data.genre.articles.edges).toHaveLength(1);
    expect(data.genre.articles.edges[0].node.taxonomy.genres).toEqual([{ slug: 'inrikes' }]);
    expect(ids(data.articles)).toEqual(ids(data.genre.articles));
  });

  it('writes nothing again when the same files are imported a second time', async () => {
    const before = (await table.entities.getMany([{ type: 'Section', id: 'us-news' }])).get('Section:us-news') as Term;

    const second = await importFixtures();
    const after = (await table.entities.getMany([{ type: 'Section', id: 'us-news' }])).get('Section:us-news') as Term;

    expect(first.counts.written).toBeGreaterThan(50);
    expect(second.counts.written).toBe(0);
    expect(after.updatedAt).toBe(before.updatedAt);
  });
});
