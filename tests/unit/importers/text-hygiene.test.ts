import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../src/importers/build-document.js';
import { listFiles } from '../../../src/importers/file-inputs.js';
import { createParsers, parseInput } from '../../../src/importers/parse-input.js';
import { InputRejectedError } from '../../../src/importers/raw-input.js';
import { cleanText, decodeEntities, stripControls } from '../../../src/importers/text-hygiene.js';
import { fixtureInput } from '../../support/fixtures.js';

const NOW = new Date('2026-11-28T00:00:00Z');
const parsers = createParsers(() => NOW);
const ROOT = new URL('../../fixtures/', import.meta.url).pathname;
const FILES = listFiles([ROOT])
  .map((path) => path.slice(ROOT.length))
  .filter((path) => !path.startsWith('events/'));

const MARKUP = /<\/?[a-z][a-z0-9:-]*(\s[^<>]*)?\/?>|<!--|<!\[CDATA\[|<\?xml/i;
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]{1,31});/i;
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/;
const NEWLINE = /\n/;

/** Every string in a value, with its path, so a failure names the field. */
function* strings(
  value: unknown,
  path: string,
  inPreformatted = false,
): Generator<{ path: string; text: string; preformatted: boolean }> {
  if (typeof value === 'string') yield { path, text: value, preformatted: inPreformatted };
  else if (Array.isArray(value))
    for (const [i, item] of value.entries()) yield* strings(item, `${path}[${i}]`, inPreformatted);
  else if (value && typeof value === 'object') {
    const pre = inPreformatted || (value as { kind?: unknown }).kind === 'preformatted';
    for (const [key, item] of Object.entries(value))
      if (key !== 'contentHash') yield* strings(item, `${path}.${key}`, pre);
  }
}

function importedTexts(file: string) {
  let parsed: ReturnType<typeof parseInput>;
  try {
    parsed = parseInput(fixtureInput(file), parsers);
  } catch (error) {
    if (error instanceof InputRejectedError) return [];
    throw error;
  }
  return parsed.entries.flatMap((entry, i) => {
    try {
      const built = buildEntry(entry, NOW);
      return [...strings({ article: built.article, people: built.people, events: built.events }, `${file}#${i}`)];
    } catch (error) {
      if (error instanceof InputRejectedError) return [];
      throw error;
    }
  });
}

describe('text hygiene of everything imported', () => {
  it('covers the fixtures and the dev corpus', () => {
    expect(FILES.filter((f) => f.startsWith('dev-corpus/')).length).toBeGreaterThanOrEqual(20);
    expect(FILES.length).toBeGreaterThanOrEqual(29);
  });

  it.each(FILES)('stores no markup, encoded entity or control character from %s', (file) => {
    const texts = importedTexts(file);
    const bad = texts.filter(
      ({ text, preformatted }) =>
        MARKUP.test(text) || ENTITY.test(text) || CONTROL.test(text) || (!preformatted && NEWLINE.test(text)),
    );

    expect(bad.map(({ path, text }) => `${path}: ${JSON.stringify(text.slice(0, 120))}`)).toEqual([]);
  });
});

describe('the hand-made dirty feed', () => {
  it('stores its headline, byline and category as a reader would read them', () => {
    const [entry] = parseInput(fixtureInput('hygiene/dirty-entities.rss'), parsers).entries;
    const { article } = buildEntry(entry!, NOW);

    expect(article?.article.headline).toBe('Café Müller ouvre enfin');
    expect(article?.article.byline).toBe('Ana Ñuñez');
    expect(article?.article.subjects).toEqual(['Gastronomie & vins']);
    expect(article?.article.body).toEqual(['Le café de M. Müller rouvre ses portes.', 'Entrée libre & gratuite.']);
  });
});

describe('cleanText', () => {
  it('decodes every named entity, not only a short list', () => {
    expect(cleanText('Caf&eacute; M&uuml;ller &ntilde; &Lstrok;&oacute;d&zacute;')).toBe('Café Müller ñ Łódź');
  });

  it('decodes double-encoded entities', () => {
    expect(cleanText('Fish &amp;amp; chips &amp;eacute;')).toBe('Fish & chips é');
  });

  it('strips markup, also when it arrives escaped', () => {
    expect(cleanText('<b>Bold</b> &lt;i&gt;move&lt;/i&gt;')).toBe('Bold move');
  });

  it('keeps a lone less-than sign and an ampersand that is not an entity', () => {
    expect(cleanText('a < b & AT&T')).toBe('a < b & AT&T');
  });

  it('removes control characters and ANSI escapes', () => {
    expect(cleanText('Red\u001b[31m alert\u0007\u0085 now\r\nthen')).toBe('Red alert now then');
  });
});

describe('stripControls', () => {
  it('keeps newlines in preformatted text when asked', () => {
    expect(stripControls('line 1\r\nline\u0000 2', true)).toBe('line 1\nline 2');
  });
});

describe('decodeEntities', () => {
  it('decodes numeric references, replacing a lone surrogate', () => {
    expect(decodeEntities('&#8217; &#x2019; &laquo;x&raquo; &#xD800;')).toBe('’ ’ «x» \uFFFD');
  });
});
