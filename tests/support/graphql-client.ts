import { createGraphQLApp, type YogaOptions } from '../../src/graphql/yoga.js';
import type { TestTable } from './test-table.js';

export interface GraphQLAnswer {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The yoga app over a test table, and a helper that POSTs one operation to it. */
export function graphqlClient(table: TestTable, options: Partial<YogaOptions> = {}) {
  const app = createGraphQLApp({
    ...table,
    graphiql: false,
    introspection: true,
    exposeLimits: true,
    corsOrigins: [],
    ...options,
  });
  return async function query(
    source: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    operator = false,
  ): Promise<GraphQLAnswer> {
    const response = await app.fetch(
      'http://localhost/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: source, variables }),
      },
      { requestId: 'test', operator },
    );
    return (await response.json()) as GraphQLAnswer;
  };
}
