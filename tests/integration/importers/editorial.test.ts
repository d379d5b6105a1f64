import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArticleEditor } from '../../../src/domain/article-editor.js';
import type { ImportRun } from '../../../src/domain/import-run.js';
import { importInputs } from '../../../src/importers/importer.js';
import type { RawInput } from '../../../src/importers/raw-input.js';
import { textInput } from '../../support/fixtures.js';
import { graphqlClient } from '../../support/graphql-client.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
let editor: ArticleEditor;
let seedId: string;
let noteId: string;

const seedText = readFileSync(new URL('../../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8');
const seed = (text = seedText) => textInput('seed.txt', text);
const note = (headline: string, body = 'The city council approved the tram line on a vote of 31 to 12.') =>
  textInput('note.txt', `Id: desk-note-7\n\nTuesday, March 4, 2025\n\n${headline}\n\n${body}\n`);
const run = async (input: RawInput) => (await importInputs(table, [input], { source: 'test' })) as ImportRun;
const operator = async (source: string, variables: Record<string, unknown> = {}) => {
  const answer = await query(source, variables, {}, true);
  expect(answer.errors).toBeUndefined();
  return answer.data;
};
const queue = async (kind?: string) =>
  (
    await operator(
      'query ($kind: QualityFlagKind) { qualityReview(kind: $kind, first: 10) { edges { node { id } } } }',
      {
        kind,
      },
    )
  ).qualityReview.edges.map((edge: { node: { id: string } }) => edge.node.id);
const flagsOf = async (id: string) =>
  (
    await operator(
      'query ($id: ID!) { article(id: $id) { qualityFlags { id kind text } dismissedQualityFlags { id dismissal { by note } } } }',
      { id },
    )
  ).article;
const globalId = (id: string) => Buffer.from(`Article:${id}`).toString('base64');

beforeAll(async () => {
  table = await createTestTable('editorial');
  query = graphqlClient(table);
  editor = new ArticleEditor(table);
  seedId = globalId((await run(seed())).documents[0]?.articleId as string);
  noteId = globalId((await run(note('Council approves the new tram line'))).documents[0]?.articleId as string);
}, 180_000);
afterAll(() => table.drop());

describe('the quality review queue', () => {
  it('lists exactly the articles with open flags, and each kind queue those with that kind open', async () => {
    expect(await queue()).toEqual([seedId]);
    expect(await queue('IMPLAUSIBLE_YEAR')).toEqual([seedId]);
    expect(await queue('LANGUAGE_MISMATCH')).toEqual([]);
    expect((await flagsOf(seedId)).qualityFlags.map((f: { kind: string }) => f.kind)).toEqual([
      'FOREIGN_FRAGMENT',
      'IMPLAUSIBLE_YEAR',
      'DOUBLED_PHRASE',
      'IMPLAUSIBLE_YEAR',
    ]);
  });

  it('takes an article off a kind queue when its flags of that kind are dismissed, and off the queue with the last', async () => {
    const id = Buffer.from(seedId, 'base64').toString().slice('Article:'.length);
    const flags = (await flagsOf(seedId)).qualityFlags as { id: string; kind: string }[];
    const years = flags.filter((f) => f.kind === 'IMPLAUSIBLE_YEAR');
    for (const flag of years) await editor.dismissQualityFlag(id, flag.id, 'the source says 1200; checked', 'ed@desk');

    expect(await queue('IMPLAUSIBLE_YEAR')).toEqual([]);
    expect(await queue()).toEqual([seedId]);

    for (const flag of flags.filter((f) => f.kind !== 'IMPLAUSIBLE_YEAR'))
      await editor.dismissQualityFlag(id, flag.id, 'reviewed', 'ed@desk');

    expect(await queue()).toEqual([]);
    const after = await flagsOf(seedId);
    expect(after.qualityFlags).toEqual([]);
    expect(after.dismissedQualityFlags).toHaveLength(4);
    expect(after.dismissedQualityFlags[1]).toEqual({
      id: years[0]?.id,
      dismissal: { by: 'ed@desk', note: 'the source says 1200; checked' },
    });
  });

  it('keeps dismissed flags dismissed when a changed source is imported again', async () => {
    const changed = seedText.replace('according to the Pyongyang state media', 'according to state media');
    const result = await run(seed(changed));

    expect(result.documents[0]?.outcome).toBe('WRITTEN');
    expect(await queue()).toEqual([]);
    expect((await flagsOf(seedId)).dismissedQualityFlags).toHaveLength(4);
  });
});

describe('corrections', () => {
  const corrected = 'City council approves the new tram line';
  const articleOf = async (id: string) =>
    (
      await operator(
        `query ($id: ID!) { article(id: $id) { headline slug body version people { id }
           corrections { date note fields } pendingSourceChanges { field value seenAt } } }`,
        { id },
      )
    ).article;
  const rawId = (id: string) => Buffer.from(id, 'base64').toString().slice('Article:'.length);

  it('corrects a headline: a new slug, the old one still resolving, a dated public note', async () => {
    await editor.correct(
      rawId(noteId),
      { fields: new Map([['headline', corrected]]), addPeople: ['kim-jong-un'] },
      'An earlier version of this headline left out the city.',
      'ed@desk',
    );

    const article = await articleOf(noteId);
    expect(article).toMatchObject({
      headline: corrected,
      slug: 'city-council-approves-the-new-tram-line',
      people: [{ id: expect.any(String) }],
      corrections: [
        {
          date: expect.any(String),
          note: 'An earlier version of this headline left out the city.',
          fields: ['headline', 'people'],
        },
      ],
      pendingSourceChanges: [],
    });
    const { data } = await query(
      '{ article(slug: "council-approves-the-new-tram-line") { id headline corrections { note } } }',
    );
    expect(data.article).toEqual({
      id: noteId,
      headline: corrected,
      corrections: [{ note: 'An earlier version of this headline left out the city.' }],
    });
  });

  it('keeps the correction when the unchanged source is imported again, with nothing pending', async () => {
    const result = await run(note('Council approves the new tram line'));

    expect(result.documents[0]?.outcome).toBe('UNCHANGED');
    expect(await articleOf(noteId)).toMatchObject({ headline: corrected, pendingSourceChanges: [] });
  });

  it("keeps the correction when the source changes the corrected field, holding the source's value as pending", async () => {
    const result = await run(note('Council approves tram line', 'The council approved the tram line, 31 to 12.'));

    expect(result.documents[0]?.outcome).toBe('WRITTEN');
    const article = await articleOf(noteId);
    expect(article).toMatchObject({
      headline: corrected,
      body: ['The council approved the tram line, 31 to 12.'],
      people: [{ id: expect.any(String) }],
      pendingSourceChanges: [{ field: 'headline', value: 'Council approves tram line', seenAt: expect.any(String) }],
    });
  });

  it("applies the source's value when an editor accepts the pending change, and follows the source again", async () => {
    await editor.acceptSourceChange(rawId(noteId), 'headline');

    expect(await articleOf(noteId)).toMatchObject({ headline: 'Council approves tram line', pendingSourceChanges: [] });
    await run(note('Council approves the tram line', 'The council approved the tram line, 31 to 12.'));
    expect(await articleOf(noteId)).toMatchObject({
      headline: 'Council approves the tram line',
      pendingSourceChanges: [],
    });
  });
});
