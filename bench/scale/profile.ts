import { importInputs } from '../../src/importers/importer.js';
import { openDatabase } from '../../src/local/database.js';
import { corpusDocument } from './corpus.js';
import { profileOf, renderProfile } from './import-profile.js';
import { tracer } from './trace.js';

/**
 * `npx tsx bench/scale/profile.ts [--corpus=200]`: imports a corpus through the real path, then one
 * ~12 KB article and one summit article, and prints where each import's calls and units go.
 */
const corpus = Number(process.argv.find((a) => a.startsWith('--corpus='))?.slice('--corpus='.length) ?? 200);
const SEED = 13;
const PEOPLE = 400;
let trace: ReturnType<typeof tracer> | undefined;
const database = await openDatabase({ tableName: 'profile', beforeFirstCall: (client) => (trace = tracer(client)) });
const deps = database.repositories;
const input = (i: number) => {
  const doc = corpusDocument(SEED, i, PEOPLE);
  return { name: doc.name, bytes: new TextEncoder().encode(doc.text), bodyBytes: doc.bodyBytes };
};
try {
  await importInputs(
    deps,
    Array.from({ length: corpus }, (_, i) => input(i)),
    { source: 'profile corpus', concurrency: 8 },
  );
  // The first plain article of about 12 KB after the corpus, and the next summit article.
  let plain = corpus;
  while (plain % 20 === 0 || Math.abs(input(plain).bodyBytes - 12_288) > 1500) plain++;
  const summit = Math.ceil((corpus + 1) / 20) * 20;
  for (const [label, i] of [
    [`a plain ${(input(plain).bodyBytes / 1024).toFixed(1)} KB article, over ${corpus} articles`, plain],
    [`a summit article (50 participants), over ${corpus} articles`, summit],
  ] as const) {
    trace?.start();
    const run = await importInputs(deps, [input(i)], { source: 'profile' });
    const calls = trace?.stop() ?? [];
    console.log(`${renderProfile(profileOf(label, calls)).join('\n')}\n\n(outcome: ${run?.documents[0]?.outcome})\n`);
  }
} finally {
  await database.close();
}
