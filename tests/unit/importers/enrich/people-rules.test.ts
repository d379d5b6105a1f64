import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { extractPeople } from '../../../../src/importers/enrich/people.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';

const now = new Date('2026-11-28T00:00:00Z');
const guardian = parseInput(
  { name: 'guardian.rss', bytes: readFileSync(new URL('../../../fixtures/feeds/guardian.rss', import.meta.url)) },
  createParsers(() => now),
).entries;
const names = (paragraphs: string[], language = 'en') => extractPeople(paragraphs, { language }).map((p) => p.name);

describe('where a name ends', () => {
  it('ends the name at a possessive in the Guardian State of the Union report', () => {
    const entry = guardian.find((e) => e.body.some((p) => p.includes("Donald Trump's State of the Union")));

    expect(buildEntry(entry!, now).people.map((p) => p.name)).toEqual(['Donald Trump']);
  });

  it('ends the name at a possessive in English and German written text', () => {
    expect(
      names(['Critics praised Emma Thompson’s Oscar Speech at the ceremony.', 'Thompson thanked her family.']),
    ).toContain('Emma Thompson');
    expect(names(['Der Plan von Friedrich Merz’s Partei Zentrale scheiterte.', 'Merz schwieg.'], 'de')).toEqual([
      'Friedrich Merz',
    ]);
  });
});

describe('one-word names', () => {
  it('does not make "Oscar" a person in the Guardian piece about the Oscars', () => {
    const entry = guardian.find((e) => e.headline.startsWith('Greatest Oscar winners ever'));

    expect(buildEntry(entry!, now).people.map((p) => p.name)).not.toContain('Oscar');
  });

  it('does not make "Tony" or "Emmy" a person where the text speaks of the Tonys or the Emmys', () => {
    const award = (name: string) => [
      `The musical won a ${name} on Sunday, its first ${name} in years.`,
      `At the ${name}s, producers said a ${name} changes everything.`,
    ];

    expect(names(award('Tony'))).toEqual([]);
    expect(names(award('Emmy'))).toEqual([]);
  });
});

describe('names announced by a given name from the locale lists', () => {
  it('finds Erling Haaland in English and Rod Rosenstein in Portuguese', () => {
    expect(names(['Guardiola praised Erling Haaland, whose late goal settled the match.'])).toContain('Erling Haaland');
    expect(
      names(['O índice caiu com especulações sobre a possível renúncia de Rod Rosenstein ao cargo.'], 'pt'),
    ).toContain('Rod Rosenstein');
  });

  it('leaves out places after an article or a place word, and a sentence-initial English word', () => {
    expect(
      names(['El Real Madrid venció al Barcelona en el Santiago Bernabéu ante 78.000 espectadores.'], 'es'),
    ).toEqual([]);
    expect(names(['La Regata di Santa Margherita Ligure si corre a giugno.'], 'it')).toEqual([]);
    expect(names(['Even Donald Trump was silent.', 'Trump left.'])).not.toContain('Even Donald Trump');
  });
});

describe('relatives', () => {
  it('reads a name after a kinship noun as a person, in Norwegian and in Spanish', () => {
    expect(names(['Ifølge Khans slektning Arman Khan er det hundrevis av mennesker som venter.'], 'nb')).toContain(
      'Arman Khan',
    );
    expect(names(['Según su hermana Lucía Ibarra, el viaje se suspendió.'], 'es')).toContain('Lucía Ibarra');
  });

  it('reads a relative sharing a named person’s surname as a person, in Norwegian and in Italian', () => {
    const nb = [
      'I Bihar ble Guddu Khan behandlet av en amatørlege.',
      'Ifølge Khans slektning Arman Khan er det mange slike leger.',
    ];
    const it = ['Il sindaco Marco Ferri ha parlato ieri.', 'Alla riunione era presente anche Gaddo Ferri.'];

    expect(names(nb, 'nb')).toEqual(expect.arrayContaining(['Guddu Khan', 'Arman Khan']));
    expect(names(it, 'it')).toEqual(expect.arrayContaining(['Marco Ferri', 'Gaddo Ferri']));
  });

  it('does not read a German noun before a named person’s surname as a relative', () => {
    const de = ['Der Abwehrspieler Julian Weigl stand im Mittelpunkt.', 'Dann traf der Ball Körperteil Weigl am Arm.'];

    expect(names(de, 'de')).not.toContain('Körperteil Weigl');
  });
});

describe('surnames that are modal verbs', () => {
  it('reads "May" after a given name as a surname, in two texts', () => {
    expect(names(['Theresa May said she would go. May thanked her staff.'])).toContain('Theresa May');
    expect(names(['The model Georgia May Jagger opened the show in Paris.'])).toContain('Georgia May Jagger');
  });
});
