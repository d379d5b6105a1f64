import { describe, expect, it } from 'vitest';
import { slugify } from '../../../src/domain/slug.js';

describe('slugify', () => {
  it('folds case, diacritics and punctuation into hyphenated ASCII', () => {
    expect(slugify('Corea del Norte: ¡añade lazos!')).toBe('corea-del-norte-anade-lazos');
  });

  it('cuts long text at a word boundary', () => {
    const slug = slugify('word '.repeat(40), 22);
    expect(slug).toBe('word-word-word-word');
  });
});

describe('slugify transliterates letters that do not decompose', () => {
  it.each([
    ['Norsk selskap har kjøpt Øresund-aksjer', 'norsk-selskap-har-kjopt-oresund-aksjer'],
    ['Łódź wybiera prezydenta', 'lodz-wybiera-prezydenta'],
    ['Ærø får ny færge', 'aero-far-ny-faerge'],
    ['Die Straße nach Gießen', 'die-strasse-nach-giessen'],
    ['Москва и Санкт-Петербург', 'moskva-i-sankt-peterburg'],
    ['Αθήνα: νέα μέτρα', 'athina-nea-metra'],
    ['Þórshöfn í Føroyum', 'thorshofn-i-foroyum'],
  ])('"%s" → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('keeps the slugs of decomposing letters as they were ("ü" → "u", not "ue")', () => {
    expect(slugify('Java-Anwendungsserver: Zürich für Ñandú')).toBe('java-anwendungsserver-zurich-fur-nandu');
  });
});
