import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../src/local/dynamodb-local.js';

const dataDir = mkdtempSync(join(tmpdir(), 'news-start-'));
// Importing the sample content takes seconds on a quiet machine and minutes on a loaded one, more so with
// another test file running beside it (vitest.config.ts): the bound is generous, and whatever happens,
// nothing this file started outlives it.
const START_BOUND_MS = 480_000;
const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started)
    if (child.exitCode === null && child.signalCode === null) process.kill(-(child.pid as number), 'SIGKILL');
  for (const pid of javaProcessesUsing(dataDir)) process.kill(pid, 'SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

interface Started {
  child: ChildProcess;
  output: () => string;
  port: number;
}

/** `npm start`'s entry point in its own process group, as a terminal runs it. */
async function start(env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      TABLE_NAME: 'news-content',
      DYNAMODB_ENDPOINT: '',
      ...env,
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no start within ${START_BOUND_MS / 1000} s:\n${output}`)),
      START_BOUND_MS,
    );
    const check = () => (output.includes('GraphiQL: http://') ? (clearTimeout(timer), resolve()) : undefined);
    child.stdout?.on('data', check);
    child.on('exit', () => (clearTimeout(timer), resolve()));
  });
  return { child, output: () => output, port };
}

function javaProcessesUsing(directory: string): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        return cmdline.includes('DynamoDBLocal.jar') && cmdline.includes(directory);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function interrupt({ child }: Started): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  process.kill(-(child.pid as number), 'SIGINT'); // Ctrl-C reaches the whole foreground group
  return exited;
}

async function queryHeadlines(port: number): Promise<unknown> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ articles(first: 1) { edges { node { headline translations { language headline } } } } }',
    }),
  });
  return response.json();
}

/** Import runs over the local operator path: the status without the key, the number of runs with the printed one. */
async function operatorRuns({ port, output }: Started, withKey: boolean): Promise<number> {
  const key = /x-api-key: (\S+)/.exec(output())?.[1] ?? '';
  const response = await fetch(`http://127.0.0.1:${port}/operator/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(withKey ? { 'x-api-key': key } : {}) },
    body: JSON.stringify({ query: '{ importRuns { edges { node { id } } } }' }),
  });
  if (!withKey) return response.status;
  return ((await response.json()) as { data: { importRuns: { edges: unknown[] } } }).data.importRuns.edges.length;
}

const seedAnswer = {
  data: {
    articles: {
      edges: [
        {
          node: {
            headline: 'North Korea wants to crash bilateral ties with Russia',
            translations: [{ language: 'es', headline: 'Corea del Norte desea estrellar lazos bilaterales con Rusia' }],
          },
        },
      ],
    },
  },
};

describe('npm start', () => {
  it(
    'serves the sample article, stops DynamoDB Local on SIGINT, and keeps the data across restarts',
    async () => {
      const first = await start();
      // One unchanged on an empty table: the UOL feed lists one story twice (once behind a redirect).
      expect(first.output()).toMatch(/imported sample content: \d+ written, 1 unchanged, \d+ rejected/);
      // Progress in documents while it imports (a line every 50 off a terminal), then the final count.
      expect(first.output()).toMatch(/^50\/\d+ documents \(\d+\/\d+ inputs\): \d+ written/m);
      expect(await queryHeadlines(first.port)).toEqual(seedAnswer);
      expect(await operatorRuns(first, false)).toBe(401);
      expect(await operatorRuns(first, true)).toBe(1);
      expect(javaProcessesUsing(dataDir)).toHaveLength(1);

      expect(await interrupt(first)).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(javaProcessesUsing(dataDir)).toEqual([]);

      const second = await start();
      expect(second.output()).not.toContain('imported sample content');
      expect(await queryHeadlines(second.port)).toEqual(seedAnswer);
      await interrupt(second);
    },
    2 * START_BOUND_MS + 60_000,
  );

  it('says in one line what to install when Java is missing', async () => {
    const run = await start({ PATH: '/nonexistent' });
    const code = await new Promise((resolve) =>
      run.child.exitCode !== null ? resolve(run.child.exitCode) : run.child.on('exit', resolve),
    );

    expect(code).toBe(1);
    expect(run.output().trim()).toMatch(
      /^DynamoDB Local needs Java 17 or newer \(found none\): install it \(Debian\/Ubuntu: apt-get install -y openjdk-17-jre-headless\)/,
    );
    expect(run.output().trim().split('\n')).toHaveLength(1);
  });
});
