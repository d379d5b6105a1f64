import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';
import { fixtureInput, textInput } from '../../../support/fixtures.js';

const now = new Date('2026-11-28T00:00:00Z');
const parsers = createParsers(() => now);
const built = (path: string) => parseInput(fixtureInput(path), parsers).entries.map((e) => buildEntry(e, now));
const terms = (entry: ReturnType<typeof buildEntry>, kind: string) =>
  entry.terms.filter((t) => t.kind === kind).map((t) => [t.id, t.name, t.code]);

const guardianItem = (categories: string) => `<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>The Guardian</title><link>https://www.theguardian.com</link>
<item><title>Glacier retreat speeds up</title><link>https://www.theguardian.com/environment/2024/may/02/glaciers</link>
<description>Glaciers are retreating faster.</description><pubDate>Thu, 02 May 2024 10:00:00 GMT</pubDate>
${categories}<dc:creator>Damian Carrington</dc:creator></item></channel></rss>`;

describe('the Guardian feed taxonomy', () => {
  it('files each Guardian item under the section whose tag repeats its id, by the section id', () => {
    const [first, second] = built('feeds/guardian.rss');

    expect(terms(first!, 'Section')).toEqual([['us-news', 'US news', 'us-news']]);
    expect(terms(second!, 'Section')).toEqual([['us-news', 'US news', 'us-news']]);
  });

  it('keeps keyword tags as subjects with their tag id, and a person-named keyword as a person', () => {
    const [first, , third] = built('feeds/guardian.rss');

    expect(terms(first!, 'Subject')).toEqual([
      ['us-politics', 'US politics', 'us-news/us-politics'],
      ['democrats', 'Democrats', 'us-news/democrats'],
      ['republicans', 'Republicans', 'us-news/republicans'],
      ['us-congress', 'US Congress', 'us-news/us-congress'],
    ]);
    expect(first!.people.map((p) => p.id)).toContain('donald-trump');
    expect(third!.people.map((p) => p.id)).toEqual(expect.arrayContaining(['paul-ryan', 'donald-trump']));
    expect(third!.terms.map((t) => t.name)).not.toContain('Paul Ryan');
  });

  it('counts every section tag of the fixture as a section, never as a subject', () => {
    const entries = built('feeds/guardian.rss');
    const sections = entries.flatMap((e) => terms(e, 'Section').map(([id]) => id));
    const subjects = entries.flatMap((e) => terms(e, 'Subject').map(([id]) => id));

    expect(sections.filter((id) => id === 'us-news')).toHaveLength(29);
    expect(sections.filter((id) => id === 'world')).toHaveLength(17);
    expect(subjects).not.toContain('us-news');
    expect(subjects).not.toContain('world-news');
  });

  it('makes a contributor tag an author, once when the byline names the same person', () => {
    const categories = [
      '<category domain="https://www.theguardian.com/profile/damiancarrington">Damian Carrington</category>',
      '<category domain="https://www.theguardian.com/profile/fionaharvey">Fiona Harvey</category>',
      '<category domain="https://www.theguardian.com/environment/environment">Environment</category>',
      '<category domain="https://www.theguardian.com/environment/glaciers">Glaciers</category>',
    ].join('');
    const [item] = parseInput(textInput('guardian-environment.rss', guardianItem(categories)), parsers).entries;

    const entry = buildEntry(item!, now);

    expect(entry.article?.article.authors).toEqual([{ name: 'Damian Carrington' }, { name: 'Fiona Harvey' }]);
    expect(terms(entry, 'Section')).toEqual([['environment', 'Environment', 'environment']]);
    expect(terms(entry, 'Subject')).toEqual([['glaciers', 'Glaciers', 'environment/glaciers']]);
    expect(entry.people.map((p) => p.id)).not.toContain('fiona-harvey');
  });
});

