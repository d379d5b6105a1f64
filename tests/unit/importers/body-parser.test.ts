import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../src/domain/body-blocks.js';
import { parseBody } from '../../../src/importers/body-parser.js';
import { createParsers, parseInput } from '../../../src/importers/parse-input.js';
import { fixtureInput } from '../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const entryOf = (path: string, index = 0) => parseInput(fixtureInput(path), parsers).entries[index]!;
const kinds = (blocks: readonly BodyBlock[] | undefined) => (blocks ?? []).map((b) => b.kind);
const ofKind = <K extends BodyBlock['kind']>(blocks: readonly BodyBlock[] | undefined, kind: K) =>
  (blocks ?? []).filter((b): b is Extract<BodyBlock, { kind: K }> => b.kind === kind);

describe('parseBody on HTML', () => {
  it('keeps links, emphasis and strong as runs of a paragraph', () => {
    expect(parseBody('<p>Read <a href="https://example.org/a">the <em>full</em> report</a> <b>now</b>.</p>')).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'Read ' },
          { text: 'the ', href: 'https://example.org/a' },
          { text: 'full', href: 'https://example.org/a', emphasis: true },
          { text: ' report', href: 'https://example.org/a' },
          { text: ' ' },
          { text: 'now', strong: true },
          { text: '.' },
        ],
      },
    ]);
  });

  it('reads headings, quotes with attribution, lists and preformatted text', () => {
    const blocks = parseBody(
      '<h2>Sub</h2><blockquote><p>We will win.</p><footer>— The coach</footer></blockquote><ol><li>One</li><li>Two</li></ol><pre>a  b\n  c</pre>',
    );

    expect(blocks).toEqual([
      { kind: 'heading', level: 2, text: 'Sub' },
      { kind: 'quote', text: 'We will win.', attribution: 'The coach' },
      { kind: 'list', ordered: true, items: ['One', 'Two'] },
      { kind: 'preformatted', text: 'a  b\n  c' },
    ]);
  });

  it('reads a figure as an image with caption and credit, resolved against the base', () => {
    const blocks = parseBody(
      '<figure><img src="/img/a.jpg" alt="A cat" width="640" height="480"><figcaption>A cat. <span class="credit">Photo: Ann Lee</span></figcaption></figure>',
      { baseUrl: 'https://news.example/story/1' },
    );

    expect(blocks).toEqual([
      {
        kind: 'image',
        src: 'https://news.example/img/a.jpg',
        alt: 'A cat',
        caption: 'A cat.',
        credit: 'Photo: Ann Lee',
        width: 640,
        height: 480,
      },
    ]);
  });

  it('keeps YouTube and Vimeo iframes and tweet blockquotes as embeds and drops unknown iframes', () => {
    const blocks = parseBody(
      '<iframe src="https://www.youtube.com/embed/abc"></iframe><iframe src="//player.vimeo.com/video/42"></iframe><iframe src="https://ads.example/x"></iframe>' +
        '<blockquote class="twitter-tweet"><p>Hello</p>&mdash; Someone <a href="https://twitter.com/someone/status/1">Date</a></blockquote>',
    );

    expect(blocks).toEqual([
      { kind: 'embed', provider: 'YOUTUBE', url: 'https://www.youtube.com/embed/abc' },
      { kind: 'embed', provider: 'VIMEO', url: 'https://player.vimeo.com/video/42' },
      { kind: 'embed', provider: 'TWITTER', url: 'https://twitter.com/someone/status/1' },
    ]);
  });

  it('reads WordPress embed blocks whose URL is text, and keeps an unknown one as text', () => {
    const blocks = parseBody(
      '<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper">https://youtu.be/dQw4w9WgXcQ</div></figure>' +
        '<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">https://unknown.example/x</div></figure>',
    );

    expect(blocks).toEqual([
      { kind: 'embed', provider: 'YOUTUBE', url: 'https://youtu.be/dQw4w9WgXcQ' },
      { kind: 'paragraph', runs: [{ text: 'https://unknown.example/x' }] },
    ]);
  });

  it('never turns scripts, styles or unsafe links into text or hrefs', () => {
    const blocks = parseBody(
      '<p>Hi<script>alert(1)</script><style>p{}</style> <a href="javascript:alert(1)">there</a><img src="javascript:x" onerror="alert(1)"></p>',
    );

    expect(blocks).toEqual([{ kind: 'paragraph', runs: [{ text: 'Hi there' }] }]);
  });

  it('drops tracking pixels and feed-service beacons', () => {
    expect(
      parseBody(
        '<img src="https://t.example/p.gif" width="1" height="1"><a href="http://feeds.feedburner.com/~ff/X?a=1"><img src="http://feeds.feedburner.com/~ff/X?d=1"></a>',
      ),
    ).toEqual([]);
  });
});

