import { createGraphQLApp } from '../../src/graphql/yoga.js';
import type { TestTable } from './test-table.js';

export interface GraphQLAnswer {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The yoga app over a test table, and a helper that POSTs one operation to it. */
export function graphqlClient(table: TestTable) {
  const app = createGraphQLApp({ articles: table.articles, people: table.people, events: table.events, entities: table.entities, runs: table.runs, graphiql: false });
  return async function query(source: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
    const response = await app.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: source, variables }),
    });
    return (await response.json()) as GraphQLAnswer;
  };
}