describe('genres', () => {
  const ninjs = (version: string, genres: string) =>
    `{"uri":"urn:test:${version}","type":"text","language":"en","headline":"A talk with the mayor","body_text":"The mayor spoke.","versioncreated":"2024-05-02T10:00:00Z",${genres}}`;
  const genresOf = (text: string) =>
    parseInput(textInput('item.json', text), parsers).entries.map((e) => terms(buildEntry(e, now), 'Genre'))[0];

  it('files an IPTC genre as one Genre by its QCode from ninjs 1.x scheme + code and 2.x uri', () => {
    const v1 = ninjs(
      '1',
      '"genre":[{"scheme":"http://cv.iptc.org/newscodes/genre/","code":"Interview","name":"Interview"}]',
    );
    const v2 = ninjs('2', '"genres":[{"uri":"http://cv.iptc.org/newscodes/genre/Interview","name":"Interview"}]');

    expect(genresOf(v1)).toEqual([['genre-interview', 'Interview', 'genre:Interview']]);
    expect(genresOf(v2)).toEqual([['genre-interview', 'Interview', 'genre:Interview']]);
  });

  it("files the TT document's genres entry (its own vocabulary) as a Genre, not a subject", () => {
    const [tt] = built('ninjs/tt_text_image_3.json');

    expect(terms(tt!, 'Genre')).toEqual([['inrikes', 'Inrikes', 'INR']]);
    expect(terms(tt!, 'Subject').map(([id]) => id)).not.toContain('inrikes');
  });

  it('makes Guardian tone/ and type/ tags genres by their tag id, never subjects', () => {
    const categories = [
      '<category domain="https://www.theguardian.com/environment/environment">Environment</category>',
      '<category domain="https://www.theguardian.com/tone/comment">Comment</category>',
      '<category domain="https://www.theguardian.com/tone/obituaries">Obituaries</category>',
      '<category domain="https://www.theguardian.com/type/article">Article</category>',
    ].join('');
    const [item] = parseInput(textInput('guardian-tone.rss', guardianItem(categories)), parsers).entries;

    const entry = buildEntry(item!, now);

    expect(terms(entry, 'Genre')).toEqual([
      ['tone-comment', 'Comment', 'tone/comment'],
      ['tone-obituaries', 'Obituaries', 'tone/obituaries'],
      ['type-article', 'Article', 'type/article'],
    ]);
    expect(terms(entry, 'Subject')).toEqual([]);
    expect(terms(entry, 'Section')).toEqual([['environment', 'Environment', 'environment']]);
  });

  it('finds no genre in feeds without tone or type tags (the Guardian fixture, heise)', () => {
    for (const path of ['feeds/guardian.rss', 'feeds/heise.atom'])
      expect(built(path).flatMap((e) => terms(e, 'Genre'))).toEqual([]);
  });
});

describe('other formats’ taxonomies', () => {
  it('reads Atom categories: label as the name, term as the code within the scheme', () => {
    const [akamai] = built('dev-corpus/feeds/atom_akamai.xml');

    expect(akamai!.terms.map((t) => [t.id, t.name, t.scheme, t.code])).toEqual([
      ['zero-trust', 'Zero Trust', 'http://www.sixapart.com/ns/types#category', 'Zero Trust'],
      ['ssl', 'SSL', 'http://www.sixapart.com/ns/types#tag', 'ssl'],
    ]);
  });

  it('gives ninjs subjects their vocabulary codes (TT subject reference, AP ids)', () => {
    const [tt] = built('ninjs/tt_text_image_3.json');
    const [ap] = built('dev-corpus/ninjs/3.0_ap_image.json');

    expect(terms(tt!, 'Subject')).toEqual([
      ['krig-konflikter-och-oroligheter', 'Krig, konflikter och oroligheter', '16000000'],
    ]);
    expect(terms(ap!, 'Subject')).toContainEqual([
      'government-and-politics',
      'Government and politics',
      '86aad5207dac100488ecba7fa5283c3e',
    ]);
  });

  it('identifies an IPTC subject by its QCode (NITF tobject.subject.refnum)', () => {
    const [ntb] = built('dev-corpus/ninjs/ntb_nitf_sample.xml');

    expect(ntb!.terms.map((t) => [t.kind, t.id, t.name, t.code, t.names])).toEqual([
      ['Subject', 'subj-07001000', 'Sykdom', 'subj:07001000', [{ language: 'nb-NO', name: 'Sykdom' }]],
      [
        'Subject',
        'subj-07000000',
        'Medisin og helse',
        'subj:07000000',
        [{ language: 'nb-NO', name: 'Medisin og helse' }],
      ],
    ]);
  });

  it('files ninjs organisations and places as terms, Italy with the same ISO code in ninjs 1.4 and 2.x', () => {
    const [complex] = built('dev-corpus/ninjs/1.4_complex_renditions.json');
    const [text] = built('ninjs/005_complex_text_article.json');

    for (const entry of [complex!, text!]) {
      expect(terms(entry, 'Organisation')).toEqual([['costa-crociere-spa', 'Costa Crociere SpA', undefined]]);
      expect(terms(entry, 'Place')).toEqual([
        ['grossetto', 'Grossetto', undefined],
        ['tuscany', 'Tuscany', undefined],
        ['italy', 'Italy', 'it'],
      ]);
    }
  });

  it('files JSON Feed tags and news-document subjects, organisations and places by name', () => {
    const feed = `{"version":"https://jsonfeed.org/version/1.1","title":"T","items":[{"id":"1","title":"Budget vote","content_text":"The vote.","date_published":"2024-05-02T10:00:00Z","tags":["Politics","Budget"]}]}`;
    const doc = `{"format":"news-document/v1","id":"doc-1","language":"en","headline":"Summit ends","body":["It ended."],"publishedAt":"2024-05-02T10:00:00Z","subjects":["Diplomacy"],"organisations":["United Nations"],"places":["Geneva"]}`;

    const [tagged] = parseInput(textInput('feed.json', feed), parsers).entries.map((e) => buildEntry(e, now));
    const [document] = parseInput(textInput('doc.json', doc), parsers).entries.map((e) => buildEntry(e, now));

    expect(tagged!.terms.map((t) => [t.kind, t.id])).toEqual([
      ['Subject', 'politics'],
      ['Subject', 'budget'],
    ]);
    expect(document!.terms.map((t) => [t.kind, t.id])).toEqual([
      ['Subject', 'diplomacy'],
      ['Organisation', 'united-nations'],
      ['Place', 'geneva'],
    ]);
  });
});
