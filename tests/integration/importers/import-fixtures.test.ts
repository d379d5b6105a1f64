import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.js';
import { pickRendition } from '../../../src/domain/image.js';
import type { ImportRun } from '../../../src/domain/import-run.js';
import type { NewsEvent } from '../../../src/domain/event.js';
import { loadSampleContent } from '../../../src/local/sample-content.js';
import { importInputs } from '../../../src/importers/importer.js';
import { textInput } from '../../support/fixtures.js';
import { isRunRecord, snapshot } from '../../support/table-snapshot.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
let run: ImportRun;

beforeAll(async () => {
  table = await createTestTable('fixtures');
  run = (await loadSampleContent(table)) as ImportRun;
}, 120_000);
afterAll(() => table.drop());

async function articleFromSlug(slug: string): Promise<Article> {
  const [match] = await table.articles.findBySlug(slug);
  return (await table.entities.getMany([{ type: 'Article', id: match!.articleId }])).get(
    `Article:${match!.articleId}`,
  ) as Article;
}

describe('importing every fixture', () => {
  it('accounts for every document: in = written + unchanged + rejected', () => {
    expect(run.status).toBe('SUCCEEDED');
    expect(run.counts).toEqual({ documents: 92, written: 91, unchanged: 1, rejected: 0, queued: 0 });
  });

  it("imports the UOL story listed twice (once behind Folha's redirect) as one article", () => {
    const story =
      'https://www1.folha.uol.com.br/poder/2018/09/match-eleitoral-ja-soma-mais-de-500-mil-testes-completos-ache-seu-candidato.shtml';

    expect(run.documents.find((d) => d.document.endsWith('uolNoticias.rss#10'))).toEqual({
      document: expect.stringMatching(/uolNoticias\.rss#10$/),
      outcome: 'UNCHANGED',
      reason: `the same story as item #9 (${story})`,
    });
  });

  it('gives the seed article exactly its three people', async () => {
    const seed = await articleFromSlug('north-korea-wants-to-crash-bilateral-ties-with-russia');

    expect(seed.people).toEqual([
      { personId: 'kim-jong-un', name: 'Kim Jong-un', role: 'The North Korean leader' },
      { personId: 'vladimir-putin', name: 'Vladimir Putin', role: 'the president of this country' },
      { personId: 'donald-trump', name: 'Donald Trump', role: 'the former US president' },
    ]);
    expect(seed.translations).toEqual([
      expect.objectContaining({
        language: 'es',
        headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia',
      }),
    ]);
    expect(seed.qualityFlags?.map((f) => f.kind).sort()).toEqual([
      'DOUBLED_PHRASE',
      'FOREIGN_FRAGMENT',
      'IMPLAUSIBLE_YEAR',
      'IMPLAUSIBLE_YEAR',
    ]);
  });

  it('stores the Vladivostok and Hanoi summits with place and participants', async () => {
    const seed = await articleFromSlug('north-korea-wants-to-crash-bilateral-ties-with-russia');
    const events = await table.entities.getMany(seed.events.map((e) => ({ type: 'Event' as const, id: e.eventId })));
    const byName = new Map([...events.values()].map((e) => [(e as NewsEvent).name, e as NewsEvent]));

    const participantsOf = async (name: string) =>
      (await table.events.listParticipants(byName.get(name)?.id as string, { first: 10 })).edges.map(
        (edge) => edge.node,
      );

    expect(byName.get('Summit in Vladivostok')).toMatchObject({
      kind: 'SUMMIT',
      place: { name: 'Vladivostok' },
      participantCount: 2,
    });
    expect(byName.get('Summit in Hanoi')).toMatchObject({
      kind: 'SUMMIT',
      place: { name: 'Hanoi' },
      participantCount: 2,
    });
    expect(await participantsOf('Summit in Vladivostok')).toEqual([
      { personId: 'kim-jong-un', name: 'Kim Jong-un' },
      { personId: 'vladimir-putin', name: 'Vladimir Putin' },
    ]);
    expect(await participantsOf('Summit in Hanoi')).toEqual([
      { personId: 'donald-trump', name: 'Donald Trump' },
      { personId: 'kim-jong-un', name: 'Kim Jong-un' },
    ]);
  });

  it('gives ninjs 005 the people the document labels first, then those its text names, and exactly its organisations and places', async () => {
    const article = await articleFromSlug('captain-of-wrecked-cruise-ship-on-trial-in-italy');

    // The role phrase comes from the text ("The sole defendant, Francesco Schettino"); the person from the labels.
    expect(article.people).toEqual([
      { personId: 'francesco-schettino', name: 'Francesco Schettino', role: 'The sole defendant' },
      { personId: 'domenico-pepe', name: 'Domenico Pepe' },
    ]);
    expect(article.organisations).toEqual(['Costa Crociere SpA']);
    expect(article.places).toEqual(['Grossetto', 'Tuscany', 'Italy']);
  });

  it('links the same person across sources: Donald Trump from the seed text and from Guardian categories', async () => {
    const trump = await table.people.getWithEvents('donald-trump');
    const articles = await table.articles.listArticles({ personId: 'donald-trump' }, { first: 100 });

    expect(trump?.person.aliases).toEqual(['Trump']);
    expect(articles.edges.length).toBe(trump?.person.mentionCount);
    expect(articles.edges.length).toBeGreaterThan(1);
  });

  it('imports the ninjs event as an event', async () => {
    const events = await table.events.listEvents({ from: '2023', to: '2023' }, { first: 10 });

    expect(events.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        name: '2023 NATO Summit Press Conference',
        kind: 'SUMMIT',
        start: { value: '2023-07-11', precision: 'DAY' },
      }),
    ]);
  });

  it('stores where each publication date was read: the seed by its date line, feed items by their own date', async () => {
    const seed = await articleFromSlug('north-korea-wants-to-crash-bilateral-ties-with-russia');
    const uol = await articleFromSlug('ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2o-turno');

    expect(seed).toMatchObject({ publishedAt: '2024-11-16T00:00:00.000Z', dateSource: 'DATELINE' });
    expect(uol).toMatchObject({ publishedAt: '2018-09-24T22:42:40.000Z', dateSource: 'DOCUMENT' });
  });

  it('detects the language of items whose feed does not declare one', async () => {
    const article = await articleFromSlug('ibope-bolsonaro-perde-de-haddad-ciro-e-alckmin-em-simulacoes-de-2o-turno');

    expect(article.language).toBe('pt');
  });

  it('stores the TT picture with its renditions, so 600 px is served by the 1024 px preview', async () => {
    const article = await articleFromSlug('militarovning-i-jatteformat-halls-2023');

    expect(article.images?.[0]?.credit).toBe('Karl Melander/TT');
    expect(pickRendition(article.images![0]!, 600)?.url).toBe(
      'https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalPreview.jpg',
    );
  });

  it('stores the heise body as blocks: the picture, then the paragraph', async () => {
    const article = await articleFromSlug('java-anwendungsserver-red-hat-gibt-wildfly-10-frei');
    // The body lives in its own items (read as ArticleBody), not on the article item.
    const body = (await table.entities.getMany([{ type: 'ArticleBody', id: article.id }])).get(
      `ArticleBody:${article.id}`,
    ) as { bodyBlocks?: { kind: string }[] } | undefined;

    expect(body?.bodyBlocks?.map((b) => b.kind)).toEqual(['image', 'paragraph']);
    expect(article.images?.[0]).toMatchObject({
      altText: 'WildFly 10',
      renditions: [{ url: expect.stringMatching(/^http:\/\/www\.heise\.de\/scale\/.+\.jpeg$/) }],
    });
  });

  it('changes nothing when the same content is imported again', async () => {
    const before = await snapshot(table, isRunRecord);

    const again = (await loadSampleContent(table)) as ImportRun;

    expect(again.counts).toEqual({ documents: 92, written: 0, unchanged: 92, rejected: 0, queued: 0 });
    expect(await snapshot(table, isRunRecord)).toEqual(before);
  }, 180_000);

  it("records the run with every document's outcome", async () => {
    const recorded = await table.runs.get(run.id);

    expect(recorded?.counts).toEqual(run.counts);
    expect(recorded?.documents).toHaveLength(92);
    expect(recorded?.documents[0]).toMatchObject({ outcome: 'WRITTEN' });
  });
});

