import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { openDatabase } from '../src/local/database.js';
import { loadSampleContent } from '../src/local/sample-content.js';
import { LAMBDA_BUNDLE } from '../scripts/esbuild-options.js';
import { oneApolloServer } from './peers/one-apollo-server.js';
import { profiledHandlerEnv, spread, timeProcess } from './measure.js';
import { postEvent, QUERIES } from './queries.js';
import { phaseReport, type ChildRun } from './cold-report.js';

/**
 * `npx tsx bench/cold-phases.ts [runs]`: where a cold start goes, for ours, the graphql-js floor and Apollo,
 * each bundled as `npm run bench` bundles it (minified, production settings, a DynamoDB Local in memory with
 * the sample content). Each run is a fresh process (bench/cold-child.ts) that loads a bundle and answers the
 * article page, timing: the bundle's load and evaluation, the schema build, the handler's construction, and
 * the first request split into time with a DynamoDB request in flight and CPU outside it. Interleaved with
 * them: bare `node -e 0`, and bare GetItems from a fresh process with the handlers' client and with node:http
 * alone (bench/cold-get-entry.ts). Writes bench/results/cold-phases.{json,md}.
 */
const RUNS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10);
// --data: a DynamoDB Local over .data/bench-profile (bench/profile.ts's; imported once) instead of one in memory.
const DATA = process.argv.includes('--data') ? resolve('.data/bench-profile') : undefined;
const out = resolve('bench/dist/cold-phases');

// Marks in the bundles under test (only in this build): around the schema build, and where each handler
// module's own code starts (every import evaluated) and ends (the handler built).
const mark = (name: string) => `(globalThis as any).__coldMark?.(${JSON.stringify(name)});`;
const MARKED: [RegExp, (source: string) => string][] = [
  [
    /src\/graphql\/schema\.ts$/,
    (s) => s.replace(/^export const schema = .*$/m, (m) => `${mark('schema:start')}\n${m}\n${mark('schema:end')}`),
  ],
  [
    /(src\/handlers\/graphql|bench\/peers\/(graphql-js|apollo)-entry)\.ts$/,
    (s) => `${s.replace(/^((import .*\n)+)/, (m) => `${m}${mark('modules')}\n`)}\n${mark('handler')}\n`,
  ],
];
const coldMarks: Plugin = {
  name: 'cold-marks',
  setup(b) {
    b.onLoad({ filter: /(schema|graphql|-entry)\.ts$/ }, (args) => {
      const rule = MARKED.find(([pattern]) => pattern.test(args.path));
      if (!rule) return undefined;
      const source = readFileSync(args.path, 'utf8');
      const marked = rule[1](source);
      if (marked.split('__coldMark').length - source.split('__coldMark').length < 2)
        throw new Error(`cold-marks: no place for a mark in ${args.path}`);
      return { contents: marked, loader: 'ts' };
    });
  },
};

await build({
  ...LAMBDA_BUNDLE,
  entryPoints: {
    ours: 'src/handlers/graphql.ts',
    'graphql-js': 'bench/peers/graphql-js-entry.ts',
    apollo: 'bench/peers/apollo-entry.ts',
    get: 'bench/cold-get-entry.ts',
  },
  outdir: out,
  plugins: [oneApolloServer, coldMarks],
});
await build({ ...LAMBDA_BUNDLE, entryPoints: { child: 'bench/cold-child.ts' }, outdir: out, logLevel: 'error' });
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');

function runChild(args: string[], env: NodeJS.ProcessEnv): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [join(out, 'child.js'), ...args], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve({ ...JSON.parse(stdout), processMs: Number(process.hrtime.bigint() - started) / 1e6 })
        : reject(new Error(`${args[0]} ${args[1]} failed (${code}): ${stderr.slice(0, 500)}`)),
    );
  });
}

const database = await openDatabase({ tableName: 'bench', dataDirectory: DATA });
try {
  if (database.createdTable) {
    console.log('importing the sample content into DynamoDB Local');
    await loadSampleContent(database.repositories);
  }
  const env = profiledHandlerEnv(database);
  const event = JSON.stringify(postEvent(QUERIES.article));
  const kinds: [string, () => Promise<ChildRun | number>][] = [
    ['node -e 0', () => timeProcess('0', env)],
    ...['ours', 'graphql-js', 'apollo'].map((name): [string, () => Promise<ChildRun>] => [
      name,
      () => runChild(['handler', join(out, `${name}.js`), 'North Korea wants', event], env),
    ]),
    ['sdk GetItem', () => runChild(['get', join(out, 'get.js')], env)],
    ['sdk GetItem, primed at load', () => runChild(['get', join(out, 'get.js')], { ...env, COLD_PRIME: '1' })],
    ['node:http GetItem', () => runChild(['raw', join(out, 'get.js')], env)],
  ];
  const runs: Record<string, (ChildRun | number)[]> = Object.fromEntries(kinds.map(([name]) => [name, []]));
  for (let i = 0; i < RUNS; i++) {
    // Rotated every run, so no kind always follows another's disk and page-cache traffic.
    const shift = i % kinds.length;
    for (const [name, run] of [...kinds.slice(shift), ...kinds.slice(0, shift)]) runs[name]?.push(await run());
    process.stdout.write(`run ${i + 1}/${RUNS}\r`);
  }
  const bare = spread(runs['node -e 0'] as number[]).median;
  const { markdown, json } = phaseReport(runs, bare);
  writeFileSync(
    'bench/results/cold-phases.json',
    `${JSON.stringify({ date: new Date().toISOString(), ...json, runs }, null, 2)}\n`,
  );
  writeFileSync('bench/results/cold-phases.md', markdown);
  console.log(`\n${markdown}`);
} finally {
  await database.close();
}
