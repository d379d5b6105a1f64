import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { knownPeopleIn, nameCandidates } from '../../../../src/importers/enrich/known-people.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';

const now = new Date('2026-11-28T00:00:00Z');
const uol = parseInput(
  { name: 'uol.rss', bytes: readFileSync(new URL('../../../fixtures/feeds/uolNoticias.rss', import.meta.url)) },
  createParsers(() => now),
).entries;
const bolsonaro = { name: 'Jair Bolsonaro', aliases: ['Bolsonaro'] };
const haddad = { name: 'Fernando Haddad', aliases: ['Haddad'] };

describe('linking people the table already knows', () => {
  it('links a Portuguese headline that names known people by surname only', () => {
    const entry = uol.find((e) => e.headline.startsWith('Ibope: Bolsonaro perde de Haddad'));

    const people = buildEntry(entry!, now, { known: [bolsonaro, haddad] }).people.map((p) => p.name);

    expect(people).toEqual(expect.arrayContaining(['Jair Bolsonaro', 'Fernando Haddad']));
  });

  it('links another headline where the surname is the object of a verb', () => {
    const entry = uol.find((e) => /derrotar Bolsonaro/.test(e.headline));

    const people = buildEntry(entry!, now, { known: [bolsonaro] }).people;

    expect(people.find((p) => p.name === 'Jair Bolsonaro')?.aliases).toEqual(['Bolsonaro']);
  });

  it('links English text by a full name and by a short form earlier articles used', () => {
    const text = 'Harry Kane scored twice. Later, Lingard crossed for the winner.';
    const known = [
      { name: 'Harry Kane', aliases: ['Kane'] },
      { name: 'Jesse Lingard', aliases: ['Lingard'] },
      { name: 'Mousa Dembélé', aliases: ['Dembélé'] },
    ];

    expect(knownPeopleIn(text, known)).toEqual([
      { name: 'Harry Kane', aliases: ['Kane'] },
      { name: 'Jesse Lingard', aliases: ['Lingard'] },
    ]);
  });

  it('leaves a short form two known people share unlinked', () => {
    const known = [
      { name: 'Donald Trump', aliases: ['Trump'] },
      { name: 'Melania Trump', aliases: ['Trump'] },
    ];

    expect(knownPeopleIn('Trump arrived in Florida on Friday.', known)).toEqual([]);
  });

  it('does not link a short form the text uses as a month or an ordinary word', () => {
    const known = [
      { name: 'Theresa May', aliases: ['May'] },
      { name: 'Sarah Price', aliases: ['Price'] },
    ];

    expect(knownPeopleIn('Elections are due in May. Price rises slowed, and the price of bread fell.', known)).toEqual(
      [],
    );
  });

  it('does not link a known person whose name is a single word', () => {
    expect(knownPeopleIn('The Oscar went to a debut.', [{ name: 'Oscar', aliases: [] }])).toEqual([]);
  });

  it('keeps a short form of a person the article names in full with that person', () => {
    const entry = uol.find((e) => e.body.some((p) => p.includes('Jair Bolsonaro')));
    const known = [{ name: 'Eduardo Bolsonaro', aliases: ['Bolsonaro'] }];

    const people = buildEntry(entry!, now, { known }).people.map((p) => p.name);

    expect(people).toContain('Jair Bolsonaro');
    expect(people).not.toContain('Eduardo Bolsonaro');
  });

  it('ends a candidate name at a possessive', () => {
    expect(nameCandidates("Donald Trump's State of the Union")).toEqual([
      'Donald',
      'Donald Trump',
      'Trump',
      'State',
      'Union',
    ]);
  });
});
