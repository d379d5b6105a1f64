import { writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createGraphQLApp } from '../../src/graphql/yoga.js';
import { importInputs } from '../../src/importers/importer.js';
import { startDynamoDBLocal } from '../../src/local/dynamodb-local.js';
import { createDocumentClient } from '../../src/storage/client.js';
import { createRepositories } from '../../src/storage/repositories.js';
import { ensureTable } from '../../src/storage/table-definition.js';
import { corpusDocument, personName } from './corpus.js';
import { meter, type Reading } from './meter.js';
import { type PageRow, renderReport, type SizeResult } from './report.js';

/**
 * `npm run bench:scale [-- --quick | --sizes=1000,10000]`: loads a seeded corpus through the real import
 * path into its own in-memory DynamoDB Local (127.0.0.1, a free port), then at each size measures the
 * pages and the imports, and writes bench/results/scale.md.
 */
const SEED = 13;
const args = process.argv.slice(2);
const sizesArg = args.find((a) => a.startsWith('--sizes='))?.slice('--sizes='.length);
if (sizesArg !== undefined && !/^\d+(,\d+)*$/.test(sizesArg)) throw new Error('--sizes=N,N,... (article counts)');
const sizes = sizesArg ? sizesArg.split(',').map(Number) : args.includes('--quick') ? [100, 300] : [1000, 10000, 50000];
const ROUNDS = 5;
// Documents imported at each of concurrency 1, 4 and 8 after each size (they add to the corpus).
const THROUGHPUT_DOCS = args.includes('--quick') ? 16 : 40;

const database = await startDynamoDBLocal();
const client = createDocumentClient({ region: 'us-east-1', endpoint: database.endpoint });
const metered = meter(client);
const table = 'scale-bench';
await ensureTable(client, table);
// ensureTable's DescribeTable answers ResourceNotFound before it creates the table: not an error of the workload.
metered.errors.clear();
let bodyBytes = 0;
const repositories = createRepositories(client, table);
const app = createGraphQLApp({
  ...repositories,
  graphiql: false,
  introspection: false,
  exposeLimits: true,
  corsOrigins: [],
});
const peoplePool = 400;
let next = 0;
const started = performance.now();

const documents = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, k) => {
    const doc = corpusDocument(SEED, from + k, peoplePool);
    bodyBytes += doc.bodyBytes;
    return { name: doc.name, bytes: new TextEncoder().encode(doc.text) };
  });

async function load(to: number, concurrency: number): Promise<{ seconds: number; reading: Reading; count: number }> {
  const from = next;
  metered.take();
  const t = performance.now();
  const run = await importInputs(repositories, documents(from, to), { source: `bench ${from}-${to}`, concurrency });
  next = to;
  const rejected = run?.documents.filter((d) => d.outcome === 'REJECTED') ?? [];
  if (rejected.length) console.error(`rejected ${rejected.length}: ${rejected[0]?.reason}`);
  return { seconds: (performance.now() - t) / 1000, reading: metered.take(), count: to - from };
}

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
  return answer.data as Record<string, any>;
}

const PAGES: Record<string, string> = {
  front: `query($first: Int!) { articles(first: $first) { edges { node { headline publishedAt people { name } } } pageInfo { hasNextPage } } }`,
  'language feed (de)': `query($first: Int!) { articles(filter: { language: "de" }, first: $first) { edges { node { headline } } pageInfo { hasNextPage } } }`,
  article: `query($id: ID!) { article(id: $id) { headline body people { name } events { name } relatedArticles { headline } } }`,
  'person by name': `query($first: Int!, $name: String!) { person(name: $name) { name mentionCount events(first: 10) { edges { node { name } } } articles(first: $first) { edges { node { headline } } pageInfo { hasNextPage } } } }`,
  event: `query($first: Int!, $id: ID!) { event(id: $id) { name participantCount participants(first: $first) { edges { node { name } } } articles(first: $first) { edges { node { headline } } } } }`,
};

async function measurePages(): Promise<PageRow[]> {
  const articleId = Buffer.from(
    `Article:${(await repositories.articles.listArticles({}, { first: 1 })).edges[0]?.node.id}`,
  ).toString('base64');
  const eventId = Buffer.from(
    `Event:${(await repositories.events.listEvents({}, { first: 1 })).edges[0]?.node.id}`,
  ).toString('base64');
  const rows: PageRow[] = [];
  for (const [page, source] of Object.entries(PAGES))
    for (const first of page === 'article' ? [0] : [10, 100]) {
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
      rows.push({
        page,
        first,
        calls: reading?.calls ?? 0,
        readUnits: reading?.readUnits ?? 0,
        p50Ms: latencies[Math.floor(ROUNDS / 2)] ?? 0,
      });
    }
  return rows;
}

const results: SizeResult[] = [];
try {
  for (const size of sizes) {
    const loaded = await load(size, 8);
    console.error(`loaded ${size} articles (${loaded.count} in ${loaded.seconds.toFixed(0)} s)`);
    const pages = await measurePages();
    const throughput = [];
    for (const concurrency of [1, 4, 8]) {
      const run = await load(next + THROUGHPUT_DOCS, concurrency);
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
        seconds: loaded.seconds,
        callsPerDoc: loaded.reading.calls / loaded.count,
        writeUnitsPerDoc: loaded.reading.writeUnits / loaded.count,
      },
      pages,
      throughput,
    });
    console.error(`measured at ${next} articles`);
  }
} finally {
  const report = renderReport({
    sizes,
    results,
    errors: Object.fromEntries(metered.errors),
    lostRaces: Object.fromEntries(metered.lostRaces),
    minutes: (performance.now() - started) / 60_000,
    averageBodyBytes: next ? bodyBytes / next : 0,
    quick: args.includes('--quick'),
  });
  writeFileSync(new URL('../results/scale.md', import.meta.url), report);
  console.error('wrote bench/results/scale.md');
  await database.stop();
}
