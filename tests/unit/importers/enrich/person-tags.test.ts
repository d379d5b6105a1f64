import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { isPersonTag } from '../../../../src/importers/enrich/categories.js';
import { classifyCategories } from '../../../../src/importers/taxonomy/categories.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';

const now = new Date('2026-11-28T00:00:00Z');
const guardian = parseInput(
  { name: 'guardian.rss', bytes: readFileSync(new URL('../../../fixtures/feeds/guardian.rss', import.meta.url)) },
  createParsers(() => now),
).entries;
const withCategory = (category: string) => {
  const entry = guardian.find((e) => e.categories?.some((c) => c.name === category));
  if (!entry) throw new Error(`no Guardian item tagged ${category}`);
  return buildEntry(entry, now);
};

describe('person tags among feed categories', () => {
  it('reads a tag starting with a listed given name that compromise misses as a person', () => {
    expect(['Taylor Swift', 'Frank Capra', 'Melania Trump'].map(isPersonTag)).toEqual([true, true, true]);
  });

  it('keeps clubs, places and regions whose first word is also a given name as subjects', () => {
    expect(
      ['Asia Pacific', 'Manchester United', 'Las Vegas', 'Miami Heat', 'New Zealand', 'Costa Rica'].map(isPersonTag),
    ).toEqual([false, false, false, false, false, false]);
  });

  it('makes the Guardian tag Taylor Swift a person of the article, not a subject', () => {
    const built = withCategory('Taylor Swift');

    expect(built.people.map((p) => p.name)).toContain('Taylor Swift');
    expect(built.article?.article.subjects).not.toContain('Taylor Swift');
  });

  it('makes the Guardian tag Frank Capra a person of another article too', () => {
    const built = withCategory('Frank Capra');

    expect(built.people.map((p) => p.name)).toContain('Frank Capra');
    expect(built.article?.article.subjects).not.toContain('Frank Capra');
  });

  it('splits one category list into people and subjects', () => {
    const { people, subjects } = classifyCategories(
      ['Kathryn Bigelow', 'Film', 'Philadelphia Eagles', 'Zac Efron'].map((name) => ({ name })),
    );

    expect(people.map((p) => p.name)).toEqual(['Kathryn Bigelow', 'Zac Efron']);
    expect(subjects.map((s) => s.name)).toEqual(['Film', 'Philadelphia Eagles']);
  });
});
