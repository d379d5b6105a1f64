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
