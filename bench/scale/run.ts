import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGraphQLApp } from '../../src/graphql/yoga.js';
import { articleIdFromSource } from '../../src/domain/identity.js';
import { importInputs } from '../../src/importers/importer.js';
import { startDynamoDBLocal } from '../../src/local/dynamodb-local.js';
import { createDocumentClient } from '../../src/storage/client.js';
import { createRepositories } from '../../src/storage/repositories.js';
import { ensureTable } from '../../src/storage/table-definition.js';
import { Table } from '../../src/storage/table.js';
import { bulkLoader } from './bulk-load.js';
import { corpusDocument, corpusMeta, personName } from './corpus.js';
import { profileOf, type ImportProfile } from './import-profile.js';
import { meter, type Reading } from './meter.js';
import { type PageRow, renderReport, type SizeResult } from './report.js';
import { tracer } from './trace.js';
import { compareShapes } from './verify-bulk.js';

/**
 * `npm run bench:scale [-- --sizes 1000,10000,50000 | --quick]`: in its own in-memory DynamoDB Local,
 * first checks the bulk loader against real imports of the same documents, then at each size loads
 * the corpus (bulk-load.ts), measures the pages, profiles one plain and one summit import, and times
 * real imports at concurrency 1, 4 and 8. Writes bench/results/scale.md.
 */
const SEED = 13;
const PEOPLE = 400;
const args = process.argv.slice(2);
const sizesAt = args.findIndex((a) => a === '--sizes' || a.startsWith('--sizes='));
const sizesArg = sizesAt < 0 ? undefined : (args[sizesAt]?.split('=')[1] ?? args[sizesAt + 1]);
if (sizesArg !== undefined && !/^\d+(,\d+)*$/.test(sizesArg)) throw new Error('--sizes N,N,... (article counts)');
const quick = args.includes('--quick');
const sizes = sizesArg ? sizesArg.split(',').map(Number) : quick ? [200, 1000] : [1000, 10000, 50000];
const ROUNDS = 3;
const VERIFY_DOCS = 10;
// The documents real imports take at each size: a plain and a summit one traced, and 24 plain ones timed at
// each concurrency, so 8 workers stay busy for three rounds (every 20th document is a summit article). From the first hundreds of the corpus, so their copies are
// dated among the loaded articles, not at the head of the feeds the pages read.
const PROBE_SUMMIT = 100;
const PROBE_PLAIN = 101;
const PROBE_DOCUMENTS = Array.from({ length: 26 }, (_, k) => 121 + k)
  .filter((i) => i % 20 !== 0)
  .slice(0, 24);
const now = new Date('2026-11-29T00:00:00Z');

// A database file, not -inMemory: in memory DynamoDB Local took ~300 KB of RSS per article (15 GB at 50k);
// its file takes ~45 KB. On tmpfs (/dev/shm) when there is one: as fast as in memory, 3x faster than disk.
const dataDirectory = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'scale-bench-'));
const database = await startDynamoDBLocal({ dataDirectory });
const client = createDocumentClient({ region: 'us-east-1', endpoint: database.endpoint });
const metered = meter(client);
const trace = tracer(client);
const loadAtStart = loadavg();
const started = performance.now();
for (const name of ['scale-bench', 'verify-real', 'verify-bulk']) await ensureTable(client, name);
// ensureTable's DescribeTable answers ResourceNotFound before it creates the table: not an error of the workload.
metered.errors.clear();
const repositories = createRepositories(client, 'scale-bench');
const table = new Table(client, 'scale-bench');
const app = createGraphQLApp({
  ...repositories,
  graphiql: false,
  introspection: false,
  exposeLimits: true,
  corsOrigins: [],
});
const copied = (text: string, copy: string): string => {
  const fields = JSON.parse(text) as { id: string; headline: string };
  return JSON.stringify({
    ...fields,
    id: `${fields.id} (copy ${copy})`,
    headline: `${fields.headline} (copy ${copy})`,
  });
};
/** Corpus document i; a `copy` is the same content under its own id and headline (another article). */
const input = (i: number, copy?: string) => {
  const doc = corpusDocument(SEED, i, PEOPLE);
  const text = copy === undefined ? doc.text : copied(doc.text, copy);
  return { name: copy === undefined ? doc.name : `${doc.name}#${copy}`, bytes: new TextEncoder().encode(text) };
};

