import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';
import { fixtureInput, textInput } from '../../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const fixtureText = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const parseText = (name: string, text: string) => parseInput(textInput(name, text), parsers);

describe('RSS 0.9x and RSS 1.0 (RDF)', () => {
  it('reads the bioRxiv RSS 1.0 item outside <channel>, identified by rdf:about', () => {
    const { format, entries } = parseInput(fixtureInput('dev-corpus/feeds/rss_1.0_biorxiv.rdf'), parsers);

    expect(format).toBe('rss/atom');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      headline: expect.stringMatching(
        /^Complete genome of the Medicago anthracnose fungus, Colletotrichum destructivum/,
      ),
      sourceId: 'http://biorxiv.org/cgi/content/short/2023.12.16.571984v1?rss=1',
      publishedAt: '2023-12-16T00:00:00.000Z',
      source: {
        publisher: 'bioRxiv Subject Collection: Genomics',
        url: 'http://biorxiv.org/cgi/content/short/2023.12.16.571984v1?rss=1',
      },
    });
    expect(entries[0]!.body[0]).toMatch(/^Colletotrichum destructivum \(Cd\) is a phytopathogenic fungus/);
  });

  it('reads the freedesktop.org RSS 1.0 item with its content:encoded body and dc:date', () => {
    const { entries } = parseInput(fixtureInput('dev-corpus/feeds/rss_1.0_planet_freedesktop.rdf'), parsers);

    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      headline: "Dave Airlie (blogspot): DirectX on Linux - what it is/isn't",
      sourceId: 'tag:blogger.com,1999:blog-4530460124602916146.post-1219535934607510094',
      publishedAt: '2020-05-20T00:01:59.000Z',
      dateSource: 'DOCUMENT',
    });
    expect(entries[0]!.body[0]).toMatch(
      /^This morning I saw two things that were Microsoft and Linux graphics related/,
    );
  });

  it('reads the RSS 0.91 Dicas-L item, decoded from ISO-8859-1', () => {
    const { entries } = parseInput(fixtureInput('dev-corpus/feeds/rss_0.91_dicas_pt-br_iso8859.xml'), parsers);

    expect(entries).toEqual([
      expect.objectContaining({
        headline: 'bash - Expansão de Parâmetros',
        language: 'pt-BR',
        sourceId: 'http://www.Dicas-L.com.br/dicas-l/20200406.php',
      }),
    ]);
  });
});

describe('each item stands alone', () => {
  it('refuses a Guardian item with neither title nor text, with its guid, and reads the other 54', () => {
    const text = fixtureText('feeds/guardian.rss').replace(
      /(<item>[\s\S]*?<item>\s*)<title>[^<]*<\/title>\s*<link>([^<]*)<\/link>\s*<description>[\s\S]*?<\/description>/,
      '$1<link>$2</link>',
    );

    const { items, entries } = parseText('guardian.rss', text);

    expect(items).toHaveLength(55);
    expect(entries).toHaveLength(54);
    expect(items[1]?.reason).toMatch(
      /^RSS item \(guid "https:\/\/www\.theguardian\.com\/[^"]+"\): it has no title and no text$/,
    );
  });

  it('refuses a heise entry with an unreadable date, with its id, and reads the other 14', () => {
    const text = fixtureText('feeds/heise.atom')
      .replace(
        '<updated>2016-02-01T17:54:50+01:00</updated>\n        <published>2016-02-01T17:22:00+01:00</published>',
        '<published>gestern</published>',
      )
      .replace(/(<feed[\s\S]*?)<updated>[^<]*<\/updated>/, '$1');

    const { items, entries } = parseText('heise.atom', text);

    expect(entries).toHaveLength(14);
    expect(items[0]?.reason).toBe(
      'Atom entry (id "http://heise.de/-3088438"): its date <published> "gestern" cannot be read as a date, and the feed gives no date either',
    );
  });

  it('heads a Guardian item without a title by the first sentence of its text, flagged', () => {
    const text = fixtureText('feeds/guardian.rss').replace(/(<item>\s*)<title>[^<]*<\/title>/, '$1');

    const [first] = parseText('guardian.rss', text).entries;

    expect(first?.headline).toBe(
      'The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt',
    );
    expect(first?.flags).toEqual([
      expect.objectContaining({
        kind: 'HEADLINE_FROM_TEXT',
        paragraph: -1,
        message: 'the item has no title; the headline is the first sentence of its text',
      }),
    ]);
  });

  it('heads a freedesktop.org RSS 1.0 item and a JSON Feed item without titles by their first sentences', () => {
    const rdf = fixtureText('dev-corpus/feeds/rss_1.0_planet_freedesktop.rdf').replace(
      /(<item[^>]*>\s*)<title>[^<]*<\/title>/,
      '$1',
    );
    const json = fixtureText('feeds/jsonfeed_example_1.json').replace(/"title"\s*:\s*"How Jeff Bezos[^"]*",/, '');

    const [planet] = parseText('planet.rdf', rdf).entries;
    const [bezos] = parseText('feed.json', json).entries;

    expect(planet?.headline).toBe('This morning I saw two things that were Microsoft and Linux graphics related.');
    expect(planet?.flags?.[0]?.kind).toBe('HEADLINE_FROM_TEXT');
    expect(bezos?.flags?.[0]?.kind).toBe('HEADLINE_FROM_TEXT');
    expect(bezos?.headline.length).toBeLessThanOrEqual(141);
  });

  it('strips ANSI escapes and control characters from rejection reasons', () => {
    const feed = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'x',
      items: [
        { id: 'a\u001b[31mred\u001b[0m', title: 'Hi', content_text: 'Text.', date_published: 'soon\u0007\u0085' },
      ],
    });

    const [item] = parseText('feed.json', feed).items;

    expect(item?.reason).toBe('JSON Feed item (id "ared"): its date date_published "soon" cannot be read as a date');
  });
});
