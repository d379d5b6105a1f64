import { readFileSync } from 'node:fs';
import { createParsers, parseInput } from '../src/importers/parse-input.js';

// Prints each entry of a document (index, declared language, headline, body) for annotating the gold set by hand.
const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
for (const file of process.argv.slice(2)) {
  const { format, entries } = parseInput({ name: file, bytes: readFileSync(file) }, parsers);
  entries.forEach((e, i) => {
    console.log(`\n### ${file} [${i}] ${format} lang=${e.language ?? '-'} byline=${e.byline ?? '-'}`);
    console.log(`H: ${e.headline}`);
    if (e.summary) console.log(`S: ${e.summary.slice(0, 400)}`);
    for (const [j, p] of e.body.entries()) console.log(`${j}: ${p}`);
    if (e.people?.length) console.log(`META people: ${e.people.map((p) => p.name).join('; ')}`);
    if (e.categories?.length) console.log(`CATS: ${e.categories.join('; ')}`);
    if (e.events?.length) console.log(`META events: ${JSON.stringify(e.events)}`);
  });
}