describe('parseBody on NITF', () => {
  const nitf = readFileSync(new URL('../../fixtures/dev-corpus/ninjs/ntb_nitf_sample.xml', import.meta.url), 'utf8');
  const addb = JSON.parse(
    readFileSync(
      new URL('../../fixtures/dev-corpus/ninjs/3.0_addb_press_conference_nitf.json', import.meta.url),
      'utf8',
    ),
  ) as { bodies: { value: string }[] };

  it('reads hl2 as headings and p as paragraphs, leaving the head and the tagline out', () => {
    const blocks = parseBody(nitf, { xml: true });

    expect(kinds(blocks).filter((k) => k === 'heading')).toHaveLength(4);
    expect(ofKind(blocks, 'heading')[0]).toEqual({ kind: 'heading', level: 2, text: '- Det skjulte India' });
    expect(ofKind(blocks, 'paragraph')[0]?.runs[0]?.text).toMatch(/^Koronapandemien herjer også i landsbyer/);
    expect(JSON.stringify(blocks)).not.toMatch(/Pandemien herjer på den legeløse|kenneth\.kandolf/);
  });

  it('turns the NITF body of a ninjs document into text, never markup', () => {
    const blocks = parseBody(addb.bodies[0]!.value, { xml: true });
    const texts = ofKind(blocks, 'paragraph').map((b) => b.runs.map((r) => r.text).join(''));

    expect(texts.length).toBeGreaterThan(3);
    expect(texts.join('\n')).not.toMatch(/<|\?xml|class=/);
  });
});

describe('bodies of real documents', () => {
  it('keeps the links of the ninjs 1.4 body_xhtml', () => {
    const entry = entryOf('dev-corpus/ninjs/1.4_businesswire_body_xhtml.json');
    const runs = ofKind(entry.bodyBlocks, 'paragraph').flatMap((b) => b.runs);

    expect(runs.find((r) => r.text === 'Dell')?.href).toBe('http://www.dell.com/');
    expect(entry.body[0]).toMatch(/^Dell today announced an expanded/);
  });

  it('keeps the links of the Wirecutter content:encoded and its lead image', () => {
    const entry = entryOf('dev-corpus/feeds/rss_2.0_wirecutter.xml');

    expect(ofKind(entry.bodyBlocks, 'image')[0]).toMatchObject({
      src: expect.stringMatching(/^https:\/\/cdn\.thewirecutter\.com\/.+3x2-1\.jpg/),
      width: 630,
      height: 420,
    });
    expect(
      ofKind(entry.bodyBlocks, 'paragraph')
        .flatMap((b) => b.runs)
        .find((r) => r.text === 'exploring mysterious ruins')?.href,
    ).toMatch(/^https:\/\/www\.nytimes\.com\/wirecutter\/out\/link\//);
  });

  it('resolves a relative image against the Atom content xml:base', () => {
    const entry = entryOf('dev-corpus/feeds/atom_xml_base.xml');

    expect(entry.bodyBlocks).toEqual([{ kind: 'image', src: 'https://numi.st/post/2022/travel-uke/IMG_1232.jpeg' }]);
  });

  it('reads Atom inline XHTML content, with or without a namespace prefix', () => {
    const [release, plain] = parseInput(fixtureInput('bodies/atom-xhtml.atom'), parsers).entries;

    expect(kinds(release?.bodyBlocks)).toEqual(['heading', 'paragraph', 'list']);
    expect(ofKind(release?.bodyBlocks, 'paragraph')[0]?.runs.find((r) => r.text === 'the docs')?.href).toBe(
      'https://notes.example/docs/fast-path',
    );
    expect(plain?.bodyBlocks).toEqual([
      { kind: 'paragraph', runs: [{ text: 'Prefixed ' }, { text: 'XHTML', emphasis: true }, { text: ' works too.' }] },
    ]);
  });

  it('reads the heise Atom images with their alt text', () => {
    const entry = entryOf('feeds/heise.atom');

    expect(ofKind(entry.bodyBlocks, 'image')[0]).toEqual({
      kind: 'image',
      src: expect.stringMatching(/^http:\/\/www\.heise\.de\/scale\/.+wildfly-.+\.jpeg$/),
      alt: 'WildFly 10',
    });
  });
});