/** Real imports of the given documents at `concurrency`: the whole path, parse to related refresh. */
async function importReal(
  deps: ReturnType<typeof createRepositories>,
  documents: number[],
  concurrency: number,
  copy?: string,
) {
  metered.take();
  const t = performance.now();
  const inputs = documents.map((i) => input(i, copy));
  const run = await importInputs(deps, inputs, { source: `bench ${documents[0]}+`, concurrency });
  const rejected = run?.documents.filter((d) => d.outcome === 'REJECTED') ?? [];
  if (rejected.length) console.error(`rejected ${rejected.length}: ${rejected[0]?.reason}`);
  return { seconds: (performance.now() - t) / 1000, reading: metered.take(), count: documents.length };
}

// The bulk load writes what real imports write: checked on the same documents before anything is measured.
const verifyReal = createRepositories(client, 'verify-real');
await importReal(
  verifyReal,
  Array.from({ length: VERIFY_DOCS }, (_, i) => i),
  8,
);
const verifyBulk = await bulkLoader(createRepositories(client, 'verify-bulk'), new Table(client, 'verify-bulk'), {
  seed: SEED,
  peoplePool: PEOPLE,
  now,
});
await verifyBulk.load(0, VERIFY_DOCS);
const shapeProblems = await compareShapes(new Table(client, 'verify-real'), new Table(client, 'verify-bulk'));
console.error(
  shapeProblems.length ? `bulk load differs:\n${shapeProblems.join('\n')}` : 'bulk load matches real imports',
);

async function query(source: string, variables: Record<string, unknown>) {
  const response = await app.fetch(
    'http://localhost/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: source, variables }),
    },
    { requestId: 'bench', operator: false },
  );
  const answer = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (answer.errors) throw new Error(`${answer.errors[0]?.message}`);
  return answer.data as Record<string, unknown>;
}

const PAGES: Record<string, string> = {
  front: `query($first: Int!) { articles(first: $first) { edges { node { headline publishedAt people { name } } } pageInfo { hasNextPage } } }`,
  'language feed (de)': `query($first: Int!) { articles(filter: { language: "de" }, first: $first) { edges { node { headline } } pageInfo { hasNextPage } } }`,
  article: `query($id: ID!) { article(id: $id) { headline body people { name } events { name } relatedArticles { headline } } }`,
  'person by name': `query($first: Int!, $name: String!) { person(name: $name) { name mentionCount events(first: 10) { edges { node { name } } } articles(first: $first) { edges { node { headline } } pageInfo { hasNextPage } } } }`,
  event: `query($first: Int!, $id: ID!) { event(id: $id) { name participantCount participants(first: $first) { edges { node { name } } } articles(first: $first) { edges { node { headline } } } } }`,
};

async function measurePages(): Promise<PageRow[]> {
  const globalId = (type: string, id: string | undefined) => Buffer.from(`${type}:${id}`).toString('base64');
  // The same article at every size (a plain document in the middle of the first size's load): the newest one
  // would change body size, and so read units, from one size to the next.
  const fixed = corpusMeta(SEED, Math.floor(Math.min(...sizes) / 2) + 1, PEOPLE).id;
  const articleId = globalId('Article', articleIdFromSource(`bulk:${fixed}`));
  const eventId = globalId('Event', (await repositories.events.listEvents({}, { first: 1 })).edges[0]?.node.id);
  const rows: PageRow[] = [];
  for (const [page, source] of Object.entries(PAGES))
    for (const first of page === 'article' ? [0] : [10, 100]) {
      // personName(0) is the most-mentioned person (Zipf rank 1).
      const variables = { first, id: page === 'event' ? eventId : articleId, name: personName(0) };
      const latencies: number[] = [];
      let reading: Reading | undefined;
      for (let round = 0; round < ROUNDS; round++) {
        metered.take();
        const t = performance.now();
        await query(source, variables);
        latencies.push(performance.now() - t);
        reading = metered.take();
      }
      latencies.sort((a, b) => a - b);
      const p50Ms = latencies[Math.floor(ROUNDS / 2)] ?? 0;
      rows.push({ page, first, calls: reading?.calls ?? 0, readUnits: reading?.readUnits ?? 0, p50Ms });
    }
  return rows;
}

