import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../src/domain/body-blocks.js';
import { bodyFromMarkup } from '../../src/importers/html.js';
import { makeArticle } from '../support/factories.js';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
const globalId = (id: string) => Buffer.from(`Article:${id}`).toString('base64');

const BLOCKS_QUERY = `query($id: ID!, $locale: [String!]) { article(id: $id, locale: $locale) { body bodyHtml bodyBlocks { __typename
  ... on ParagraphBlock { text runs { text href emphasis strong } }
  ... on HeadingBlock { level text }
  ... on QuoteBlock { text attribution }
  ... on ListBlock { ordered items }
  ... on ImageBlock { src alt caption credit width image { url(width: 1000) } }
  ... on EmbedBlock { provider url }
  ... on PreformattedBlock { text } } } }`;

// Stored blocks as hostile as storage could ever hold them: the renderer must not trust the importer.
const HOSTILE: BodyBlock[] = [
  { kind: 'paragraph', runs: [{ text: '<script>alert(1)</script>' }, { text: 'click', href: 'javascript:alert(1)' }] },
  {
    kind: 'image',
    src: 'https://img.example/a.jpg',
    alt: '" onerror="alert(1)',
    srcset: [{ url: 'javascript:alert(1)', width: 300 }],
  },
  { kind: 'image', src: 'javascript:alert(1)' },
];

const rich = bodyFromMarkup(
  '<h2>Why it matters</h2><p>See <a href="https://example.org/report">the <em>report</em></a>.</p><blockquote><p>We act now.</p><cite>The minister</cite></blockquote>' +
    '<ul><li>One</li><li>Two</li></ul><figure><img src="https://img.example/b.jpg" srcset="https://img.example/b-1600.jpg 1600w, https://img.example/b-1024.jpg 1024w" alt="Bee" width="800"><figcaption>A bee.</figcaption></figure>' +
    '<iframe src="https://www.youtube.com/embed/xyz"></iframe><pre>x = 1\ny = 2</pre><p onclick="alert(1)">Bye<img src=x onerror=alert(1)></p>',
);
const richArticle = makeArticle({ body: rich.body, bodyBlocks: rich.bodyBlocks, spanishBody: ['Hola.'] });
const hostileArticle = makeArticle({ body: ['alert(1)click'], bodyBlocks: HOSTILE });
const plainArticle = makeArticle({ body: ['Only text.', 'Second.'] });
// A 1 MB Spanish body (two-byte characters: part boundaries fall inside them), the newest article.
const longSpanish = Array.from({ length: 1024 }, (_, i) => `${i} ${'ñ'.repeat(510)}`);
const longTranslation = makeArticle({ spanishBody: longSpanish, publishedAt: '2030-01-01T00:00:00.000Z' });

beforeAll(async () => {
  table = await createTestTable('blocks');
  for (const doc of [richArticle, hostileArticle, plainArticle, longTranslation]) await table.articles.saveArticle(doc);
  query = graphqlClient(table);
}, 120_000);
afterAll(() => table.drop());

describe('Article.bodyBlocks', () => {
  it('serves every block kind of an HTML body with its typename', async () => {
    const { data } = await query(BLOCKS_QUERY, { id: globalId(richArticle.article.id) });

    expect(data.article.bodyBlocks).toEqual([
      { __typename: 'HeadingBlock', level: 2, text: 'Why it matters' },
      {
        __typename: 'ParagraphBlock',
        text: 'See the report.',
        runs: [
          { text: 'See ', href: null, emphasis: false, strong: false },
          { text: 'the ', href: 'https://example.org/report', emphasis: false, strong: false },
          { text: 'report', href: 'https://example.org/report', emphasis: true, strong: false },
          { text: '.', href: null, emphasis: false, strong: false },
        ],
      },
      { __typename: 'QuoteBlock', text: 'We act now.', attribution: 'The minister' },
      { __typename: 'ListBlock', ordered: false, items: ['One', 'Two'] },
      {
        __typename: 'ImageBlock',
        src: 'https://img.example/b.jpg',
        alt: 'Bee',
        caption: 'A bee.',
        credit: null,
        width: 800,
        image: { url: 'https://img.example/b-1024.jpg' },
      },
      { __typename: 'EmbedBlock', provider: 'YOUTUBE', url: 'https://www.youtube.com/embed/xyz' },
      { __typename: 'PreformattedBlock', text: 'x = 1\ny = 2' },
      {
        __typename: 'ParagraphBlock',
        text: 'Bye',
        runs: [{ text: 'Bye', href: null, emphasis: false, strong: false }],
      },
    ]);
    expect(data.article.body).toEqual([
      'Why it matters',
      'See the report.',
      'We act now. — The minister',
      'One',
      'Two',
      'x = 1 y = 2',
      'Bye',
    ]);
  });

  it('serves a plain-text body as paragraph blocks', async () => {
    const { data } = await query(BLOCKS_QUERY, { id: globalId(plainArticle.article.id) });

    expect(data.article.bodyBlocks.map((b: { text: string }) => b.text)).toEqual(['Only text.', 'Second.']);
    expect(data.article.bodyHtml).toBe('<p>Only text.</p>\n<p>Second.</p>');
  });

  it("serves a translation's body as paragraphs when the locale asks for it", async () => {
    const { data } = await query(BLOCKS_QUERY, { id: globalId(richArticle.article.id), locale: ['es'] });

    expect(data.article.bodyBlocks).toEqual([
      {
        __typename: 'ParagraphBlock',
        text: 'Hola.',
        runs: [{ text: 'Hola.', href: null, emphasis: false, strong: false }],
      },
    ]);
  });
});

