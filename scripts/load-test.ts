import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../src/local/dynamodb-local.js';

/**
 * `npm run test:load`: starts `npm start` on a free loopback port, fires a bounded autocannon run
 * (50 connections, LOAD_SECONDS ≤ 60, default 30) mixing valid and hostile requests, and fails on any
 * 5xx, a crash, or memory that keeps growing. Traffic goes to 127.0.0.1 only.
 */
const seconds = Math.min(60, Number(process.env.LOAD_SECONDS ?? 30));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'news-load-'));
const server = spawn(process.execPath, ['--import', 'tsx', 'src/local/start.ts'], {
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    DYNAMODB_ENDPOINT: '',
    LOG_LEVEL: 'ERROR',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  },
  detached: true,
  stdio: ['ignore', 'pipe', 'pipe'],
});
let log = '';
server.stdout?.on('data', (c: Buffer) => (log += c.toString()));
server.stderr?.on('data', (c: Buffer) => (log += c.toString()));

const json = (body: unknown) => ({
  method: 'POST' as const,
  path: '/graphql',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
  body: JSON.stringify(body),
});
const valid = [
  json({ query: '{ articles(first: 20) { edges { node { headline people { name } events { name } } } } }' }),
  json({
    query:
      '{ article(slug: "north-korea-wants-to-crash-bilateral-ties-with-russia", locale: ["es", "en"]) { headline body people { name } relatedArticles { headline } } }',
  }),
  json({
    query:
      '{ person(slug: "donald-trump") { name events(first: 10) { edges { node { name } } } articles(first: 20) { edges { node { headline } } } } }',
  }),
  {
    method: 'GET' as const,
    path: `/graphql?query=${encodeURIComponent('{ events(first: 10) { edges { node { name start { value } } } } }')}`,
  },
];
const hostile = [
  json({ query: `{ articles { edges { node { ${'relatedArticles { '.repeat(12)}id${' }'.repeat(12)} } } } }` }),
  json({ query: `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(' ')} }` }),
  json({
    query: '{ articles(first: 100) { edges { node { people { articles(first: 100) { edges { node { id } } } } } } } }',
  }),
  json({ query: `{ ${'a '.repeat(3000)}}` }),
  json({ query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
  json(Array.from({ length: 500 }, () => ({ query: '{ __typename }' }))),
  { ...json({}), body: JSON.stringify({ query: `{ article(slug: "${'x'.repeat(200 * 1024)}") { id } }` }) },
  { ...json({}), body: '{"query": "{ articles' },
  json({ query: 'query($n: Int) { articles(first: $n) { edges { cursor } } }', variables: { n: 'many' } }),
];

// The heaviest request the limits still let through (cost ~2,700 of 3,000): 100 articles with bodies, people,
// events, related headlines and translations.
const heaviest = json({
  query:
    '{ articles(first: 100) { edges { node { headline body people { name description mentionCount } events { name kind } relatedArticles { headline } translations { language headline } } } } }',
});
const heavySeconds = Math.min(30, Number(process.env.LOAD_HEAVY_SECONDS ?? 10));

const run = (connections: number, duration: number, requests: object[]) =>
  new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: base, connections, duration, requests: requests as autocannon.Request[] }, (error, done) =>
      error ? reject(error) : resolve(done),
    );
  });

/** Legitimate traffic (10 connections) alone, then beside two connections repeating the heaviest allowed request. */
async function heavyPhase() {
  const alone = await run(10, heavySeconds, valid);
  const [beside, heavy] = await Promise.all([run(10, heavySeconds, valid), run(2, heavySeconds, [heaviest])]);
  return { alone, beside, heavy };
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

async function waitForServer(): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`npm start exited:\n${log}`);
    if (log.includes('GraphiQL: http://')) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`npm start did not come up within 120 s:\n${log}`);
}

async function probeRejections(): Promise<{ p50: number; p99: number; statuses: Set<number> }> {
  const times: number[] = [];
  const statuses = new Set<number>();
  for (let round = 0; round < 20; round++) {
    for (const request of hostile) {
      const started = performance.now();
      const response = await fetch(`${base}${request.path}`, {
        method: request.method,
        headers: request.headers,
        body: request.body,
      });
      await response.arrayBuffer();
      times.push(performance.now() - started);
      statuses.add(response.status);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(times.length / 2)] ?? 0, p99: times[Math.floor(times.length * 0.99)] ?? 0, statuses };
}