/** One real import of document i, traced call by call. */
async function profileImport(i: number, copy: string, label: string): Promise<ImportProfile> {
  trace.start();
  await importInputs(repositories, [input(i, copy)], { source: `profile ${i}` });
  return profileOf(label, trace.stop());
}

const loader = await bulkLoader(repositories, table, { seed: SEED, peoplePool: PEOPLE, now });
const results: SizeResult[] = [];
const profiles: ImportProfile[] = [];
let next = 0;
try {
  for (const size of sizes) {
    metered.take();
    const t = performance.now();
    await loader.load(next, size);
    const reading = metered.take();
    const load = { seconds: (performance.now() - t) / 1000, count: size - next, reading };
    next = size;
    console.error(`bulk-loaded ${load.count} articles in ${load.seconds.toFixed(0)} s`);
    const pages = await measurePages();
    // The same documents at every size and level, each time as a copy of its own (own id and headline:
    // another article, same people and body): what a document costs varies with the people it names (52 to
    // 759 calls per document when each row imported different ones), so only the same content compares.
    const step = results.length;
    profiles.push(await profileImport(PROBE_PLAIN, `p${step}`, `plain article at ${size} articles`));
    profiles.push(await profileImport(PROBE_SUMMIT, `s${step}`, `summit article at ${size} articles`));
    const throughput = [];
    for (const [level, concurrency] of [1, 4, 8].entries()) {
      const run = await importReal(repositories, PROBE_DOCUMENTS, concurrency, `t${step}.${level}`);
      throughput.push({
        concurrency,
        docsPerSecond: run.count / run.seconds,
        callsPerDoc: run.reading.calls / run.count,
        writeUnitsPerDoc: run.reading.writeUnits / run.count,
        readUnitsPerDoc: run.reading.readUnits / run.count,
      });
    }
    results.push({
      size,
      articles: next,
      load: {
        seconds: load.seconds,
        callsPerDoc: load.reading.calls / load.count,
        writeUnitsPerDoc: load.reading.writeUnits / load.count,
      },
      pages,
      throughput,
    });
    console.error(`measured at ${size} articles (${((performance.now() - started) / 60_000).toFixed(1)} min)`);
    writeReport();
  }
} finally {
  writeReport();
  await database.stop();
  rmSync(dataDirectory, { recursive: true, force: true });
}

/** Written after each size, so a run stopped during a larger size keeps the smaller ones. */
function writeReport(): void {
  const top = Math.max(0, ...loader.stats.mentions.values());
  const report = renderReport({
    sizes,
    results,
    profiles,
    shapeProblems,
    verifyDocs: VERIFY_DOCS,
    errors: Object.fromEntries(metered.errors),
    lostRaces: Object.fromEntries(metered.lostRaces),
    minutes: (performance.now() - started) / 60_000,
    load: { start: loadAtStart, end: loadavg() },
    stored: {
      articles: loader.stats.articles,
      tableBytes: loader.stats.tableBytes,
      indexBytes: loader.stats.indexBytes,
      summaryBytes: loader.stats.summaryBytes,
      bodyBytes: loader.stats.bodyBytes,
      topPersonShare: loader.stats.articles ? top / loader.stats.articles : 0,
    },
    quick,
  });
  writeFileSync(new URL('../results/scale.md', import.meta.url), report);
  console.error('wrote bench/results/scale.md');
}
