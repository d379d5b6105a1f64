import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { config } from '../config.js';
import { createGraphQLApp } from '../graphql/yoga.js';
import { toRequest, toResult } from '../http/api-gateway.js';
import { logger } from '../observability/logger.js';
import { createDocumentClient } from '../storage/client.js';
import { createRepositories } from '../storage/repositories.js';

// Built once per cold start and reused by every invocation of this process.
const settings = config();
const client = createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint });
const app = createGraphQLApp({ ...createRepositories(client, settings.tableName), graphiql: settings.graphiql });

/** API Gateway HTTP API (payload 2.0): GET and POST /graphql, and GraphiQL's assets. */
export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  const requestId = context?.awsRequestId ?? event.requestContext.requestId;
  logger.appendKeys({ requestId });
  const response = await app.fetch(toRequest(event), { requestId });
  return toResult(response);
}
