import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { extractPeople } from '../../../../src/importers/enrich/people.js';
import { describePerson, MAX_ROLES, recordRoles } from '../../../../src/domain/person-roles.js';
import type { Person } from '../../../../src/domain/person.js';
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

describe('a surname alone after the full name, in English', () => {
  it('keeps Aparna Subramanian, whose full name the Guardian gives once and her surname after', () => {
    const entry = guardian.find((e) => e.body.some((p) => p.includes('Aparna Subramanian')));

    const people = buildEntry(entry!, now).people;
    expect(people.map((p) => [p.name, p.aliases])).toEqual([['Aparna Subramanian', ['Subramanian']]]);
  });

  it('keeps a name no rule announces when the text goes on with the surname alone', () => {
    expect(
      names(['The report was led by Kelechi Okafor in Lagos.', 'Okafor said the figures were provisional.']),
    ).toEqual(['Kelechi Okafor']);
  });
});

describe('one name a role announces', () => {
  it('makes Lorde a person in both Guardian stories about her ("singer Lorde", "the popstar Lorde")', () => {
    const about = guardian.filter((e) => e.body.some((p) => /(singer|popstar) Lorde/.test(p)));

    expect(about).toHaveLength(2);
    for (const entry of about) expect(buildEntry(entry, now).people.map((p) => p.name)).toContain('Lorde');
  });

  it('does not make a word a role noun precedes a person when it is an ordinary word or a demonym', () => {
    expect(names(['The minister The Spanish government approved the aid on Tuesday.'])).toEqual([]);
    expect(names(['The rapper Stormzy performed, and the leader Labour chose was absent.'])).toEqual(['Stormzy']);
  });
});

describe('sports copy', () => {
  const sport = (body: string[]) => extractPeople(body, { language: 'en', sportsCopy: true }).map((p) => p.name);

  it('reads players named by surname alone in the Guardian live blogs filed under sport', () => {
    const live = guardian.find((e) => e.headline.startsWith('Tottenham Hotspur v Manchester United'));
    const deadline = guardian.find((e) => e.headline.includes('transfer deadline day'));

    const players = buildEntry(live!, now).people.map((p) => p.name);
    expect(players).toEqual(expect.arrayContaining(['Lingard', 'Lukaku', 'Dembele', 'Kane', 'Alli', 'Jones']));
    expect(players).not.toContain('Clockwatch');
    const transfers = buildEntry(deadline!, now).people;
    expect(transfers.map((p) => p.name)).toEqual(expect.arrayContaining(['Moura', 'Mahrez', 'Aubameyang']));
    expect(transfers.map((p) => p.name)).not.toContain('Limerick');
    // The feed tags Olivier Giroud; his surname in the text is his short form, not a second person.
    expect(transfers.find((p) => p.name === 'Olivier Giroud')?.aliases).toContain('Giroud');
  });

  it('leaves out team nicknames, clubs and places in sports copy, and reads no surnames outside it', () => {
    expect(
      sport(['The Grizzlies beat the Suns and Morant scored 30.', 'He joined from club Limerick at Wembley.']),
    ).toEqual(['Morant']);
    expect(names(['The Grizzlies beat the Suns and Morant scored 30.'])).toEqual([]);
  });
});

describe('names the context announces', () => {
  it('finds a name listed beside a known person (Giannis Antetokuonmpo, Jez Humble)', () => {
    const nba = guardian.find((e) => e.headline.startsWith('The NBA is mad as hell'));

    expect(buildEntry(nba!, now).people.map((p) => p.name)).toContain('Giannis Antetokuonmpo');
    expect(names(['Jez Humble und Dave Farley sind nur zwei der Sprecher aus dem Programm.'], 'de').sort()).toEqual([
      'Dave Farley',
      'Jez Humble',
    ]);
  });

  it('finds a name a role appositive follows (Kalonzo Musyoka, a former vice-president)', () => {
    expect(names(['Kalonzo Musyoka, a former vice-president, says he was the victim of an attack.'])).toEqual([
      'Kalonzo Musyoka',
    ]);
    expect(names(['Grace Nakato, the deputy mayor, opened the bridge.'])).toEqual(['Grace Nakato']);
    expect(names(['Grand Central, the old station, reopened.'])).toEqual([]);
  });

  it('does not take a film title that starts with a verb form for a person', () => {
    expect(names(['Cameron Diaz uglies up in Being John Malkovich!'])).toEqual(['Cameron Diaz']);
  });
});

describe('descriptions by majority role', () => {
  const person = (roles: Record<string, string>, stated?: string): Person => ({
    id: 'vladimir-putin',
    name: 'Vladimir Putin',
    aliases: [],
    mentionCount: 0,
    updatedAt: '',
    roles,
    ...(stated ? { description: stated, descriptionSource: 'SOURCE' as const } : {}),
  });

  it('describes a person by the role most of their articles agree on, and by none when they disagree', () => {
    const agreed = describePerson(
      person({ a1: 'Russian president', a2: 'Russian President' }),
      person({ a3: 'former KGB officer' }),
    );
    expect(agreed).toMatchObject({ description: 'Russian president', descriptionSource: 'ARTICLES' });
    expect(
      describePerson(person({ a1: 'Russian president' }), person({ a2: 'former KGB officer' })).description,
    ).toBeUndefined();
  });

  it('keeps a description the source states over the articles, and one article re-imported counts once', () => {
    expect(describePerson(person({}, 'President of Russia'), person({ a1: 'leader', a2: 'leader' })).description).toBe(
      'President of Russia',
    );
    expect(recordRoles({ a1: 'leader', a2: 'president' }, { a1: 'president' })).toEqual({
      a2: 'president',
      a1: 'president',
    });
  });

  it('keeps the roles of the newest articles only', () => {
    const many = Object.fromEntries(Array.from({ length: MAX_ROLES + 5 }, (_, i) => [`a${i}`, 'leader']));
    const kept = recordRoles(many, { b: 'president' });
    expect(Object.keys(kept)).toHaveLength(MAX_ROLES);
    expect(Object.keys(kept).at(-1)).toBe('b');
    expect(kept.a0).toBeUndefined();
  });

  it('never describes the seed people by a deictic phrase, and a text role stays the article’s mention role', () => {
    const built = buildEntry(
      {
        kind: 'article',
        language: 'en',
        sourceId: 'roles-1',
        headline: 'Talks',
        otherHeadlines: [],
        body: ['The president of this country, Vladimir Putin, met the North Korean leader, Kim Jong-un, on Friday.'],
        publishedAt: '2026-11-01T10:00:00.000Z',
        source: { url: 'https://example.com/roles' },
      },
      now,
    );
    expect(built.people.find((p) => p.name === 'Vladimir Putin')?.description).toBeUndefined();
    expect(built.people.find((p) => p.name === 'Kim Jong-un')).toMatchObject({
      description: 'North Korean leader',
      descriptionSource: 'ARTICLES',
    });
    expect(built.article?.article.people.find((p) => p.name === 'Vladimir Putin')?.role).toBe(
      'The president of this country',
    );
  });
});
