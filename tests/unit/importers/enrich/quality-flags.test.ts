import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flagQuality } from '../../../../src/importers/enrich/quality.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';

const en = { language: 'en-GB', mentionsPeople: true, importYear: 2026 };
const kindsAndTexts = (paragraphs: string[], context = en) =>
  flagQuality(paragraphs, context).map((f) => [f.kind, f.text]);
const dpa = parseInput(
  { name: 'dpa_text.json', bytes: readFileSync(new URL('../../../fixtures/ninjs/dpa_text.json', import.meta.url)) },
  createParsers(() => new Date()),
).entries[0]!;

describe('IMPLAUSIBLE_YEAR: a year, not a count or part of a range, before 1900 in an article naming people or far ahead', () => {
  it('does not read counts as years ("of 113 countries", "of 193 UN member states")', () => {
    expect(
      kindsAndTexts([
        'Fundamental human rights are reported to have diminished in almost two-thirds of the 113 countries surveyed, said Professor Samuel Moyn.',
        'The alliance counts 32 of 193 UN member states among its members, Mark Rutte said.',
      ]),
    ).toEqual([]);
  });

  it('does not read the parts of a range as years, nor a plan a few years ahead', () => {
    expect(
      kindsAndTexts([
        'Mark Rutte said the exercises run over the winter of 2025-2026, in 1999–2000 terms.',
        'Lopes said the first trains would run on the new line in 2031.',
      ]),
    ).toEqual([]);
  });

  it('flags a year before 1900 for a living minister, and one more than 50 years ahead, with a confidence', () => {
    const flags = flagQuality(
      [
        'The transport minister, Ana Lopes, who took office in 1023, promised upgrades.',
        'Lopes said the tunnel would open in 2109.',
      ],
      en,
    );

    expect(flags.map((f) => [f.kind, f.paragraph, f.text, f.confidence])).toEqual([
      ['IMPLAUSIBLE_YEAR', 0, '1023', 0.9],
      ['IMPLAUSIBLE_YEAR', 1, '2109', 0.7],
    ]);
  });
});

describe('DOUBLED_PHRASE: phrases run together or a word written twice, not deliberate repetition', () => {
  it('does not flag repetition inside quotation marks ("bye bye", "very, very")', () => {
    expect(
      kindsAndTexts([
        'Killer whales able to copy words such as ‘hello’ and “bye bye” as well as sounds from other orcas.',
        '"It was very, very hard," Pep Guardiola said, as fans sang "bye bye, bye bye".',
      ]),
    ).toEqual([]);
  });

  it('does not flag grammar ("that that", "had had") or a phrase that takes an object ("A review in The Times")', () => {
    expect(
      kindsAndTexts([
        'He said that that was the end. She had had enough.',
        'A review in The Times called it a triumph.',
      ]),
    ).toEqual([]);
  });

  it('flags "The minister The Spanish government" and "the the" outside quotations', () => {
    expect(
      kindsAndTexts(['The minister The Spanish government approved the decree.', 'He said the the talks failed.']),
    ).toEqual([
      ['DOUBLED_PHRASE', 'The minister The Spanish'],
      ['DOUBLED_PHRASE', 'the the'],
    ]);
  });
});

describe('FOREIGN_FRAGMENT: a word English does not use, inside English text, outside quotations', () => {
  it('does not flag loanwords and their English forms ("sautéing", "café", "naïve")', () => {
    expect(kindsAndTexts(['Start by sautéing the onions, then move to the café for a naïve dessert.'])).toEqual([]);
  });

  it('does not flag a foreign word quoted on purpose, nor any word in a non-English article', () => {
    expect(kindsAndTexts(['Guddu Khan was treated by a “jhola chhaap” doctor, the «señoría» said.'])).toEqual([]);
    expect(kindsAndTexts(['El Gobierno aprobó según el decreto.'], { ...en, language: 'es' })).toEqual([]);
  });

  it('flags "según" left untranslated in an English sentence', () => {
    expect(kindsAndTexts(['The decree includes 1,200 million euros, según the Ministry of Finance.'])).toEqual([
      ['FOREIGN_FRAGMENT', 'según'],
    ]);
  });
});

describe('LANGUAGE_MISMATCH: a long paragraph confidently in another language, not a quotation, not a variant', () => {
  it('does not flag Norwegian paragraphs in an nb-NO article, nor dpa German in a de article', () => {
    const norwegian = [
      '– Det er så mye fattigdom rundt omkring i landsbyen at folk ikke har råd til ordentlig kremasjoner. De knytter ofte store steiner til likene og kaster dem ut i elva, sier Kidwai Ahmad.',
    ];
    const german = dpa.body;

    expect(kindsAndTexts(norwegian, { ...en, language: 'nb-NO' })).toEqual([]);
    expect(kindsAndTexts(german, { ...en, language: 'de' })).toEqual([]);
  });

  it('does not flag a quotation in English inside a Spanish article, nor a short English standfirst', () => {
    const spanish = [
      '“We will not go back on this, because working people deserve more time for their lives and their families”, dijo Díaz.',
    ];

    expect(kindsAndTexts(spanish, { ...en, language: 'es' })).toEqual([]);
    expect(kindsAndTexts(['LPGA pro Suzann Pettersen: ‘I just laugh’ at president’s tactics'])).toEqual([]);
  });

  it('flags a Spanish paragraph left untranslated in an English article', () => {
    const flags = flagQuality(
      [
        'El Gobierno aprobó este martes el decreto de ayudas para los afectados por la dana en Valencia, que incluye 1.200 millones de euros para reparar viviendas y negocios.',
      ],
      en,
    );

    expect(flags.map((f) => [f.kind, f.paragraph, f.confidence])).toEqual([['LANGUAGE_MISMATCH', 0, 0.8]]);
    expect(flags[0]?.message).toBe('paragraph reads as "es", the article is "en-GB"');
  });
});
