import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const javaRunning = (marker: string) =>
  readdirSync('/proc')
    .filter((pid) => /^\d+$/.test(pid))
    .some((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker);
      } catch {
        return false;
      }
    });

describe('startDynamoDBLocal', () => {
  it('leaves no Java process behind when the process that started it crashes', () => {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const script = `import { startDynamoDBLocal } from './src/local/dynamodb-local.ts';
      await startDynamoDBLocal({ port: ${port} });
      throw new Error('crash after start');`;

    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
      timeout: 180_000,
    });

    expect(run.stderr).toContain('crash after start');
    expect(javaRunning(`-port\u0000${port}`)).toBe(false);
  });
});
