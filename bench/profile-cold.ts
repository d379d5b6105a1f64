import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { openDatabase } from '../src/local/database.js';
import { loadSampleContent } from '../src/local/sample-content.js';
import { LAMBDA_BUNDLE } from '../scripts/esbuild-options.js';
import { coldStartScript, profiledHandlerEnv } from './measure.js';
import { postEvent, QUERIES } from './queries.js';

/**
 * `npx tsx bench/profile-cold.ts`: a CPU profile of one cold start of the GraphQL handler as
 * `npm run bench` times it (load the bundle, answer the article page), unminified, with the self time
 * by module: what the first request pays for, and what loads without being needed.
 */
const out = 'bench/dist/profile-cold';
rmSync(out, { recursive: true, force: true });
await build({ ...LAMBDA_BUNDLE, minify: false, entryPoints: { graphql: 'src/handlers/graphql.ts' }, outdir: out });
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
const bundle = resolve(out, 'graphql.js');

const database = await openDatabase({ tableName: 'bench', dataDirectory: resolve('.data/bench-profile') });
try {
  if (database.createdTable) await loadSampleContent(database.repositories);
  const script = coldStartScript(bundle, 'handler', postEvent(QUERIES.article), 'North Korea wants');
  const env = profiledHandlerEnv(database);
  const run = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-interval=100', `--cpu-prof-dir=${out}`, '-e', script],
    {
      env,
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) throw new Error(`cold start failed (${run.status})`);
} finally {
  await database.close();
}

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}
const file = readdirSync(out).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
const { nodes } = JSON.parse(readFileSync(join(out, file), 'utf8')) as { nodes: ProfileNode[] };
const starts = readFileSync(bundle, 'utf8')
  .split('\n')
  .flatMap((line, i) => (/^\/\/ (src|node_modules)\//.test(line) ? [{ line: i, module: line.slice(3) }] : []));
const moduleAt = (line: number) => starts.findLast((start) => start.line <= line)?.module ?? 'bundle';
const byModule = new Map<string, number>();
let total = 0;
for (const { callFrame, hitCount } of nodes) {
  total += hitCount;
  const name = callFrame.url.endsWith('/graphql.js')
    ? moduleAt(callFrame.lineNumber).replace(/^node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1')
    : callFrame.url
      ? 'node internals'
      : callFrame.functionName;
  byModule.set(name, (byModule.get(name) ?? 0) + hitCount);
}
console.log(`cold start: ${total} samples of 100 µs (${join(out, file)})`);
for (const [name, hits] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
