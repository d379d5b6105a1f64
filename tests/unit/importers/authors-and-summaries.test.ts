import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../src/importers/build-document.js';
import { createParsers, parseInput } from '../../../src/importers/parse-input.js';
import { distinctSummary } from '../../../src/importers/summary.js';
import { fixtureInput, textInput } from '../../support/fixtures.js';

const now = new Date('2026-11-28T00:00:00Z');
const parsers = createParsers(() => now);
const articles = (path: string) =>
  parseInput(fixtureInput(path), parsers).entries.map((entry) => buildEntry(entry, now).article!.article);

describe('authors', () => {
  it('cleans the Guardian dc:creator into names with their roles, keeping the byline', () => {
    const wintour = articles('feeds/guardian.rss').find((a) => a.byline === 'Patrick Wintour Diplomatic editor');
    const pair = articles('feeds/guardian.rss').find((a) => a.byline === 'Tom McCarthy and Sam Morris');

    expect(wintour?.authors).toEqual([{ name: 'Patrick Wintour', role: 'Diplomatic editor' }]);
    expect(pair?.authors).toEqual([{ name: 'Tom McCarthy' }, { name: 'Sam Morris' }]);
  });

  it('reads ninjs "by": dpa\'s "Von …, dpa" and 005\'s two names', () => {
    const [dpa] = articles('ninjs/dpa_text.json');
    const [ap] = articles('ninjs/005_complex_text_article.json');

    expect(dpa).toMatchObject({
      byline: 'Von Christian Hollmann, dpa',
      authors: [{ name: 'Christian Hollmann', organisation: 'dpa' }],
    });
    expect(ap?.authors).toEqual([{ name: 'Paulo Santalucia' }, { name: "Frances d'Emilio" }]);
  });

  it('reads the RSS <author> address form and JSON Feed authors', () => {
    const [relative] = articles('dev-corpus/feeds/rss_2.0_relative_urls.xml');
    const [gruber] = articles('feeds/jsonfeed_example_1.json');

    expect(relative?.authors).toEqual([{ name: 'Jonas Große Sundrup' }]);
    expect(gruber?.authors).toEqual([{ name: 'John Gruber' }]);
  });

  it('reads ninjs 2.x bylines with their roles', () => {
    const text = readFileSync(new URL('../../fixtures/ninjs/tt_text_image_3.json', import.meta.url), 'utf8').replace(
      '"type": "text",',
      '"type": "text", "bylines": [{"byline": "Anna Svensson", "role": "Inrikesreporter"}, {"byline": "Erik Berg/TT"}],',
    );

    const [entry] = parseInput(textInput('tt.json', text), parsers).entries;

    expect(entry?.authors).toEqual([
      { name: 'Anna Svensson', role: 'Inrikesreporter' },
      { name: 'Erik Berg', organisation: 'TT' },
    ]);
  });
});

describe('summaries', () => {
  it('keeps a standfirst that says something of its own', () => {
    expect(distinctSummary('Scientists warn of a hotter summer.', ['The Met Office said on Monday…'])).toBe(true);
  });

  it.each([
    ['the start of the body', 'The Met Office said on Monday', ['The Met Office said on Monday that it was hot.']],
    ['a cut-off copy of it', 'The Met Office said on…', ['The Met Office said on Monday that it was hot.']],
    ['the same text, other punctuation', 'the met office said', ['The Met-Office said.']],
  ])('drops a description that is %s', (_, summary, body) => {
    expect(distinctSummary(summary, body)).toBe(false);
  });

  it('keeps the RSS <description> beside <content:encoded> as the summary when it differs from the body', () => {
    const [heated] = articles('dev-corpus/feeds/rss_2.0_heated.xml');
    const [, pacman] = articles('dev-corpus/feeds/rss_2.0_relative_urls.xml');

    expect(heated?.summary).toBe(
      'This past weekend, I was interviewed by Walt Hickey, the author and creator of Numlock News.',
    );
    expect(pacman?.summary).toMatch(/^Package managers take care of resolving dependencies for you/);
  });

  it('drops the Wirecutter description and the heise Atom summaries, which repeat the start of the body', () => {
    const [wirecutter] = articles('dev-corpus/feeds/rss_2.0_wirecutter.xml');
    const heise = articles('feeds/heise.atom');

    expect(wirecutter?.summary).toBeUndefined();
    expect(heise.filter((a) => a.summary)).toEqual([]);
  });
});

describe('several credited authors', () => {
  it('reads every dc:creator of an RSS item and every author of an Atom entry', () => {
    const rss = readFileSync(new URL('../../fixtures/feeds/guardian.rss', import.meta.url), 'utf8').replace(
      '<dc:creator>David Smith in Washington</dc:creator>',
      '<dc:creator>David Smith in Washington</dc:creator><dc:creator>Ben Jacobs</dc:creator>',
    );
    const atom = readFileSync(
      new URL('../../fixtures/dev-corpus/feeds/atom_akamai.xml', import.meta.url),
      'utf8',
    ).replace(
      /<author>\s*<name>Lorenz Jakober<\/name>/,
      '<author><name>Ana Lima</name></author><author><name>Lorenz Jakober</name>',
    );

    const [guardian] = parseInput(textInput('guardian.rss', rss), parsers).entries;
    const [akamai] = parseInput(textInput('atom.xml', atom), parsers).entries;

    expect(guardian).toMatchObject({ byline: 'David Smith in Washington, Ben Jacobs' });
    expect(buildEntry(guardian!, now).article?.article.authors).toEqual([
      { name: 'David Smith' },
      { name: 'Ben Jacobs' },
    ]);
    expect(akamai?.byline).toBe('Ana Lima, Lorenz Jakober');
  });
});