describe('a translation body over one item (in parts)', () => {
  const measured = async (source: string, variables: Record<string, unknown>) => {
    table.calls.reset();
    table.calls.measure(true);
    const answer = await query(source, variables);
    table.calls.measure(false);
    return { answer, calls: [...table.calls.calls], readUnits: table.calls.reads.readUnits };
  };

  it('reads a 1 MB translation body back whole: the article, the translation, then its parts', async () => {
    const { answer, calls } = await measured(
      'query($id: ID!) { article(id: $id, locale: ["es"]) { bodyLanguage body translations { language body } } }',
      { id: globalId(longTranslation.article.id) },
    );

    expect(answer.errors).toBeUndefined();
    expect(answer.data.article.bodyLanguage).toBe('es');
    expect(answer.data.article.body).toEqual(longSpanish);
    expect(answer.data.article.translations).toEqual([{ language: 'es', body: longSpanish }]);
    expect(calls).toEqual(['BatchGetItem', 'BatchGetItem', 'BatchGetItem']);
  });

  it('reads no part for a front page of headlines, in Spanish too', async () => {
    const { answer, calls, readUnits } = await measured(
      '{ articles(first: 10, locale: ["es"]) { edges { node { headline translations { language headline } } } } }',
      {},
    );

    expect(answer.errors).toBeUndefined();
    expect(answer.data.articles.edges[0].node.headline).toBe(longTranslation.translations[0]?.headline);
    expect(calls).toEqual(['Query']);
    // Four summaries; one 350 KB part alone would cost about 44 read units.
    expect(readUnits).toBeLessThan(5);
  });

  it('reads a short translation in the same two reads as before', async () => {
    const { answer, calls } = await measured('query($id: ID!) { article(id: $id, locale: ["es"]) { body } }', {
      id: globalId(richArticle.article.id),
    });

    expect(answer.data.article.body).toEqual(['Hola.']);
    expect(calls).toEqual(['BatchGetItem', 'BatchGetItem']);
  });
});

describe('Article.bodyHtml', () => {
  it('builds allow-listed HTML from the blocks', async () => {
    const { data } = await query(BLOCKS_QUERY, { id: globalId(richArticle.article.id) });

    expect(data.article.bodyHtml).toContain(
      '<p>See <a href="https://example.org/report" rel="nofollow noopener">the </a><a href="https://example.org/report" rel="nofollow noopener"><em>report</em></a>.</p>',
    );
    expect(data.article.bodyHtml).toContain(
      '<figure><img src="https://img.example/b.jpg" srcset="https://img.example/b-1600.jpg 1600w, https://img.example/b-1024.jpg 1024w" alt="Bee" width="800"><figcaption>A bee.</figcaption></figure>',
    );
    expect(data.article.bodyHtml).not.toMatch(/onclick|onerror|<iframe/);
  });

  it('lets no script, javascript: URL or event handler through, even from hostile stored blocks', async () => {
    const { data } = await query(BLOCKS_QUERY, { id: globalId(hostileArticle.article.id) });

    expect(data.article.bodyHtml).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt;click</p>\n<figure><img src="https://img.example/a.jpg" alt="&quot; onerror=&quot;alert(1)"></figure>',
    );
    expect(data.article.bodyHtml).not.toMatch(/javascript:|<script/i);
  });
});
