import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importInputs } from '../../src/importers/importer.js';
import { freePort } from '../../src/local/dynamodb-local.js';
import { createLocalServer, listen } from '../../src/local/server.js';
import { fixtureInput } from '../support/fixtures.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

const CHROMIUM = '/usr/bin/chromium';
// CI installs Chromium (.ci/run); a developer machine without it skips this file and says why.
const available = existsSync(CHROMIUM);
if (!available && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run should have installed Debian's chromium`);

let table: TestTable;
let server: Server;
let browser: Browser;
let base = '';

beforeAll(async () => {
  if (!available) return;
  table = await createTestTable('browser');
  await importInputs(table, [fixtureInput('seed/north-korea-russia-ties.txt')], { source: 'test' });
  Object.assign(process.env, { TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint, GRAPHIQL: 'true' });
  const { handler } = await import('../../src/handlers/graphql.js');
  server = createLocalServer((event) => handler(event));
  const port = await freePort();
  await listen(server, port, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 180_000);
afterAll(async () => {
  if (!available) return;
  await browser.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await table.drop();
});

describe.skipIf(!available)('GraphiQL in Chromium', () => {
  it('opens, runs its default query and shows the seed article with its people', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        failed.push(`${response.status()} ${response.url()}`);
    });
    page.on('pageerror', (error) => failed.push(error.message));

    await page.goto(`${base}/graphql`);
    await page.waitForSelector('.graphiql-execute-button', { timeout: 120_000 });
    const answer = page.waitForResponse(
      (response) =>
        response.url().endsWith('/graphql') &&
        response.request().method() === 'POST' &&
        response.request().postData()?.includes('articles') === true,
    );
    await page.click('.graphiql-execute-button');
    const result = page.locator('.graphiql-response');
    await result.getByText('Kim Jong-un').first().waitFor({ timeout: 120_000 });
    mkdirSync('tests/artifacts', { recursive: true });
    await page.screenshot({ path: 'tests/artifacts/graphiql.png' });

    // The result pane only renders the lines in view; the rest is checked in the answer the page received.
    // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator, not a DOM node; innerText is what is shown
    const text = (await result.innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('"headline": "North Korea wants to crash bilateral ties with Russia"');
    const { data } = (await (await answer).json()) as {
      data: { articles: { edges: { node: { events: { name: string }[] } }[] } };
    };
    expect(data.articles.edges[0]?.node.events.map((e) => e.name)).toEqual(
      expect.arrayContaining(['Summit in Vladivostok', 'Summit in Hanoi']),
    );
    expect(failed).toEqual([]);
  }, 300_000);
});
