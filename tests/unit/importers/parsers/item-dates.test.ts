import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';
import { fixtureInput, textInput } from '../../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const fixtureText = (path: string) => readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8');
const parseText = (name: string, text: string) => parseInput(textInput(name, text), parsers);

describe('item dates', () => {
  it('reads every item date of the real feeds from the item itself', () => {
    const paths = [
      'feeds/guardian.rss',
      'feeds/heise.atom',
      'feeds/uolNoticias.rss',
      'feeds/jsonfeed_example_1.json',
      'dev-corpus/feeds/rss_2.0_relative_urls.xml',
      'dev-corpus/feeds/atom_akamai.xml',
    ];

    const sources = paths.flatMap((path) => parseInput(fixtureInput(path), parsers).entries.map((e) => e.dateSource));

    expect(sources).toHaveLength(55 + 15 + 15 + 2 + 2 + 1);
    expect(new Set(sources)).toEqual(new Set(['DOCUMENT']));
  });

  it('dates an RSS 0.91 item without <pubDate> by the channel <lastBuildDate>, flagged', () => {
    const [entry] = parseInput(fixtureInput('dev-corpus/feeds/rss_0.91_dicas_pt-br_iso8859.xml'), parsers).entries;

    expect(entry).toMatchObject({ publishedAt: '2020-08-13T13:06:56.000Z', dateSource: 'FEED' });
    expect(entry?.flags).toEqual([
      expect.objectContaining({
        kind: 'DATE_FROM_FEED',
        paragraph: -2,
        text: 'Thu, 13 Aug 2020 10:06:56 -0300',
        message: "it has no date (pubDate, dc:date); the feed's lastBuildDate is used instead",
      }),
    ]);
  });

  it('reads <dc:date> when <pubDate> cannot be read', () => {
    const text = fixtureText('feeds/guardian.rss').replace(
      '<pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate>',
      '<pubDate>soon</pubDate>',
    );

    const [first] = parseText('guardian.rss', text).entries;

    expect(first).toMatchObject({ publishedAt: '2018-01-31T07:26:05.000Z', dateSource: 'DOCUMENT' });
  });

  it('dates Guardian items with an unreadable <pubDate> and no <dc:date> by the channel <pubDate>, naming the value', () => {
    const text = fixtureText('feeds/guardian.rss')
      .replace('<pubDate>Wed, 31 Jan 2018 07:26:05 GMT</pubDate>', '<pubDate>soon</pubDate>')
      .replace('<dc:date>2018-01-31T07:26:05Z</dc:date>', '');

    const [first, second] = parseText('guardian.rss', text).entries;

    expect(first).toMatchObject({ publishedAt: '2018-01-31T20:15:15.000Z', dateSource: 'FEED' });
    expect(first?.flags?.[0]?.message).toBe(
      'its date pubDate "soon" cannot be read as a date; the feed\'s pubDate is used instead',
    );
    expect(second).toMatchObject({ publishedAt: '2018-01-31T15:46:36.000Z', dateSource: 'DOCUMENT' });
  });

  it('dates Atom entries without <published> or <updated> by the feed <updated>', () => {
    const text = fixtureText('feeds/heise.atom').replace(
      /(<entry>[\s\S]*?)<updated>[^<]*<\/updated>\s*<published>[^<]*<\/published>/,
      '$1',
    );

    const [first] = parseText('heise.atom', text).entries;

    expect(first).toMatchObject({ publishedAt: '2016-02-01T16:54:50.000Z', dateSource: 'FEED' });
    expect(first?.flags?.[0]?.kind).toBe('DATE_FROM_FEED');
  });

  it('rejects an RSS item whose date cannot be read when the feed has none, naming field and value', () => {
    const text = fixtureText('feeds/uolNoticias.rss')
      .replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, '')
      .replace(/<pubDate>[^<]*<\/pubDate>/, '<pubDate>Segunda-feira à tarde</pubDate>');

    const { items } = parseText('uol.rss', text);

    expect(items[0]?.reason).toMatch(
      /^RSS item \(link "https:\/\/[^"]+"\): its date <pubDate> "Segunda-feira à tarde" cannot be read as a date, and the feed gives no date either$/,
    );
    expect(items[1]?.entry?.dateSource).toBe('DOCUMENT');
  });

  it('rejects JSON Feed and ninjs items without any date, naming the fields looked at', () => {
    const feed = fixtureText('feeds/jsonfeed_example_1.json').replace(
      /"date_(published|modified)"\s*:\s*"[^"]*",?/g,
      '',
    );
    const ninjs = fixtureText('ninjs/dpa_text.json').replace(
      /"(firstCreated|versionCreated|firstcreated|versioncreated)"\s*:\s*"[^"]*",?/g,
      '',
    );

    expect(parseText('feed.json', feed).items[0]?.reason).toBe(
      'JSON Feed item (id "https://daringfireball.net/linked/2020/01/24/bezos-iphone-x"): it has no date (date_published, date_modified)',
    );
    expect(parseText('dpa.json', ninjs).items[0]?.reason).toMatch(
      /^ninjs document \(uri "[^"]+"\): it has no date \(firstCreated, firstcreated, versionCreated, versioncreated\)$/,
    );
  });

  it('dates ninjs by firstCreated, then versionCreated (1.x lower case too)', () => {
    const [dpa] = parseInput(fixtureInput('ninjs/dpa_text.json'), parsers).entries;
    const [renditions] = parseInput(fixtureInput('dev-corpus/ninjs/1.4_complex_renditions.json'), parsers).entries;

    expect(dpa).toMatchObject({ publishedAt: '2019-05-10T14:02:28.000Z', dateSource: 'DOCUMENT' });
    expect(renditions).toMatchObject({ publishedAt: '2013-07-09T10:37:00.000Z', dateSource: 'DOCUMENT' });
  });

  it('dates the seed text by its date line', () => {
    const [seed] = parseInput(fixtureInput('seed/north-korea-russia-ties.txt'), parsers).entries;

    expect(seed).toMatchObject({ publishedAt: '2024-11-16T00:00:00.000Z', dateSource: 'DATELINE' });
  });
});
