import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { authorsOf } from '../../../../src/importers/enrich/entry-people.js';
import { extractPeople } from '../../../../src/importers/enrich/people.js';
import type { ParsedEntry } from '../../../../src/importers/parsed-entry.js';
import { createParsers, parseInput } from '../../../../src/importers/parse-input.js';

const names = (paragraphs: string[], language: string) =>
  extractPeople(paragraphs, { language }).map((p) => [p.name, ...p.aliases]);
const fixture = (path: string) =>
  parseInput(
    { name: path, bytes: readFileSync(new URL(`../../../fixtures/${path}`, import.meta.url)) },
    createParsers(() => new Date()),
  ).entries;
const now = new Date('2026-11-28T00:00:00Z');

describe('people in other languages', () => {
  it('finds the people of the dpa German fact check, short forms folded, the club left out', () => {
    const [dpa] = fixture('ninjs/dpa_text.json');

    const found = extractPeople(dpa!.body, { language: 'de' }).map((p) => p.name);

    expect(found).toEqual(
      expect.arrayContaining([
        'Lucien Favre',
        'Guido Winkmann',
        'Felix Zwayer',
        'Julian Weigl',
        'Daniel Caligiuri',
        'Thorsten Kinhöfer',
        'Markus Merk',
        'Lutz Michael Fröhlich',
        'Breel Embolo',
      ]),
    );
    expect(found).not.toContain('Körperteil Weigl');
    expect(found).not.toContain('Zwayers Auslegung');
  });

  it('finds Portuguese and Spanish names announced by a role, with "Sra. Rousseff" folded into Dilma Rousseff', () => {
    expect(
      names(
        [
          'O candidato do PSL à Presidência, Jair Bolsonaro, classificou a proposta do seu principal assessor econômico, Paulo Guedes, de "ousada".',
        ],
        'pt',
      ),
    ).toEqual([['Jair Bolsonaro'], ['Paulo Guedes']]);
    expect(
      names(
        [
          'La expresidenta de Brasil Dilma Rousseff participó en un foro en Madrid.',
          'La Sra. Rousseff afirmó que el banco financiará proyectos.',
        ],
        'es',
      ),
    ).toEqual([['Dilma Rousseff', 'Rousseff']]);
  });

  it('folds "Herr Merz" into Bundeskanzler Friedrich Merz and keeps the title as the role', () => {
    const [merz] = extractPeople(
      ['Bundeskanzler Friedrich Merz hat den Haushalt verteidigt.', 'Herr Merz sagte, der Entwurf sei solide.'],
      { language: 'de' },
    );

    expect(merz).toEqual({ name: 'Friedrich Merz', aliases: ['Merz'], role: 'Bundeskanzler' });
  });

  it('does not take Italian and Spanish places for people ("Monte Bianco", "San Sebastián", "Santa Cruz de Tenerife")', () => {
    expect(
      names(['La funivia sul Monte Bianco è stata riaperta. Anche San Marino registra un aumento dei turisti.'], 'it'),
    ).toEqual([]);
    expect(names(['San Sebastián, Santiago de Compostela y Santa Cruz de Tenerife encabezan la lista.'], 'es')).toEqual(
      [],
    );
  });

  it('folds French honorifics into the full name ("M. Macron", "Mme Lagarde")', () => {
    expect(
      names(
        [
          'Le président Emmanuel Macron a reçu mardi le chancelier allemand Olaf Scholz.',
          "M. Macron a plaidé pour un emprunt commun, tandis que M. Scholz s'est dit prudent.",
        ],
        'fr',
      ),
    ).toEqual([
      ['Emmanuel Macron', 'Macron'],
      ['Olaf Scholz', 'Scholz'],
    ]);
    expect(
      names(
        ['La présidente de la BCE, Christine Lagarde, a maintenu les taux.', 'Mme Lagarde est restée prudente.'],
        'fr',
      ),
    ).toEqual([['Christine Lagarde', 'Lagarde']]);
  });

  it('does not take a French street, school or stadium for the person it is named after', () => {
    expect(
      names(
        [
          'Le stade Pierre Mauroy accueille la finale dimanche.',
          "Les supporters se retrouveront boulevard Victor Hugo, devant le lycée Jean Moulin et dans l'avenue Jean Jaurès.",
        ],
        'fr',
      ),
    ).toEqual([]);
    // The person is still found where the text speaks of him.
    expect(
      names(
        [
          "L'historien a rappelé que Jean Jaurès a été assassiné en 1914.",
          "Une plaque rappelle sa mémoire dans l'avenue Jean Jaurès, près du musée Marc Chagall.",
        ],
        'fr',
      ),
    ).toEqual([['Jean Jaurès']]);
  });

  it('finds Norwegian and Swedish speakers after a verb of saying or a role', () => {
    expect(names(['– Det finnes ingen lege på helsestasjonen, sier Ajay Singh Yadav.'], 'nb')).toEqual([
      ['Ajay Singh Yadav'],
    ]);
    expect(
      names(['Statsminister Ulf Kristersson och partiledaren Magdalena Andersson möttes på torsdagen.'], 'sv'),
    ).toEqual([['Ulf Kristersson'], ['Magdalena Andersson']]);
  });
});

