import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Config } from '../config.js';
import { createGraphQLApp, type YogaOptions } from '../graphql/yoga.js';
import { logger } from '../observability/logger.js';
import { rejectOversizedBody, toRequest, toResult } from './api-gateway.js';
import { withHttpCaching } from './caching.js';
import { isOperator, type OperatorKeyProvider } from './operator-auth.js';

type Settings = Pick<Config, 'graphiql' | 'introspection' | 'production' | 'corsOrigins' | 'cacheMaxAge' | 'cacheStaleWhileRevalidate'>;
type Dependencies = Omit<YogaOptions, 'graphiql' | 'introspection' | 'exposeLimits' | 'corsOrigins'>;

/** The HTTP API (payload 2.0) handler over given repositories: what src/handlers/graphql.ts exports, and what the benchmark measures. */
export function createGraphQLHandler(dependencies: Dependencies, settings: Settings, operatorKey: OperatorKeyProvider) {
  const app = createGraphQLApp({ ...dependencies, graphiql: settings.graphiql, introspection: settings.introspection, exposeLimits: !settings.production, corsOrigins: settings.corsOrigins });
  const cachePolicy = { maxAge: settings.cacheMaxAge, staleWhileRevalidate: settings.cacheStaleWhileRevalidate };
  return async function handler(event: APIGatewayProxyEventV2, context?: Context): Promise<APIGatewayProxyStructuredResultV2> {
    const requestId = context?.awsRequestId ?? event.requestContext.requestId;
    logger.appendKeys({ requestId });
    const oversized = rejectOversizedBody(event);
    if (oversized) return oversized;
    const operator = await isOperator(event, operatorKey);
    const request = toRequest(event, app.fetchAPI.Request);
    const response = await app.fetch(request, { requestId, operator });
    return toResult(await withHttpCaching(request, response, cachePolicy, operator, app.fetchAPI.Response));
  };
}
