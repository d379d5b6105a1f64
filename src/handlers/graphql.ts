import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { config } from '../config.js';
import { createGraphQLApp } from '../graphql/yoga.js';
import { rejectOversizedBody, toRequest, toResult } from '../http/api-gateway.js';
import { withHttpCaching } from '../http/caching.js';
import { isOperator } from '../http/operator-auth.js';
import { operatorKeyProvider } from '../http/operator-key.js';
import { logger } from '../observability/logger.js';
import { createDocumentClient } from '../storage/client.js';
import { createRepositories } from '../storage/repositories.js';

// Built once per cold start and reused by every invocation of this process.
const settings = config();
const repositories = createRepositories(createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint }), settings.tableName);
const app = createGraphQLApp({ ...repositories, graphiql: settings.graphiql, introspection: settings.introspection, exposeLimits: !settings.production, corsOrigins: settings.corsOrigins });
const operatorKey = operatorKeyProvider(settings);
const cachePolicy = { maxAge: settings.cacheMaxAge, staleWhileRevalidate: settings.cacheStaleWhileRevalidate };

/** API Gateway HTTP API (payload 2.0): GET and POST /graphql, the IAM-signed operator route, GraphiQL's assets. */
export async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
  const requestId = context?.awsRequestId ?? event.requestContext.requestId;
  logger.appendKeys({ requestId });
  const oversized = rejectOversizedBody(event);
  if (oversized) return oversized;
  const operator = await isOperator(event, operatorKey);
  const request = toRequest(event);
  const response = await app.fetch(request, { requestId, operator });
  return toResult(await withHttpCaching(request, response, cachePolicy, operator));
}