describe('people in English', () => {
  it('folds "Mr Ings" into "Chairman Richard Ings"', () => {
    expect(
      names(
        [
          'Chairman Richard Ings said the unit acted within its rules.',
          'Mr Ings added that 14 players had been interviewed.',
        ],
        'en',
      ),
    ).toEqual([['Richard Ings', 'Ings']]);
  });

  it('does not take plants and places for people ("Douglas Fir", "Queen Anne\'s Lace", "Victoria Falls")', () => {
    const text = [
      "Douglas Fir is finding a place in gardens again, alongside Queen Anne's Lace, said the designer Sarah Price.",
      'Victoria Falls has slowed to a trickle, said guide Tendai Moyo.',
    ];

    expect(names(text, 'en')).toEqual([['Sarah Price'], ['Tendai Moyo']]);
  });
});

describe("authors are not the story's people", () => {
  const entry = (overrides: Partial<ParsedEntry>): ParsedEntry => ({
    kind: 'article',
    language: 'en',
    headline: 'x',
    otherHeadlines: [],
    body: [],
    publishedAt: '2026-11-01T10:00:00.000Z',
    source: { url: 'https://example.com/a' },
    ...overrides,
  });

  it('reads authors from bylines, "| Author" suffixes, "writes X" and agency byline lines', () => {
    expect(
      authorsOf({ byline: 'Sam Jones in Madrid and Stephen Burgen in Barcelona', headline: 'x', body: [] }),
    ).toEqual(['Sam Jones in Madrid', 'Stephen Burgen in Barcelona']);
    expect(
      authorsOf({
        headline: 'Our cities need more trees | Jane Holloway',
        body: ['Trees cost less than floods, writes Jane Holloway.'],
      }),
    ).toEqual(['Jane Holloway', 'Jane Holloway']);
    expect(authorsOf({ headline: 'x', body: ['Por Matt Spetalnick e Jason Szep'] })).toEqual([
      'Matt Spetalnick',
      'Jason Szep',
    ]);
  });

  it('leaves the columnist out of the people of a Guardian comment piece and an agency item', () => {
    const guardian = fixture('feeds/guardian.rss');
    const uol = fixture('feeds/uolNoticias.rss');

    expect(buildEntry(guardian[21]!, now).people.map((p) => p.name)).toEqual(['Donald Trump']);
    expect(buildEntry(uol[6]!, now).people).toEqual([]);
    expect(
      buildEntry(
        entry({
          headline: 'Cities need trees | Jane Holloway',
          body: ["London's mayor, Sadiq Khan, has promised 100,000 trees, writes Jane Holloway."],
        }),
        now,
      ).people.map((p) => p.name),
    ).toEqual(['Sadiq Khan']);
  });

  it('keeps the people a feed tags and adds those the text names', () => {
    const guardian = fixture('feeds/guardian.rss');

    expect(buildEntry(guardian[24]!, now).people.map((p) => p.name)).toEqual(
      expect.arrayContaining(['Colin Kaepernick', 'David Rudovsky', 'Malcolm Jenkins', 'Roger Goodell']),
    );
  });
});