describe('the seed summits told again by other documents', () => {
  const report = (id: string, body: string) =>
    textInput(
      `${id}.json`,
      JSON.stringify({
        format: 'news-document/v1',
        id,
        language: 'en',
        headline: `Report ${id}`,
        body: [body],
        publishedAt: '2026-11-01T10:00:00Z',
      }),
    );

  it('merges a dated report into each undated seed summit: the id stays, the date comes from the report, the stated text stays', async () => {
    const run = await importInputs(
      table,
      [
        report('vladivostok-2019', 'Vladimir Putin met Kim Jong-un at a summit in Vladivostok in April 2019.'),
        report('hanoi-2019', 'Donald Trump and Kim Jong-un held talks in Hanoi in February 2019.'),
      ],
      { source: 'test' },
    );
    const events = await table.entities.getMany([
      { type: 'Event', id: 'summit-in-vladivostok' },
      { type: 'Event', id: 'summit-in-hanoi' },
      { type: 'Event', id: 'summit-in-vladivostok-2019-04' },
      { type: 'Event', id: 'meeting-in-hanoi-2019-02' },
    ]);

    expect([...events.keys()].sort()).toEqual(['Event:summit-in-hanoi', 'Event:summit-in-vladivostok']);
    expect(events.get('Event:summit-in-vladivostok')).toMatchObject({
      start: { value: '2019-04', precision: 'MONTH' },
      statedDate: { text: 'April 1200', month: 4 },
    });
    expect(events.get('Event:summit-in-hanoi')).toMatchObject({ start: { value: '2019-02', precision: 'MONTH' } });
    const articleId = run?.documents.find((d) => d.document === 'hanoi-2019.json')?.articleId as string;
    const article = (await table.entities.getMany([{ type: 'Article', id: articleId }])).get(
      `Article:${articleId}`,
    ) as Article;
    expect(article.events.map((e) => e.eventId)).toEqual(['summit-in-hanoi']);
  });

  it('shows no event dated before 1900 on the people of the seed', async () => {
    for (const id of ['kim-jong-un', 'vladimir-putin', 'donald-trump']) {
      const events = (await table.events.listEvents({ personId: id }, { first: 50 })).edges.map((e) => e.node);
      expect(events.length).toBeGreaterThan(0);
      expect(events.filter((e) => e.start && Number(e.start.value.slice(0, 4)) < 1900)).toEqual([]);
    }
  });
});