const failures: string[] = [];
try {
  await waitForServer();
  const pid = server.pid as number;
  const probe = await probeRejections();
  const rssBefore = rssMb(pid);
  const counts = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  const samples: number[] = [];
  const sampler = setInterval(() => samples.push(rssMb(pid)), 1000);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: base, connections: 50, duration: seconds, requests: [...valid, ...hostile, ...valid] },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client: unknown, status: number) => {
      counts[`${Math.floor(status / 100)}xx` as keyof typeof counts] += 1;
    });
  });
  clearInterval(sampler);
  const alive = server.exitCode === null && (await fetch(`${base}/graphql?query=%7B__typename%7D`)).status === 200;
  const rssAfter = rssMb(pid);
  const lastThird = samples.slice(Math.floor((samples.length * 2) / 3));
  const firstThird = samples.slice(0, Math.max(1, Math.floor(samples.length / 3)));
  const growth = Math.max(...lastThird) - Math.max(...firstThird);

  console.log(
    `load: ${seconds} s, 50 connections, ${result.requests.total} requests (${Math.round(result.requests.average)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`,
  );
  console.log(
    `status: 2xx ${counts['2xx']}, 3xx ${counts['3xx']}, 4xx ${counts['4xx']}, 5xx ${counts['5xx']}; errors ${result.errors}, timeouts ${result.timeouts}`,
  );
  console.log(
    `memory (RSS of the server): ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after; growth over the run ${growth.toFixed(0)} MB (first third's peak to last third's peak)`,
  );
  console.log(
    `hostile requests, unloaded: statuses ${[...probe.statuses].sort().join(', ')}; latency p50 ${probe.p50.toFixed(1)} ms, p99 ${probe.p99.toFixed(1)} ms (target ≤ 50 ms)`,
  );
  const phase = await heavyPhase();
  const share = 1 - phase.beside.requests.average / Math.max(1, phase.alone.requests.average);
  console.log(
    `legitimate traffic alone (10 connections, ${heavySeconds} s): ${Math.round(phase.alone.requests.average)} req/s, p99 ${phase.alone.latency.p99} ms`,
  );
  console.log(
    `beside 2 connections of the heaviest allowed request (${Math.round(phase.heavy.requests.average)} req/s of it, ${phase.heavy.non2xx} non-2xx): ${Math.round(phase.beside.requests.average)} req/s, p99 ${phase.beside.latency.p99} ms; the heavy requests took ${(share * 100).toFixed(0)}% of legitimate throughput`,
  );
  if (phase.beside.non2xx + phase.alone.non2xx > 0) failures.push('legitimate requests failed during the heavy phase');
  if (counts['5xx'] > 0) failures.push(`${counts['5xx']} responses were 5xx`);
  if (result.errors > 0 || result.timeouts > 0)
    failures.push(`${result.errors} connection errors, ${result.timeouts} timeouts`);
  if (!alive) failures.push('the server did not answer after the run');
  if ([...probe.statuses].some((status) => status < 400 || status >= 500))
    failures.push(`a hostile request got status ${[...probe.statuses].join(', ')}`);
  if (growth > 150) failures.push(`memory grew by ${growth.toFixed(0)} MB during the run`);
  if (probe.p99 > 50) console.log('note: hostile p99 above 50 ms on this (shared) machine');
} catch (error) {
  failures.push((error as Error).message);
} finally {
  if (server.exitCode === null) process.kill(-(server.pid as number), 'SIGINT');
  await new Promise((resolve) => (server.exitCode !== null ? resolve(null) : server.once('exit', resolve)));
  rmSync(dataDir, { recursive: true, force: true });
}
console.log(
  failures.length ? `load test FAILED: ${failures.join('; ')}` : 'load test passed: no 5xx, no crash, memory bounded',
);
process.exit(failures.length ? 1 : 0);
