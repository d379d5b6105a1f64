import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { spread, type Spread } from './measure.js';

export interface WarmResult {
  requests: number;
  requestsPerSecond: number;
  p50us: number;
  p99us: number;
  cpuUsPerRequest: number;
  /** Per round: this framework's segment p50 over Apollo's segment p50 in the same round. */
  p50VsApollo: Spread;
  cpuVsApollo: Spread;
  /** The same per-round ratio against the graphql-js floor (which caches documents like the others). */
  p50VsFloor: Spread;
  /** Every 25th sorted sample, for the latency chart. */
  samplesUs: number[];
}

interface Segment {
  samplesUs: number[];
  seconds: number;
  cpuUs: number;
}

/** A worker process (bench/warm.ts) that answers `run N` with one JSON line. */
function startWorker(framework: string, query: string, env: NodeJS.ProcessEnv) {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['bench/dist/warm.js', framework, query], {
    env,
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async <T>() => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`warm worker ${framework} stopped: ${stderr.slice(-800)}`);
    return JSON.parse(value as string) as T;
  };
  return {
    ready: () => next<{ ready: boolean }>(),
    run: (count: number) => (child.stdin.write(`run ${count}\n`), next<Segment>()),
    stop: () => child.stdin.end('stop\n'),
  };
}

/**
 * Warm per-request cost, measured in alternation: one long-lived warmed-up process per framework, and
 * `rounds` rounds in which each runs `segment` requests in turn (order rotated every round). Frameworks
 * that alternate every second or so meet the same moments of a shared machine's noise, and a ratio
 * within a round compares like with like; the median of those ratios is the figure reported.
 */
export async function measureWarm(
  query: string,
  frameworks: string[],
  rounds: number,
  segment: number,
  env: NodeJS.ProcessEnv,
): Promise<Record<string, WarmResult>> {
  const workers = Object.fromEntries(frameworks.map((f) => [f, startWorker(f, query, env)]));
  try {
    for (const worker of Object.values(workers)) await worker.ready();
    const segments: Record<string, Segment[]> = Object.fromEntries(frameworks.map((f) => [f, []]));
    for (let round = 0; round < rounds; round++) {
      const shift = round % frameworks.length;
      for (const framework of [...frameworks.slice(shift), ...frameworks.slice(0, shift)])
        segments[framework]!.push(await workers[framework]!.run(segment));
    }
    const segmentP50 = (s: Segment) => spread(s.samplesUs).median;
    const apollo = segments.apollo ?? [];
    const floor = segments['graphql-js'] ?? [];
    return Object.fromEntries(
      frameworks.map((framework) => {
        const mine = segments[framework]!;
        const all = mine.flatMap((s) => s.samplesUs).sort((a, b) => a - b);
        const latency = spread(all);
        const seconds = mine.reduce((sum, s) => sum + s.seconds, 0);
        const cpuUs = mine.reduce((sum, s) => sum + s.cpuUs, 0);
        const result: WarmResult = {
          requests: all.length,
          requestsPerSecond: all.length / seconds,
          p50us: latency.median,
          p99us: latency.p99,
          cpuUsPerRequest: cpuUs / all.length,
          p50VsApollo: spread(mine.map((s, i) => segmentP50(s) / segmentP50(apollo[i]!))),
          p50VsFloor: spread(mine.map((s, i) => segmentP50(s) / segmentP50(floor[i]!))),
          cpuVsApollo: spread(
            mine.map((s, i) => s.cpuUs / s.samplesUs.length / (apollo[i]!.cpuUs / apollo[i]!.samplesUs.length)),
          ),
          samplesUs: all.filter((_, i) => i % 25 === 0),
        };
        return [framework, result];
      }),
    );
  } finally {
    for (const worker of Object.values(workers)) worker.stop();
  }
}
