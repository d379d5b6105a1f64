import type { Server } from 'node:http';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../src/local/dynamodb-local.js';
import { createLocalServer, listen } from '../../src/local/server.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let server: Server;
let url = '';

/** graphql-http's server audits, run over real HTTP against the local server (the Lambda handler behind it). */
beforeAll(async () => {
  table = await createTestTable('compliance');
  Object.assign(process.env, { TABLE_NAME: table.tableName, DYNAMODB_ENDPOINT: table.endpoint });
  const { handler } = await import('../../src/handlers/graphql.js');
  server = createLocalServer((event) => handler(event));
  const port = await freePort();
  await listen(server, port, '127.0.0.1');
  url = `http://127.0.0.1:${port}/graphql`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await table.drop();
});

const audits = serverAudits({ url: () => url });

describe('GraphQL over HTTP compliance (graphql-http audits)', () => {
  it.each(audits.filter((audit) => audit.name.startsWith('MUST')).map((audit) => [audit.name, audit] as const))(
    '%s',
    async (_, audit) => {
      const result = await audit.fn();

      expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
    },
  );

  it('passes every SHOULD too', async () => {
    const shoulds = audits.filter((audit) => audit.name.startsWith('SHOULD'));
    const results = await Promise.all(shoulds.map(async (audit) => ({ name: audit.name, result: await audit.fn() })));
    const failed = results.filter(({ result }) => result.status !== 'ok').map(({ name }) => name);

    expect(failed).toEqual([]);
  });
});
