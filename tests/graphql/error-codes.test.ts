import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

beforeAll(async () => {
  table = await createTestTable('codes');
  query = graphqlClient(table);
}, 120_000);
afterAll(() => table.drop());

describe('every client error carries extensions.code', () => {
  it('answers node(id:) with a string that is no global ID as BAD_USER_INPUT naming the id', async () => {
    const { errors } = await query('{ node(id: "garbage") { id } }');

    expect(errors).toEqual([
      expect.objectContaining({
        message: 'id: "garbage" is not the ID of anything this API serves',
        extensions: { code: 'BAD_USER_INPUT' },
      }),
    ]);
  });

  it('answers a global ID of a type that is not a node as BAD_USER_INPUT, in nodes(ids:) too', async () => {
    const { errors } = await query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: [globalId('Article', 'x'), globalId('ImportRun', 'x')],
    });

    expect(errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('still answers a well-formed ID that names nothing with null and no error', async () => {
    const { data, errors } = await query(`{ node(id: "${globalId('Person', 'nobody')}") { id } }`);

    expect(errors).toBeUndefined();
    expect(data).toEqual({ node: null });
  });

  it('gives an operation type the schema does not have a code (BAD_REQUEST)', async () => {
    const { errors } = await query('mutation { anything }');

    expect(errors?.[0]).toMatchObject({
      message: 'Schema is not configured to execute mutation operation.',
      extensions: { code: 'BAD_REQUEST' },
    });
  });

  it('names the slug, not the id, when event(slug:) finds nothing', async () => {
    const { errors } = await query('{ event(slug: "no-such-summit") { name } }');

    expect(errors).toEqual([
      expect.objectContaining({ message: 'no event with slug "no-such-summit"', extensions: { code: 'NOT_FOUND' } }),
    ]);
  });
});
