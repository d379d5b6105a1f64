import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type DocumentNode, execute, type GraphQLError, parse, validate } from 'graphql';
import { createContext, type ReadDependencies } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';

const CACHE_SIZE = 1000;

/**
 * The floor: graphql-js called straight from the Lambda event, same schema and context, no server framework.
 * It caches parsed and validated documents by query text (a plain Map, oldest dropped first), as ours and Apollo
 * do, so the floor is what a request costs when a framework adds nothing.
 */
export function createGraphQLJsHandler(dependencies: ReadDependencies) {
  const documents = new Map<string, DocumentNode | readonly GraphQLError[]>();
  function documentOf(query: string): DocumentNode | readonly GraphQLError[] {
    let document = documents.get(query);
    if (document) return document;
    try {
      const parsed = parse(query);
      const errors = validate(schema, parsed);
      document = errors.length ? errors : parsed;
    } catch (error) {
      document = [error as GraphQLError];
    }
    if (documents.size >= CACHE_SIZE) documents.delete(documents.keys().next().value as string);
    documents.set(query, document);
    return document;
  }

  return async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
    const raw = event.body
      ? event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body
      : '{}';
    const { query, variables } = JSON.parse(raw) as { query: string; variables?: Record<string, unknown> };
    const document = documentOf(query);
    const result = Array.isArray(document)
      ? { errors: document }
      : await execute({
          schema,
          document: document as DocumentNode,
          variableValues: variables ?? null,
          contextValue: createContext(dependencies, event.headers?.['accept-language'], false),
        });
    return { statusCode: 200, headers: { 'content-type': 'application/json' }, body: JSON.stringify(result) };
  };
}
