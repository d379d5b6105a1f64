import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
beforeAll(async () => {
  table = await createTestTable('cli');
});
afterAll(() => table.drop());

const runCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName },
    timeout: 180_000,
  });

describe('npm run import', () => {
  it('imports a folder and prints a summary table, listing rejected documents', () => {
    const result = runCli('tests/fixtures/seed', 'tests/fixtures/events');

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^status {5}SUCCEEDED$/m);
    expect(result.stdout).toMatch(/^documents {2}3$/m);
    expect(result.stdout).toMatch(/^written {4}1$/m);
    expect(result.stdout).toMatch(/^rejected {3}2$/m);
    expect(result.stdout).toContain('tests/fixtures/events/get-query.json: unrecognised format');
  });

  it('prints rejections without the terminal escapes a file name or document carries', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cli-'));
    writeFileSync(join(folder, 'notes\u001b[2J\u001b[31m.md'), '# Just notes\u0007');

    const result = runCli(folder);

    expect(result.stdout).toContain('notes.md: unrecognised format');
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    rmSync(folder, { recursive: true });
  });

  it('takes --concurrency N for backfills and does not read it as a path', () => {
    const result = runCli('--concurrency', '4', 'tests/fixtures/seed', 'tests/fixtures/events');

    expect(result.stderr).not.toContain('no such file');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^documents {2}3$/m);
  });

  it('reports unchanged documents on a second run', () => {
    const result = runCli('tests/fixtures/seed');

    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^unchanged {2}1$/m);
  });

  it('exits 2 with usage for a path that does not exist', () => {
    const result = runCli('no/such/folder');

    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no such file or folder: no/such/folder');
  });
});
