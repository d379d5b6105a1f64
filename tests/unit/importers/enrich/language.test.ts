import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { canonicalLanguage, chooseLanguage, headlineLanguage } from '../../../../src/importers/enrich/language-tags.js';
import { detectLanguage, detectLanguageConfidently, sameLanguage } from '../../../../src/importers/enrich/language.js';
import type { ParsedEntry } from '../../../../src/importers/parsed-entry.js';

const norwegian =
  'Koronapandemien herjer også i landsbyer rundt omkring i India. Døde kastes ut i elver, og de syke behandles med urter av leger uten medisinsk opplæring.';
const russian = 'Президент России Владимир Путин провёл во вторник переговоры с лидером Северной Кореи в Владивостоке.';

describe('language tags', () => {
  it('stores canonical BCP 47 case whatever case the source declares', () => {
    expect(['EN-gb', 'zh-hant', 'pt_br', 'nb-no', 'sv'].map(canonicalLanguage)).toEqual([
      'en-GB',
      'zh-Hant',
      'pt-BR',
      'nb-NO',
      'sv',
    ]);
  });

  it('keeps a declared language even where detectors read another one of the same script (nb read as da)', () => {
    expect(chooseLanguage('nb-NO', norwegian)).toBe('nb-NO');
    expect(chooseLanguage('en', 'Costa Concordia cruise ship')).toBe('en');
  });

  it('overrides a declared language only when the text is in a script it is not written in', () => {
    expect(chooseLanguage('en', russian)).toBe('ru');
    expect(chooseLanguage('zh-hant', '北韓領導人金正恩向俄羅斯總統普丁致函，表示希望加強兩國關係。')).toBe('zh-Hant');
  });

  it('detects undeclared headlines in German and Portuguese from the fixtures', () => {
    expect(detectLanguage('Apache Software Foundation bekommt ein neues Logo')).toBe('de');
    expect(detectLanguage('Ibope: Bolsonaro estaciona na liderança; Haddad segue avançando')).toBe('pt');
  });

  it('treats nb, no, nn and da as one language for mismatch checks, and en-GB as en', () => {
    expect([
      sameLanguage('nb-NO', 'no'),
      sameLanguage('da', 'nb'),
      sameLanguage('en-GB', 'en'),
      sameLanguage('pt-BR', 'pt-PT'),
      sameLanguage('es', 'pt'),
    ]).toEqual([true, true, true, true, false]);
  });
});

describe('confident detection', () => {
  const german =
    'Die Bundesregierung hat am Mittwoch in Berlin einen neuen Haushaltsentwurf vorgelegt, der deutlich höhere Ausgaben für Bildung und Forschung vorsieht.';
  const english =
    'The government presented a new draft budget in Berlin on Wednesday, which provides for significantly higher spending on education and research.';

  it('names the language both detectors agree on, with or without an expected language', () => {
    expect(detectLanguageConfidently(german)).toBe('de');
    expect(detectLanguageConfidently(german, 'en')).toBe('de');
    expect(detectLanguageConfidently(english)).toBe('en');
  });

  it('answers the expected language when the text reads as it (or a variant), which callers never flag', () => {
    expect(detectLanguageConfidently(english, 'en')).toBe('en');
    expect(detectLanguageConfidently(english, 'en-GB')).toBe('en');
  });

  it('gives no answer on text too short for eld to call reliable, whatever is expected', () => {
    expect(detectLanguageConfidently('Berlin', 'en')).toBeUndefined();
    expect(detectLanguageConfidently('Berlin')).toBeUndefined();
  });
});

describe('headline languages', () => {
  const german = ['Die Konferenz findet im Mai in London statt. Die Veranstalter haben das Programm veröffentlicht.'];
  const portuguese = [
    'O candidato do PSL manteve a liderança na pesquisa divulgada nesta terça-feira, segundo o instituto.',
  ];

  it('takes an undeclared short headline in its body language (German and Portuguese read as English and Norwegian alone)', () => {
    expect(detectLanguage('Tales from the Web side: Patterns und Best Practices')).toBe('en');
    expect(headlineLanguage('Tales from the Web side: Patterns und Best Practices', undefined, german)).toBe('de');
    expect(detectLanguage('Ibope: Bolsonaro 28%, Haddad 22%')).toBe('no');
    expect(headlineLanguage('Ibope: Bolsonaro 28%, Haddad 22%', undefined, portuguese)).toBe('pt');
  });

  it('honours a declared language on a headline detectors misread, and keeps a headline confidently in another language', () => {
    expect(detectLanguage('Tottenham Hotspur v Manchester United: Premier League – live!')).toBe('no');
    expect(headlineLanguage('Tottenham Hotspur v Manchester United: Premier League – live!', 'en-GB', [])).toBe(
      'en-GB',
    );
    expect(
      headlineLanguage(
        'The government has announced that the new railway line will open next spring',
        undefined,
        german,
      ),
    ).toBe('en');
  });
});

describe('languages stored by the importer', () => {
  const entry = (overrides: Partial<ParsedEntry>): ParsedEntry => ({
    kind: 'article',
    headline: 'Costa Concordia cruise ship',
    otherHeadlines: [],
    body: [],
    publishedAt: '2026-11-01T10:00:00.000Z',
    source: { url: 'https://example.com/p' },
    ...overrides,
  });

  it('stores the article and translation languages in canonical case', () => {
    const built = buildEntry(
      entry({
        language: 'EN-gb',
        body: ['The ship lies on its side off Giglio.'],
        otherHeadlines: [{ text: 'Navio Costa Concordia', language: 'pt-br' }],
      }),
      new Date(),
    );

    expect(built.article?.article.language).toBe('en-GB');
    expect(built.article?.translations.map((t) => t.language)).toEqual(['pt-BR']);
  });

  it('detects an undeclared photo item from its headline and summary, not the headline alone', () => {
    const summary =
      'The Costa Concordia cruise ship lies on its side in the waters of the Tuscan island of Giglio, Italy, Monday, July 8, 2013.';

    expect(detectLanguage('Costa Concordia cruise ship')).not.toBe('en');
    expect(buildEntry(entry({ summary }), new Date()).article?.article.language).toBe('en');
  });
});
