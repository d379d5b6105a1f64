import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';
import { fixtureInput, textInput } from '../../../support/fixtures.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const parse = (path: string) => parseInput(fixtureInput(path), parsers).entries;

describe('ninjs', () => {
  it('takes people, organisations and places exactly as 005 labels them', () => {
    const [entry] = parse('ninjs/005_complex_text_article.json');

    expect(entry?.people).toEqual([
      { name: 'Francesco Schettino', uri: 'http://www.wikidata.org/entity/Q4421821', rel: 'about' },
    ]);
    expect(entry?.organisations?.map((o) => o.name)).toEqual(['Costa Crociere SpA']);
    expect(entry?.places?.map((p) => p.name)).toEqual(['Grossetto', 'Tuscany', 'Italy']);
    expect(entry).toMatchObject({
      headline: 'Captain of wrecked cruise ship on trial in Italy',
      language: 'en',
      byline: "Paulo Santalucia and Frances d'Emilio",
      dateline: 'Grossetto, Italy',
    });
  });

  it("turns dpa's HTML body into paragraphs", () => {
    const [entry] = parse('ninjs/dpa_text.json');

    expect(entry?.language).toBe('de');
    expect(entry?.body[0]).toMatch(/^Für Lucien Favre war es «der größte Skandal im Fußball seit Jahren»/);
    expect(entry?.body.every((p) => !p.includes('<'))).toBe(true);
  });

  it("reads TT's Swedish item with its picture", () => {
    const [entry] = parse('ninjs/tt_text_image_3.json');

    expect(entry).toMatchObject({
      language: 'sv',
      headline: 'Militärövning i jätteformat hålls 2023',
      photo: { credit: 'Karl Melander/TT' },
    });
    expect(entry?.places?.map((p) => p.name)).toEqual(['Sverige', 'Gotland', 'Finland']);
  });

  it('reads an event item as an event with its date and venue', () => {
    const [entry] = parse('ninjs/008_event.json');

    expect(entry?.kind).toBe('event');
    expect(entry?.events).toEqual([
      {
        name: '2023 NATO Summit Press Conference',
        kind: 'SUMMIT',
        start: { value: '2023-07-11', precision: 'DAY' },
        place: { name: 'LITEXPO, Vilnius', country: 'Lithuania' },
        participants: [],
      },
    ]);
  });

  it('ignores __proto__ and constructor keys', () => {
    const text =
      '{"uri":"urn:x","versionCreated":"2024-01-01T00:00:00Z","headlines":[{"role":"main","value":"Safe"}],"bodies":[{"value":"Body."}],"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}';

    const [entry] = parseInput(textInput('x.json', text), parsers).entries;

    expect(entry?.headline).toBe('Safe');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['ninjs/dpa_text.json', 'de', 'Schiedsrichter Zwayer entschied richtig'],
    ['ninjs/005_complex_text_article.json', 'en', 'The captain faces charges of manslaughter'],
  ])('reads a sub-headline of %s in its own language as the summary, not a translation', (path, lang, sub) => {
    const text = readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url), 'utf8').replace(
      /"headlines"\s*:\s*\[/,
      `"headlines": [{"role": "sub", "lang": "${lang}", "value": "${sub}"}, {"role": "teaser", "lang": "fr", "value": "Un titre en français"}, `,
    );

    const [entry] = parseInput(textInput('x.json', text), parsers).entries;

    expect(entry?.summary).toBe(sub);
    expect(entry?.otherHeadlines).toEqual([{ text: 'Un titre en français', language: 'fr' }]);
  });

  it('records the version of the uri each file holds', () => {
    const [dpa] = parse('ninjs/dpa_text.json');
    const [tt] = parse('ninjs/tt_text_image_3.json');

    expect(dpa?.source.revision).toEqual({ version: 2, createdAt: '2019-05-10T14:02:28.000Z' });
    expect(tt?.source.revision).toMatchObject({ version: 1 });
  });
});
