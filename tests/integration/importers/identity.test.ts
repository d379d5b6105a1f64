import { readFileSync } from 'node:fs';
import { DeleteCommand, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.js';
import type { ImportRun } from '../../../src/domain/import-run.js';
import { BUILD_VERSION } from '../../../src/importers/build-version.js';
import { importInputs } from '../../../src/importers/importer.js';
import { articleKey, articleSummaryKey } from '../../../src/storage/keys.js';
import type { RawInput } from '../../../src/importers/raw-input.js';
import { textInput } from '../../support/fixtures.js';
import { isRunRecord, snapshot } from '../../support/table-snapshot.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('identity');
});
afterAll(() => table.drop());

const fixtureText = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url), 'utf8');
const run = async (...inputs: RawInput[]) => (await importInputs(table, inputs, { source: 'identity' })) as ImportRun;
const article = async (id: string) =>
  (await table.entities.getMany([{ type: 'Article', id }])).get(`Article:${id}`) as Article;

// dpa_text.json is version 2; an older version 1 of the same uri, with another headline.
const dpaV2 = textInput('dpa-v2.json', fixtureText('ninjs/dpa_text.json'));
const dpaV1 = textInput(
  'dpa-v1.json',
  fixtureText('ninjs/dpa_text.json')
    .replace('"version": "2"', '"version": "1"')
    .replace('"versionCreated": "2019-05-10T16:02:28+02:00"', '"versionCreated": "2019-05-10T15:00:00+02:00"')
    .replace('Faktencheck Derby-Elfmeter', 'Erste Fassung'),
);
// tt_text_image_3.json is version 1; a newer version 2 of it, with another headline.
const ttV1 = textInput('tt-v1.json', fixtureText('ninjs/tt_text_image_3.json'));
const ttV2 = textInput(
  'tt-v2.json',
  fixtureText('ninjs/tt_text_image_3.json')
    .replace('"version": "1"', '"version": "2"')
    .replace('"versionCreated": "2021-05-26T13:40:18+02:00"', '"versionCreated": "2021-05-27T08:00:00+02:00"')
    .replace('Militärövning i jätteformat hålls 2023', 'Militärövning i jätteformat hålls 2023 (uppdaterad)'),
);

describe('ninjs versions', () => {
  it('never lets an older version overwrite a newer one, recording it as superseded', async () => {
    const first = await run(dpaV2, dpaV1);
    const id = first.documents[0]!.articleId!;

    expect(first.documents.map((d) => [d.outcome, d.reason])).toEqual([
      ['WRITTEN', undefined],
      [
        'UNCHANGED',
        'superseded: this is version 1 of 2019-05-10T13:00:00.000Z, the article already holds version 2 of 2019-05-10T14:02:28.000Z',
      ],
    ]);
    expect((await article(id)).headline).toMatch(/^Faktencheck Derby-Elfmeter/);
  });

  it('lets a newer version replace the older one', async () => {
    const first = await run(ttV1);
    const second = await run(ttV2);
    const id = second.documents[0]!.articleId!;

    expect([first.documents[0]?.outcome, second.documents[0]?.outcome]).toEqual(['WRITTEN', 'WRITTEN']);
    expect(first.documents[0]?.articleId).toBe(id);
    expect(await article(id)).toMatchObject({
      headline: 'Militärövning i jätteformat hålls 2023 (uppdaterad)',
      slug: 'militarovning-i-jatteformat-halls-2023-uppdaterad',
      version: 2,
    });
    expect(await table.articles.findBySlug('militarovning-i-jatteformat-halls-2023')).toEqual([
      { articleId: id, language: 'sv' },
    ]);
  });

  it('writes nothing when every version is imported again, in any order', async () => {
    const before = await snapshot(table, isRunRecord);

    const again = await run(dpaV1, ttV1, dpaV2, ttV2);

    expect(again.counts).toMatchObject({ written: 0, unchanged: 4 });
    expect(await snapshot(table, isRunRecord)).toEqual(before);
  });
});

describe('an article stored by an older build', () => {
  const summary = async (id: string) =>
    (await table.client.send(new GetCommand({ TableName: table.tableName, Key: articleSummaryKey(id) }))).Item;

  it('is rewritten once by the next import of its unchanged source, which restores the items it lacks', async () => {
    const id = (await run(dpaV2)).documents[0]!.articleId!;
    const stored = await article(id);
    // What a deployed table holds from before the feed summaries: no build version, no summary item.
    await table.client.send(
      new UpdateCommand({ TableName: table.tableName, Key: articleKey(id), UpdateExpression: 'REMOVE buildVersion' }),
    );
    await table.client.send(new DeleteCommand({ TableName: table.tableName, Key: articleSummaryKey(id) }));

    const refreshed = await run(dpaV2);
    const again = await run(dpaV2);

    expect(stored.buildVersion).toBe(BUILD_VERSION);
    expect(refreshed.documents.map((d) => d.outcome)).toEqual(['WRITTEN']);
    expect(await article(id)).toMatchObject({
      headline: stored.headline,
      version: stored.version + 1,
      buildVersion: BUILD_VERSION,
    });
    expect(await summary(id)).toMatchObject({ type: 'ArticleSummary', headline: stored.headline });
    expect(again.documents.map((d) => d.outcome)).toEqual(['UNCHANGED']);
  });
});

describe('one story behind two links', () => {
  const story = 'https://www1.folha.uol.com.br/poder/2023/12/x.shtml';
  const item = (link: string, title: string) =>
    `<item><title>${title}</title><link>${link}</link><description>Texto.</description><pubDate>Sat, 16 Dec 2023 14:02:33 -0300</pubDate></item>`;
  const feed = textInput(
    'folha.xml',
    `<rss version="2.0"><channel><title>Folha</title><link>https://www.folha.uol.com.br/</link>${item(story, 'Uma história')}${item(`https://redir.folha.com.br/redir/online/poder/rss091/*${story}`, 'Uma história (repetida)')}</channel></rss>`,
  );

  it('imports the same link, once wrapped in a redirect, as one article', async () => {
    const result = await run(feed);

    expect(result.documents).toEqual([
      expect.objectContaining({ document: 'folha.xml#1', outcome: 'WRITTEN' }),
      { document: 'folha.xml#2', outcome: 'UNCHANGED', reason: `the same story as item #1 (${story})` },
    ]);
    expect((await article(result.documents[0]!.articleId!)).source?.url).toBe(story);
  });

  it('writes nothing the second time', async () => {
    const again = await run(feed);

    expect(again.counts).toMatchObject({ written: 0, unchanged: 2 });
  });
});
