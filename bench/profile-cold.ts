import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { LAMBDA_BUNDLE } from '../scripts/esbuild-options.js';
import { coldStartScript, profiledHandlerEnv } from './measure.js';
import { openProfileDatabase, selfTimes } from './warm-profile.js';
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

const database = await openProfileDatabase();
try {
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

const file = readdirSync(out).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
const { byPackage: byModule, total } = selfTimes(join(out, file), bundle);
console.log(`cold start: ${total} samples of 100 µs (${join(out, file)})`);
for (const [name, hits] of [...byModule].sort((a, b) => b[1] - a[1]).slice(0, 30))
  console.log(`${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`);
