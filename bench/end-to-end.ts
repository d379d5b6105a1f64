import { spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { freePort } from '../src/local/dynamodb-local.js';
import { QUERIES } from './queries.js';

const SECONDS = Number(process.env.BENCH_E2E_SECONDS ?? 10);

/** autocannon on loopback against `npm start` (pointed at the benchmark's DynamoDB Local), one page at a time. */
export async function runEndToEnd(endpoint: string, table: string) {
  const port = await freePort();
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/local/start.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      DYNAMODB_ENDPOINT: endpoint,
      TABLE_NAME: table,
      LOG_LEVEL: 'ERROR',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('npm start did not come up')), 60_000);
      server.stdout?.on(
        'data',
        (chunk: Buffer) => chunk.toString().includes('GraphiQL: http://') && (clearTimeout(timer), resolve()),
      );
    });
    const pages: Record<string, { requestsPerSecond: number; p50ms: number; p99ms: number; non2xx: number }> = {};
    for (const name of ['article', 'front', 'person'] as const) {
      const result = await autocannon({
        url: `http://127.0.0.1:${port}/graphql`,
        connections: 10,
        duration: SECONDS,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERIES[name] }),
      });
      pages[name] = {
        requestsPerSecond: result.requests.average,
        p50ms: result.latency.p50,
        p99ms: result.latency.p99,
        non2xx: result.non2xx,
      };
    }
    return { seconds: SECONDS, connections: 10, pages };
  } finally {
    process.kill(-(server.pid as number), 'SIGINT');
  }
}
