import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BodyBlock } from '../../../../src/domain/body-blocks.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';
import { nitfDate } from '../../../../src/importers/parsers/nitf.js';
import { fixtureInput, textInput } from '../../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const parse = (path: string) => parseInput(fixtureInput(path), parsers);
const kinds = (blocks: readonly BodyBlock[] | undefined) => (blocks ?? []).map((b) => b.kind);

describe('stand-alone NITF', () => {
  it('reads the NTB document: headline, language, issue date, byline, dateline, subjects', () => {
    const { format, entries } = parse('dev-corpus/ninjs/ntb_nitf_sample.xml');
    const [entry] = entries;

    expect(format).toBe('nitf');
    expect(entry).toMatchObject({
      sourceId: 'NTB5df9281a-a270-4dc5-a618-869bbc3bbca7_00',
      language: 'nb-NO',
      headline: 'Pandemien herjer på den legeløse indiske landsbygda',
      publishedAt: '2021-05-16T09:00:04.000Z',
      byline: 'NTB-AFP-DPA',
      dateline: 'Unnao',
      source: { publisher: 'NTB' },
      subjects: [
        { name: 'Sykdom', code: 'subj:07001000' },
        { name: 'Medisin og helse', code: 'subj:07000000' },
      ],
    });
  });

  it('turns the NTB body.content into paragraphs and hl2 headings, the picture without a URL into a caption only', () => {
    const [entry] = parse('dev-corpus/ninjs/ntb_nitf_sample.xml').entries;

    expect(kinds(entry?.bodyBlocks).filter((k) => k === 'heading')).toHaveLength(4);
    expect(kinds(entry?.bodyBlocks)).not.toContain('image');
    expect(entry?.body[0]).toBe(
      'Koronapandemien herjer også i landsbyer rundt omkring i India. Døde kastes ut i elver, og de syke behandles med urter av leger uten medisinsk opplæring.',
    );
    expect(entry?.body[1]).toMatch(/^– Det er så mye fattigdom/);
    expect(entry?.photo).toEqual({
      caption: 'Kremasjonsbål for koronaofre brenner i Indias hovedstad New Delhi. Foto: Amit Sharma / AP / NTB',
    });
  });

  it('reads a NITF 3.6 document with a DOCTYPE, a publication date with offset, a sub-headline, a picture, a quote and a list', () => {
    const [entry] = parse('nitf/nitf-3.6-media.xml').entries;

    expect(entry).toMatchObject({
      headline: 'Harbour reopens after the storm',
      summary: 'Fishing boats return on Friday',
      language: 'en-GB',
      publishedAt: '2026-11-27T07:15:00.000Z',
      byline: 'By Ann Lee, Harbour correspondent',
      dateline: 'Portsmouth',
      source: { publisher: 'EXA' },
    });
    expect(entry?.bodyBlocks).toEqual([
      {
        kind: 'paragraph',
        runs: [
          { text: 'The harbour ' },
          { text: 'reopened', emphasis: true },
          { text: ' on Friday, ' },
          { text: 'a week after the storm', href: 'https://example.org/storm' },
          { text: '.' },
        ],
      },
      {
        kind: 'image',
        src: 'https://img.example/harbour.jpg',
        alt: 'Boats in the harbour',
        caption: 'Boats return to the harbour.',
        credit: 'Photo: Jo Bloggs',
        width: 1024,
        height: 683,
      },
      { kind: 'heading', level: 2, text: 'What changes' },
      { kind: 'quote', text: 'We are open for business.', attribution: 'The harbour master' },
      { kind: 'list', ordered: true, items: ['Ferries resume', 'Markets reopen'] },
    ]);
  });

  it('refuses a NITF document without a headline, naming what is missing', () => {
    expect(() =>
      parseInput(
        textInput('x.xml', '<nitf><head/><body><body.content><p>Text</p></body.content></body></nitf>'),
        parsers,
      ),
    ).toThrow(/without a headline/);
  });
});

describe('nitfDate', () => {
  it('reads basic and extended ISO 8601, a time without offset as UTC', () => {
    expect(nitfDate('20210516T090004')).toBe('2021-05-16T09:00:04.000Z');
    expect(nitfDate('20261127T081500+0100')).toBe('2026-11-27T07:15:00.000Z');
    expect(nitfDate('2021-05-16T09:00:04')).toBe('2021-05-16T09:00:04.000Z');
    expect(nitfDate('20210516')).toBe('2021-05-16T00:00:00.000Z');
    expect(nitfDate('yesterday')).toBeUndefined();
  });
});

describe('ninjs with a NITF body', () => {
  it('reads the text/vnd.IPTC.NITF body as blocks, never as markup', () => {
    const addb = JSON.parse(
      readFileSync(
        new URL('../../../fixtures/dev-corpus/ninjs/3.0_addb_press_conference_nitf.json', import.meta.url),
        'utf8',
      ),
    ) as { bodies: unknown[] };
    const item = {
      uri: 'urn:test:nitf-body',
      type: 'text',
      versionCreated: '2026-01-23T10:00:00Z',
      headlines: [{ role: 'main', value: 'Tour Down Under' }],
      bodies: addb.bodies,
    };
    const [entry] = parseInput(textInput('n.json', JSON.stringify(item)), parsers).entries;

    expect(entry?.body.length).toBeGreaterThan(3);
    expect(entry?.body.join('\n')).not.toMatch(/<|\?xml|class=/);
    expect(kinds(entry?.bodyBlocks)).toContain('paragraph');
  });
});
