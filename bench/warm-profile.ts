import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';
import { type Database, openDatabase } from '../src/local/database.js';
import { loadSampleContent } from '../src/local/sample-content.js';
import { LAMBDA_BUNDLE } from '../scripts/esbuild-options.js';
import { profiledHandlerEnv } from './measure.js';

/** The warm worker, bundled as the benchmark runs it but unminified, so functions keep their names. */
export async function buildProfiledWorker(out: string): Promise<string> {
  rmSync(out, { recursive: true, force: true });
  await build({ ...LAMBDA_BUNDLE, minify: false, entryPoints: { warm: 'bench/warm.ts' }, outdir: out });
  writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n');
  return join(out, 'warm.js');
}

/**
 * The DynamoDB Local the profiles read from: its data persists in .data/bench-profile, so the fixtures
 * are imported only on the first run.
 */
export async function openProfileDatabase(): Promise<Database> {
  const database = await openDatabase({ tableName: 'bench', dataDirectory: resolve('.data/bench-profile') });
  if (database.createdTable) await loadSampleContent(database.repositories);
  return database;
}

export const SAMPLE_INTERVAL_US = 200;
export const WARM_UP_REQUESTS = 1000; // bench/warm.ts's warm-up segment, which the profile includes

/** Profiles `requests` requests of one framework's warm worker; returns the .cpuprofile written. */
export async function profileWorker(
  worker: string,
  database: Database,
  framework: string,
  query: string,
  requests: number,
): Promise<string> {
  const dir = join(worker, '..', framework);
  const child = spawn(
    process.execPath,
    ['--cpu-prof', `--cpu-prof-interval=${SAMPLE_INTERVAL_US}`, `--cpu-prof-dir=${dir}`, worker, framework, query],
    { env: profiledHandlerEnv(database), stdio: ['pipe', 'pipe', 'inherit'] },
  );
  child.stdout.on('data', (chunk: Buffer) => {
    if (chunk.toString().includes('"ready"')) child.stdin.write(`run ${requests}\n`);
    else if (chunk.toString().includes('samplesUs')) child.stdin.end('stop\n');
  });
  await new Promise((done) => child.on('exit', done));
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) throw new Error(`no profile written for ${framework}`);
  return join(dir, file);
}

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}

/** Samples by function (name, module and line in the bundle) and by module or package, for an unminified bundle. */
export function selfTimes(profile: string, bundle: string) {
  const { nodes } = JSON.parse(readFileSync(profile, 'utf8')) as { nodes: ProfileNode[] };
  // esbuild marks where each module starts in an unminified bundle (`// node_modules/graphql/execution/execute.mjs`).
  const starts = readFileSync(bundle, 'utf8')
    .split('\n')
    .flatMap((line, i) => (/^\/\/ (src|bench|node_modules)\//.test(line) ? [{ line: i, module: line.slice(3) }] : []));
  const moduleAt = (line: number) =>
    (starts.findLast((start) => start.line <= line)?.module ?? 'bundle').replace(
      /^node_modules\/((@[^/]+\/)?[^/]+).*$/,
      '$1',
    );
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  let total = 0;
  for (const { callFrame, hitCount } of nodes) {
    total += hitCount;
    const inBundle = callFrame.url.endsWith(`/${basename(bundle)}`);
    const where = inBundle ? `${moduleAt(callFrame.lineNumber)}:${callFrame.lineNumber + 1}` : callFrame.url;
    const key = `${callFrame.functionName || '(anonymous)'} ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + hitCount);
    const pkg = inBundle ? moduleAt(callFrame.lineNumber) : callFrame.url ? 'node internals' : callFrame.functionName;
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + hitCount);
  }
  return { byFunction, byPackage, total };
}
