import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

export interface Spread {
  median: number;
  p10: number;
  p90: number;
  p99: number;
  runs: number[];
}

export function spread(values: number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { median: at(0.5), p10: at(0.1), p90: at(0.9), p99: at(0.99), runs: values };
}

export function bundleSize(file: string) {
  return { file, minifiedBytes: statSync(file).size, gzippedBytes: gzipSync(readFileSync(file)).length };
}

/** The environment a profiled handler runs in: production settings (as the bench's), no logs, the given table. */
export function profiledHandlerEnv(table: { tableName: string; endpoint: string }): NodeJS.ProcessEnv {
  return {
    ...process.env,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    LOG_LEVEL: 'SILENT',
    STAGE: 'prod',
    TABLE_NAME: table.tableName,
    DYNAMODB_ENDPOINT: table.endpoint,
    AWS_REGION: 'us-east-1',
  };
}

/** Wall time of one fresh `node -e` process, in milliseconds. */
export function timeProcess(script: string, env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ['-e', script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(Number(process.hrtime.bigint() - started) / 1e6)
        : reject(new Error(`cold start run failed (${code}): ${stderr.slice(0, 500)}`)),
    );
  });
}

/** Loads a bundle, sends it one event and checks the answer: the cold start the issue defines. */
export function coldStartScript(bundle: string, exportName: string, event: unknown, expect: string): string {
  return `require(${JSON.stringify(bundle)}).${exportName}(${JSON.stringify(event)}, { awsRequestId: 'cold' }).then((r) => { if (r.statusCode !== 200 || !r.body.includes(${JSON.stringify(expect)})) { console.error(r.body.slice(0, 300)); process.exit(2); } process.exit(0); }, (e) => { console.error(e); process.exit(3); })`;
}
