import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { openDatabase } from '../src/local/database.js';
import { loadSampleContent } from '../src/local/sample-content.js';
import { LAMBDA_BUNDLE } from '../scripts/esbuild-options.js';
import { profiledHandlerEnv } from './measure.js';

/**
 * `npx tsx bench/profile.ts <article|tiny|front100> [requests] [framework]`: a CPU profile of the warm
 * worker as the benchmark runs it (bundled, production settings, data answered from memory), unminified
 * so functions keep their names. Prints the self-time shares by function and by package: on a shared
 * machine, shares and call sites survive the noise that absolute timings do not. The DynamoDB Local
 * data persists in .data/bench-profile, so the fixtures are imported only on the first run.
 */
const [query = 'tiny', requests = '20000', framework = 'ours'] = process.argv.slice(2);
const out = 'bench/dist/profile';
rmSync(out, { recursive: true, force: true });
await build({ ...LAMBDA_BUNDLE, minify: false, entryPoints: { warm: 'bench/warm.ts' }, outdir: out });
writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');

const database = await openDatabase({ tableName: 'bench', dataDirectory: resolve('.data/bench-profile') });
try {
  if (database.createdTable) await loadSampleContent(database.repositories);
  const env = profiledHandlerEnv(database);
  const child = spawn(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-interval=200', `--cpu-prof-dir=${out}`, join(out, 'warm.js'), framework, query],
    {
      env,
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  child.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('"ready"')) child.stdin.write(`run ${requests}\n`);
    else if (chunk.toString().includes('samplesUs')) child.stdin.end('stop\n');
  });
  await new Promise((resolve) => child.on('exit', resolve));
} finally {
  await database.close();
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}
const file = readdirSync(out).find((name) => name.endsWith('.cpuprofile'));
if (!file) throw new Error('no profile written');
const { nodes } = JSON.parse(readFileSync(join(out, file), 'utf8')) as { nodes: ProfileNode[] };
const total = nodes.reduce((sum, n) => sum + n.hitCount, 0);
// esbuild marks where each module starts in an unminified bundle (`// node_modules/graphql/execution/execute.mjs`).
const starts = readFileSync(join(out, 'warm.js'), 'utf8')
  .split('\n')
  .flatMap((line, i) => (/^\/\/ (src|bench|node_modules)\//.test(line) ? [{ line: i, module: line.slice(3) }] : []));
function moduleAt(line: number): string {
  let found = 'bundle';
  for (const start of starts) if (start.line <= line) found = start.module;
  return found.replace(/^node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1');
}
const byFunction = new Map<string, number>();
const byPackage = new Map<string, number>();
for (const { callFrame, hitCount } of nodes) {
  const inBundle = callFrame.url.endsWith('/warm.js');
  const where = inBundle ? `${moduleAt(callFrame.lineNumber)}:${callFrame.lineNumber + 1}` : callFrame.url;
  const key = `${callFrame.functionName || '(anonymous)'} ${where}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + hitCount);
  const pkg = inBundle ? moduleAt(callFrame.lineNumber) : callFrame.url ? 'node internals' : callFrame.functionName;
  byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hitCount);
}
const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
console.log(`${framework} ${query} × ${requests}: ${total} samples (${join(out, file)})\n${top(byFunction, 40)}`);
console.log(`\nby module or package:\n${top(byPackage, 25)}`);
