import { readFileSync } from 'node:fs';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../src/domain/import-run.js';
import { importInputs } from '../../src/importers/importer.js';
import type { RawInput } from '../../src/importers/raw-input.js';
import { covering, makeArticle, makeEvent, makePerson, mentioning, participants } from '../support/factories.js';
import { textInput } from '../support/fixtures.js';
import { readme } from '../support/readme.js';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
let seedId: string;
let noteId: string;

const seedText = readFileSync(new URL('../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8');
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
const globalId = (id: string) => encodeGlobalID('Article', id);
const dismiss = (articleId: string, flagId: string, note: string) =>
  operator(
    'mutation ($a: ID!, $f: ID!, $n: String!) { dismissQualityFlag(articleId: $a, flagId: $f, note: $n) { id } }',
    { a: articleId, f: flagId, n: note },
  );
const auditOf = async (id: string) =>
  (
    await operator(
      'query ($id: ID!) { auditLog(entityId: $id, first: 10) { edges { node { operation actor reason before after } } } }',
      { id },
    )
  ).auditLog.edges.map((edge: { node: unknown }) => edge.node);

beforeAll(async () => {
  table = await createTestTable('editorial');
  query = graphqlClient(table);
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
    const flags = (await flagsOf(seedId)).qualityFlags as { id: string; kind: string }[];
    const years = flags.filter((f) => f.kind === 'IMPLAUSIBLE_YEAR');
    for (const flag of years) await dismiss(seedId, flag.id, 'the source says 1200; checked');

    expect(await queue('IMPLAUSIBLE_YEAR')).toEqual([]);
    expect(await queue()).toEqual([seedId]);

    for (const flag of flags.filter((f) => f.kind !== 'IMPLAUSIBLE_YEAR')) await dismiss(seedId, flag.id, 'reviewed');

    expect(await queue()).toEqual([]);
    const after = await flagsOf(seedId);
    expect(after.qualityFlags).toEqual([]);
    expect(after.dismissedQualityFlags).toHaveLength(4);
    expect(after.dismissedQualityFlags[1]).toEqual({
      id: years[0]?.id,
      dismissal: { by: 'local operator', note: 'the source says 1200; checked' },
    });
    const [latest] = await auditOf(seedId);
    expect(latest).toMatchObject({ operation: 'dismissQualityFlag', actor: 'local operator', reason: 'reviewed' });
    expect(JSON.parse(latest.after).qualityFlags.filter((f: { dismissal?: unknown }) => f.dismissal)).toHaveLength(4);
  });

  it('refuses a dismissal without a note, of an unknown flag, or of a flag dismissed already', async () => {
    const [dismissed] = (await flagsOf(seedId)).dismissedQualityFlags as { id: string }[];
    const codes = [];
    for (const [flagId, note] of [
      [dismissed?.id, '  '],
      ['no-such-flag', 'reviewed'],
      [dismissed?.id, 'again'],
    ]) {
      const answer = await query(
        'mutation ($a: ID!, $f: ID!, $n: String!) { dismissQualityFlag(articleId: $a, flagId: $f, note: $n) { id } }',
        { a: seedId, f: flagId, n: note },
        {},
        true,
      );
      codes.push(answer.errors?.[0]?.extensions?.code);
    }

    expect(codes).toEqual(['BAD_USER_INPUT', 'NOT_FOUND', 'BAD_USER_INPUT']);
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
  const correct = (id: string, input: Record<string, unknown>, note: string) =>
    operator(
      'mutation ($id: ID!, $input: ArticleCorrectionInput!, $note: String!) { correctArticle(id: $id, input: $input, note: $note) { id version } }',
      { id, input, note },
    );

  it('corrects a headline: a new slug, the old one still resolving, a dated public note', async () => {
    await correct(
      noteId,
      { headline: corrected, addPeople: ['kim-jong-un'] },
      'An earlier version of this headline left out the city.',
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
    await operator('mutation ($id: ID!) { acceptSourceChange(articleId: $id, field: "headline") { id } }', {
      id: noteId,
    });

    expect(await articleOf(noteId)).toMatchObject({ headline: 'Council approves tram line', pendingSourceChanges: [] });
    await run(note('Council approves the tram line', 'The council approved the tram line, 31 to 12.'));
    expect(await articleOf(noteId)).toMatchObject({
      headline: 'Council approves the tram line',
      pendingSourceChanges: [],
    });
  });

  it('records the correction in the audit log with the changed values before and after', async () => {
    const entries = await auditOf(noteId);
    const correction = entries.find((e: { operation: string }) => e.operation === 'correctArticle');

    expect(correction).toMatchObject({
      actor: 'local operator',
      reason: 'An earlier version of this headline left out the city.',
    });
    expect(JSON.parse(correction.before)).toMatchObject({ headline: 'Council approves the new tram line' });
    expect(JSON.parse(correction.after)).toMatchObject({
      headline: corrected,
      slug: 'city-council-approves-the-new-tram-line',
    });
  });

  it('corrects a date, a translation and the lead image and removes a person; a changed source leaves them standing', async () => {
    const fields = 'publishedAt dateSource image { url caption } translations { language headline } people { id }';
    const read = async () =>
      (await operator(`query ($id: ID!) { article(id: $id) { ${fields} } }`, { id: seedId })).article;
    const [first, ...others] = (await read()).people.map((p: { id: string }) => p.id);
    const image = { url: 'https://images.example/summit.jpg', caption: 'The 2019 summit' };
    const spanish = 'Corea del Norte desea estrechar lazos bilaterales con Rusia';

    await correct(
      seedId,
      {
        publishedAt: '2024-11-15T00:00:00Z',
        image,
        translations: [{ language: 'es', headline: spanish }],
        removePeople: [first],
      },
      'An earlier version gave the wrong date and a garbled Spanish headline.',
    );
    await run(seed(seedText.replace('Kim noted that', 'Kim also noted that')));

    expect(await read()).toEqual({
      publishedAt: '2024-11-15T00:00:00.000Z',
      dateSource: 'EDITOR',
      image: { url: 'https://images.example/summit.jpg', caption: 'The 2019 summit' },
      translations: [{ language: 'es', headline: spanish }],
      people: others.map((id: string) => ({ id })),
    });
  });

  it('refuses a correction without a note or with nothing to change, and a removal of the headline', async () => {
    const codes = [];
    for (const [input, note] of [
      [{ headline: 'Council approves the tram line' }, ' '],
      [{ headline: 'Council approves the tram line' }, 'no change'],
      [{ headline: null }, 'removed'],
    ] as const) {
      const answer = await query(
        'mutation ($id: ID!, $input: ArticleCorrectionInput!, $note: String!) { correctArticle(id: $id, input: $input, note: $note) { id } }',
        { id: noteId, input, note },
        {},
        true,
      );
      codes.push(answer.errors?.[0]?.extensions?.code);
    }

    expect(codes).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
  });
});

describe('the README\'s "Editing content" examples', () => {
  it('run as written on the seed: review, dismiss, correct, read pending changes, accept (nothing pending)', async () => {
    const own = await createTestTable('editing-readme');
    try {
      const ask = graphqlClient(own);
      const imported = (await importInputs(own, [seed()], { source: 'test' })) as ImportRun;
      const articleId = globalId(imported.documents[0]?.articleId as string);
      const section =
        readme().split('### Quality review and corrections')[1]?.split('\n## ')[0]?.split('\n### ')[0] ?? '';
      const bodies = [...section.matchAll(/-d '(\{.*\})'/g)]
        .map((m) => m[1] as string)
        .filter((b) => !/importRun/.test(b));
      const answers = [];
      for (const body of bodies) {
        const flag = answers[0]?.data?.qualityReview?.edges[0]?.node?.qualityFlags[0]?.id ?? '';
        const { query: source, variables } = JSON.parse(
          body.replaceAll('<article id>', articleId).replaceAll('<flag id>', flag),
        );
        answers.push(await ask(source, variables, {}, true));
      }

      expect(answers.map((a) => a.errors?.[0]?.extensions?.code ?? 'OK')).toEqual([
        'OK',
        'OK',
        'OK',
        'OK',
        'NOT_FOUND',
      ]);
      expect(answers[2]?.data.correctArticle).toMatchObject({
        headline: 'North Korea wants to deepen bilateral ties with Russia',
        slug: 'north-korea-wants-to-deepen-bilateral-ties-with-russia',
        corrections: [{ note: 'An earlier version of this article misstated its headline.' }],
      });
    } finally {
      await own.drop();
    }
  });
});

describe('people and events after a merge or a rename, on the public API', () => {
  const [ines, inesDup] = [makePerson('Ines Arrimadas'), makePerson('I. Arrimadas')];
  const [forum, forumDup] = [
    makeEvent('Madrid forum', { participants: participants(ines) }),
    makeEvent('Forum in Madrid', { participants: participants(inesDup) }),
  ];
  const doc = makeArticle({ people: mentioning(inesDup), events: covering(forumDup) });
  const articleId = globalId(doc.article.id);
  const personId = (id: string) => encodeGlobalID('Person', id);
  const eventId = (id: string) => encodeGlobalID('Event', id);

  beforeAll(async () => {
    await Promise.all([ines, inesDup].map((p) => table.people.savePerson(p)));
    for (const event of [forum, forumDup]) await table.events.saveEvent(event);
    await table.articles.saveArticle(doc);
    await operator(`mutation { mergePeople(into: "${ines.id}", from: "${inesDup.id}") { complete } }`);
    await operator(`mutation { mergeEvents(into: "${forum.id}", from: "${forumDup.id}") { complete } }`);
  }, 60_000);

  it('answers node and nodes for a merged id with the survivor', async () => {
    const { data } = await query(
      `query ($p: ID!, $e: ID!) {
        person: node(id: $p) { id ... on Person { name } }
        event: node(id: $e) { id ... on Event { name } }
        nodes(ids: [$p, $e]) { id }
      }`,
      { p: personId(inesDup.id), e: eventId(forumDup.id) },
    );

    expect(data).toEqual({
      person: { id: personId(ines.id), name: 'Ines Arrimadas' },
      event: { id: eventId(forum.id), name: 'Madrid forum' },
      nodes: [{ id: personId(ines.id) }, { id: eventId(forum.id) }],
    });
    expect((await query(`{ node(id: "${personId('nobody-here')}") { id } }`)).data.node).toBeNull();
  });

  it('shows a renamed person and event under the new names in every public read', async () => {
    await operator(`mutation { updatePerson(id: "${ines.id}", input: { name: "Inés Arrimadas García" }) { id } }`);
    await operator(`mutation { updateEvent(id: "${forum.id}", input: { name: "Madrid Economic Forum" }) { id } }`);

    const { data, errors } = await query(
      `query ($id: ID!) {
        article(id: $id) { people { name } mentions { person { name } } events { name } }
        feed: articles(first: 50) { edges { node { id people { name } events { name } } } }
        person(slug: "${ines.id}") { name events(first: 5) { edges { node { name } } } }
        event(slug: "${forum.id}") { name participants(first: 5) { edges { node { name } } } }
        events(first: 50) { edges { node { id name } } }
      }`,
      { id: articleId },
    );

    expect(errors).toBeUndefined();
    const newPerson = { name: 'Inés Arrimadas García' };
    const newEvent = { name: 'Madrid Economic Forum' };
    expect(data.article).toEqual({ people: [newPerson], mentions: [{ person: newPerson }], events: [newEvent] });
    const inFeed = data.feed.edges.find((e: { node: { id: string } }) => e.node.id === articleId)?.node;
    expect(inFeed).toEqual({ id: articleId, people: [newPerson], events: [newEvent] });
    expect(data.person).toEqual({ ...newPerson, events: { edges: [{ node: newEvent }] } });
    expect(data.event).toEqual({ ...newEvent, participants: { edges: [{ node: newPerson }] } });
    const listed = data.events.edges.find((e: { node: { id: string } }) => e.node.id === eventId(forum.id))?.node;
    expect(listed).toEqual({ id: eventId(forum.id), ...newEvent });
  });
});
