import { describe, expect, it } from 'vitest';
import { parseByline } from '../../../src/importers/bylines.js';

describe('parseByline', () => {
  it.each([
    ['redazione@x.it (Angela Leucci)', [{ name: 'Angela Leucci' }]],
    ['jonas@insanity.industries (Jonas Große Sundrup)', [{ name: 'Jonas Große Sundrup' }]],
    ['Von Christian Hollmann, dpa', [{ name: 'Christian Hollmann', organisation: 'dpa' }]],
    ['Christian Hollmann (dpa)', [{ name: 'Christian Hollmann', organisation: 'dpa' }]],
    ['Karl Melander/TT', [{ name: 'Karl Melander', organisation: 'TT' }]],
    ['Damian Carrington Environment editor', [{ name: 'Damian Carrington', role: 'Environment editor' }]],
    ['Patrick Wintour Diplomatic editor', [{ name: 'Patrick Wintour', role: 'Diplomatic editor' }]],
    ['By Jane Doe and John Smith', [{ name: 'Jane Doe' }, { name: 'John Smith' }]],
    ["Paulo Santalucia and Frances d'Emilio", [{ name: 'Paulo Santalucia' }, { name: "Frances d'Emilio" }]],
    ['Por Maria da Silva e João Souza', [{ name: 'Maria da Silva' }, { name: 'João Souza' }]],
    ['Sam Jones in Madrid and Stephen Burgen in Barcelona', [{ name: 'Sam Jones' }, { name: 'Stephen Burgen' }]],
    [
      'Nick Ames (now), Ed Aarons and Ben Fisher (earlier)',
      [{ name: 'Nick Ames' }, { name: 'Ed Aarons' }, { name: 'Ben Fisher' }],
    ],
    ['Reuters in New York', [{ name: 'Reuters' }]],
    ['Staff and agencies', [{ name: 'Staff and agencies' }]],
    ['Theodore Roosevelt IV', [{ name: 'Theodore Roosevelt IV' }]],
    ['LAPALU, N., SIMON, A., Lu, A.', [{ name: 'LAPALU, N.' }, { name: 'SIMON, A.' }, { name: 'Lu, A.' }]],
  ])('reads "%s"', (byline, authors) => {
    expect(parseByline(byline)).toEqual(authors);
  });

  it.each(['', '   ', 'editor@example.com'])('names nobody for "%s"', (byline) => {
    expect(parseByline(byline)).toEqual([]);
  });
});
