import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { graphql } from 'graphql';
import { createContext, type Dependencies } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';

/** The floor: graphql-js called straight from the Lambda event, same schema and context, no server framework. */
export function createGraphQLJsHandler(dependencies: Dependencies) {
  return async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
    const raw = event.body
      ? event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body
      : '{}';
    const { query, variables } = JSON.parse(raw) as { query: string; variables?: Record<string, unknown> };
    const result = await graphql({
      schema,
      source: query,
      variableValues: variables ?? null,
      contextValue: createContext(dependencies, event.headers?.['accept-language'], false),
    });
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(result) };
  };
}
