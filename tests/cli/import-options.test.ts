import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
const emptyDataDir = mkdtempSync(join(tmpdir(), 'cli-data-'));
beforeAll(async () => {
  table = await createTestTable('cli-options');
});
afterAll(async () => {
  await table.drop();
  rmSync(emptyDataDir, { recursive: true, force: true });
});

const runCli = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/import.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DYNAMODB_ENDPOINT: table.endpoint, TABLE_NAME: table.tableName, ...env },
    timeout: 180_000,
  });
const SEED = 'tests/fixtures/seed/north-korea-russia-ties.txt';
const HEADLINE = 'North Korea wants to crash bilateral ties with Russia';
const storedArticles = async () => (await table.articles.isEmpty()) === false;

describe('npm run import options', () => {
  it('refuses a DATA_DIR that no running npm start serves, naming it and writing nothing', () => {
    const result = runCli([SEED], { DYNAMODB_ENDPOINT: '', DATA_DIR: emptyDataDir });

    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`no DynamoDB is running for the data directory ${emptyDataDir}`);
    expect(result.stderr).toContain('--start-local');
    expect(result.stdout).toBe('');
  });

  it('starts DynamoDB Local over the DATA_DIR with --start-local, says so, and stops it afterwards', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'cli-start-local-'));
    const result = runCli(['--start-local', SEED], { DYNAMODB_ENDPOINT: '', DATA_DIR: dataDir });
    rmSync(dataDir, { recursive: true, force: true });

    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`(DynamoDB Local started for this command over ${dataDir})`);
    expect(result.stdout).toMatch(/^written {4}1$/m);
  });

  it('refuses an unknown option instead of taking it for a file', () => {
    const result = runCli(['--dryrun', SEED]);

    expect(result.status).toBe(2);
    expect(result.stderr).toContain("Unknown option '--dryrun'");
  });

  it('prints what a dry run would write, with the article ID, headline and flags, and writes nothing', async () => {
    const result = runCli(['--dry-run', SEED, 'tests/fixtures/events/get-query.json']);

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('dry run: nothing written');
    expect(result.stdout).toMatch(
      new RegExp(
        `^ {2}article {3}\\S+ {2}${HEADLINE} {2}\\[FOREIGN_FRAGMENT, IMPLAUSIBLE_YEAR, DOUBLED_PHRASE\\]$`,
        'm',
      ),
    );
    expect(result.stdout).toMatch(/^ {2}people {4}Kim Jong-un; Vladimir Putin; Donald Trump$/m);
    expect(result.stdout).toMatch(/^documents 2: 1 ready, 0 duplicate, 1 rejected$/m);
    expect(await storedArticles()).toBe(false);
  });

  it('prints a dry run as JSON when asked', () => {
    const result = runCli(['--dry-run', '--json', SEED]);

    const output = JSON.parse(result.stdout);
    expect(output.dryRun).toBe(true);
    expect(output.documents).toHaveLength(1);
    expect(output.documents[0]).toMatchObject({ document: SEED, outcome: 'READY', headline: HEADLINE, language: 'en' });
  });

  it('says which endpoint and table it writes to, before and after the import', () => {
    const result = runCli([SEED]);

    expect(result.status).toBe(0);
    expect(result.stderr).toContain(`importing into table ${table.tableName} at ${table.endpoint} (DYNAMODB_ENDPOINT)`);
    expect(result.stdout).toMatch(new RegExp(`^endpoint {3}${table.endpoint}$`, 'm'));
    expect(result.stdout).toMatch(new RegExp(`^table {6}${table.tableName}$`, 'm'));
  });

  it('lists each article with a global ID that article(id:) accepts, in text and in JSON', async () => {
    const text = runCli([SEED]);
    const json = JSON.parse(runCli(['--json', SEED]).stdout);
    const line = new RegExp(`^ {2}(\\S+) {2}UNCHANGED {2}${HEADLINE} {2}\\[FOREIGN_FRAGMENT`, 'm').exec(text.stdout);
    const query = graphqlClient(table);
    const answer = await query('query($id: ID!) { article(id: $id) { headline } }', { id: line?.[1] });

    expect(answer.data.article.headline).toBe(HEADLINE);
    expect(json.documents[0]).toMatchObject({ outcome: 'UNCHANGED', articleId: line?.[1], headline: HEADLINE });
    expect(json).toMatchObject({ endpoint: table.endpoint, table: table.tableName, run: { status: 'SUCCEEDED' } });
  });
});
