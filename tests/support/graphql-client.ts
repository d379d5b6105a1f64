import { operatorContexts } from '../../src/graphql/operator-context.js';
import { createGraphQLApp, OPERATOR_PATH, type YogaOptions } from '../../src/graphql/yoga.js';
import { KEY_OPERATOR } from '../../src/domain/audit.js';
import type { TestTable } from './test-table.js';

export interface GraphQLAnswer {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * The yoga apps over a test table, and a helper that POSTs one operation: to the operator API when
 * `operator`. Options cannot replace the article and editorial repositories: the operator API's
 * contexts need the table's full ones.
 */
export function graphqlClient(table: TestTable, options: Partial<Omit<YogaOptions, 'articles' | 'editorial'>> = {}) {
  const settings = { ...table, graphiql: false, introspection: true, exposeLimits: true, corsOrigins: [], ...options };
  const app = createGraphQLApp(settings);
  const contexts = operatorContexts(settings);
  const operatorApp = createGraphQLApp({ ...settings, contexts, operatorApi: true });
  return async function query(
    source: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
    operator = false,
  ): Promise<GraphQLAnswer> {
    const response = await (operator ? operatorApp : app).fetch(
      `http://localhost${operator ? OPERATOR_PATH : '/graphql'}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: source, variables }),
      },
      // As the operator handler: the key's operator acts (the audit log's actor).
      contexts({ requestId: 'test', operator, principal: operator ? KEY_OPERATOR : undefined }),
    );
    return (await response.json()) as GraphQLAnswer;
  };
}
