import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { importInputs } from '../src/importers/importer.js';
import { listFiles, readFiles } from '../src/importers/file-inputs.js';
import { openDatabase } from '../src/local/database.js';
import { SAMPLE_FOLDERS } from '../src/local/sample-content.js';
import { LAMBDA_BUNDLE } from '../scripts/esbuild-options.js';
import { oneApolloServer } from './peers/one-apollo-server.js';
import { runEndToEnd } from './end-to-end.js';
import { bundleSize, coldStartScript, spread, timeProcess } from './measure.js';
import { measureWarm } from './warm-rounds.js';
import { measureSdkCalls } from './sdk-calls.js';
import { postEvent, QUERIES } from './queries.js';
import { meterCapacity } from './replay-client.js';
import { writeReport } from './report.js';

/** `npm run bench`: every figure in one run on this machine, written to bench/results/latest.{json,md}. */
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 20);
// ours-full-path: our handler with the direct path off (yoga's Fetch pipeline for every request).
const FRAMEWORKS = ['ours', 'ours-full-path', 'graphql-js', 'apollo'];
const WARM_ROUNDS = Number(process.env.BENCH_WARM_ROUNDS ?? 20);
const WARM_SEGMENT = Number(process.env.BENCH_WARM_SEGMENT ?? 500);
// Every handler runs with production settings (STAGE=prod: introspection and GraphiQL off), as Apollo's is.
const env = {
  ...process.env,
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  LOG_LEVEL: 'SILENT',
  STAGE: 'prod',
};

console.log('building handlers and peers');
if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) process.exit(1);
await build({
  ...LAMBDA_BUNDLE,
  entryPoints: {
    'graphql-js': 'bench/peers/graphql-js-entry.ts',
    apollo: 'bench/peers/apollo-entry.ts',
    warm: 'bench/warm.ts',
  },
  outdir: 'bench/dist',
  plugins: [oneApolloServer],
});
writeFileSync('bench/dist/package.json', '{ "type": "commonjs" }\n');
const bundles = {
  ours: resolve('dist/graphql.js'),
  'graphql-js': resolve('bench/dist/graphql-js.js'),
  apollo: resolve('bench/dist/apollo.js'),
};
const sizes = [
  bundleSize('dist/graphql.js'),
  bundleSize('dist/import-content.js'),
  bundleSize('bench/dist/graphql-js.js'),
  bundleSize('bench/dist/apollo.js'),
];

// An in-memory DynamoDB Local of its own: the bench never touches the database `npm start` serves.
const database = await openDatabase({ tableName: 'bench' });
const table = database.tableName;
const client = database.client;
const metered = meterCapacity(client);
try {
  console.log('importing the fixtures');
  const started = performance.now();
  const run = await importInputs(database.repositories, readFiles(listFiles(SAMPLE_FOLDERS)), {
    source: 'bench',
  });
  const importSeconds = (performance.now() - started) / 1000;
  const importing = {
    documents: run?.counts.documents ?? 0,
    written: run?.counts.written ?? 0,
    seconds: importSeconds,
    documentsPerSecond: (run?.counts.documents ?? 0) / importSeconds,
    writeUnitsPerArticle: metered.meter.write / Math.max(1, run?.counts.written ?? 1),
    callsPerDocument: metered.meter.calls / Math.max(1, run?.counts.documents ?? 1),
  };

  console.log('measuring DynamoDB calls and read capacity per query');
  const { createGraphQLHandler } = await import('../src/http/graphql-handler.js');
  const handler = createGraphQLHandler(
    database.repositories,
    {
      graphiql: false,
      introspection: false,
      production: true,
      corsOrigins: [],
      cacheMaxAge: 0,
      cacheStaleWhileRevalidate: 0,
    },
    async () => undefined,
  );
  const capacity: Record<string, { calls: number; readUnits: number }> = {};
  for (const [name, query] of Object.entries(QUERIES).filter(([name]) => name !== 'tiny')) {
    metered.reset();
    const result = await handler(postEvent(query));
    if (result.statusCode !== 200 || result.body?.includes('"errors"'))
      throw new Error(`${name}: ${result.body?.slice(0, 300)}`);
    capacity[name] = { calls: metered.meter.calls, readUnits: metered.meter.read };
  }

  console.log(`cold starts: ${COLD_RUNS} interleaved runs each`);
  const childEnv = { ...env, TABLE_NAME: table, DYNAMODB_ENDPOINT: database.endpoint, AWS_REGION: 'us-east-1' };
  const cold: Record<string, number[]> = { 'node -e 0': [], ours: [], 'graphql-js': [], apollo: [] };
  const event = postEvent(QUERIES.article);
  const coldScripts: [string, string][] = [
    ['node -e 0', '0'],
    ...Object.entries(bundles).map(([name, bundle]): [string, string] => [
      name,
      coldStartScript(bundle, 'handler', event, 'North Korea wants'),
    ]),
  ];
  for (let i = 0; i < COLD_RUNS; i++) {
    // The order rotates every run, so no handler always follows another's disk and page-cache traffic.
    const shift = i % coldScripts.length;
    for (const [name, script] of [...coldScripts.slice(shift), ...coldScripts.slice(0, shift)])
      cold[name]!.push(await timeProcess(script, childEnv));
  }
  const baseline = spread(cold['node -e 0']!).median;
  const coldStart = Object.fromEntries(
    Object.entries(cold).map(([name, runs]) => [
      name,
      { ...spread(runs.map((ms) => ms - (name === 'node -e 0' ? 0 : baseline))), raw: spread(runs).median },
    ]),
  );

  console.log(
    `warm per-request cost (data answered from memory): ${WARM_ROUNDS} alternating rounds of ${WARM_SEGMENT} requests`,
  );
  const warm = await measureWarm('article', FRAMEWORKS, WARM_ROUNDS, WARM_SEGMENT, childEnv);
  console.log('warm per-request cost of the smallest query, { __typename }: framework overhead alone');
  const warmTiny = await measureWarm('tiny', FRAMEWORKS, WARM_ROUNDS, WARM_SEGMENT * 4, childEnv);

  console.log('DynamoDB client CPU per call (canned HTTP answers)');
  const sdkCalls = await measureSdkCalls();

  console.log('end to end: autocannon against npm start');
  const endToEnd = await runEndToEnd(database.endpoint, table);

  const results = {
    date: new Date().toISOString(),
    machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
    sizes,
    coldStart,
    warm,
    warmTiny,
    sdkCalls,
    endToEnd,
    capacity,
    importing,
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(join('bench/results', 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  writeReport(results);
  console.log('wrote bench/results/latest.json and bench/results/latest.md');
} finally {
  await database.close();
}
