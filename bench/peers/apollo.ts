import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context as LambdaContext } from 'aws-lambda';
import { createContext, type ReadDependencies, type RequestContext } from '../../src/graphql/context.js';
import { schema } from '../../src/graphql/schema.js';

/** What users pick instead: Apollo Server 5 with @as-integrations/aws-lambda, same schema and context. */
export function createApolloHandler(dependencies: ReadDependencies) {
  const server = new ApolloServer<RequestContext>({ schema, introspection: false });
  const lambda = startServerAndCreateLambdaHandler(server, handlers.createAPIGatewayProxyEventV2RequestHandler(), {
    context: async ({ event }) => createContext(dependencies, event.headers?.['accept-language'], false),
  });
  const context = { awsRequestId: 'bench', callbackWaitsForEmptyEventLoop: true } as unknown as LambdaContext;
  return (event: APIGatewayProxyEventV2) =>
    lambda(event, context, () => {}) as Promise<APIGatewayProxyStructuredResultV2>;
}
