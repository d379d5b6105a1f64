import { describe, expect, it } from 'vitest';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';
import { fixtureInput, textInput } from '../../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const parse = (path: string) => parseInput(fixtureInput(path), parsers);

describe('RSS and Atom', () => {
  it('reads all 55 Guardian items with their categories, dates and photo credits', () => {
    const { format, entries } = parse('feeds/guardian.rss');
    const first = entries[0]!;

    expect(format).toBe('rss/atom');
    expect(entries).toHaveLength(55);
    expect(first.headline).toBe('Trump State of the Union address promised unity but emphasized discord');
    expect(first.language).toBe('en-GB');
    expect(first.publishedAt).toBe('2018-01-31T07:26:05.000Z');
    expect(first.categories?.slice(0, 2)).toEqual([
      { name: 'Donald Trump', scheme: 'https://www.theguardian.com/us-news/donaldtrump' },
      { name: 'State of the Union address', scheme: 'https://www.theguardian.com/us-news/state-of-the-union-address' },
    ]);
    expect(first.sourceId).toBe(
      'https://www.theguardian.com/us-news/2018/jan/31/donald-trump-state-of-the-union-address-unity-discord',
    );
    expect(first.photo?.credit).toBe('Photograph: Networ/Sipa USA/REX/Shutterstock');
    expect(first.body[0]).toBe(
      'The president’s ‘new American moment’ speech stirred Republican applause while Democrats showed thinly disguised contempt',
    );
  });

  it('reads the German Atom feed', () => {
    const { entries } = parse('feeds/heise.atom');

    expect(entries).toHaveLength(15);
    expect(entries[0]).toMatchObject({
      headline: 'Java-Anwendungsserver: Red Hat gibt WildFly 10 frei',
      publishedAt: '2016-02-01T16:22:00.000Z',
      sourceId: 'http://heise.de/-3088438',
    });
    expect(entries[0]!.body[0]).toMatch(/^Die nun verfügbare Version 10/);
  });

  it('decodes the ISO-8859-1 Brazilian feed and its Portuguese dates', () => {
    const { entries } = parse('feeds/uolNoticias.rss');

    expect(entries).toHaveLength(15);
    expect(entries[0]!.headline).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(entries[0]!.publishedAt).toBe('2018-09-24T22:42:40.000Z');
    expect(entries[0]!.language).toBeUndefined(); // the feed's <language> is empty: detected later
  });

  it('refuses entity declarations (billion laughs, external entities)', () => {
    const laughs =
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]><rss><channel><item><title>&lol2;</title></item></channel></rss>';
    const external =
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>';

    for (const text of [laughs, external])
      expect(() => parseInput(textInput('evil.xml', text), parsers)).toThrow(
        'XML with a DOCTYPE or entity declarations is not accepted',
      );
  });

  it('refuses absurd nesting and truncated XML with a reason', () => {
    const deep = `<rss>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</rss>`;

    expect(() => parseInput(textInput('deep.xml', deep), parsers)).toThrow('XML nested deeper than 64 levels');
    expect(() => parseInput(textInput('cut.xml', '<rss><channel><item><title>Half'), parsers)).toThrow(
      'the XML is broken at line 1: the document ends before all its elements are closed',
    );
  });
});

describe('JSON Feed', () => {
  it('reads the items with their dates and HTML bodies', () => {
    const { format, entries } = parse('feeds/jsonfeed_example_1.json');

    expect(format).toBe('json-feed');
    expect(entries.map((e) => e.headline)).toContain('How Jeff Bezos’s iPhone X Was Hacked');
    expect(entries[0]!.publishedAt).toBe('2020-01-24T23:46:57.000Z');
    expect(entries[0]!.source.publisher).toBe('Daring Fireball');
  });
});
