import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Config } from '../config.js';
import { readContexts } from '../graphql/context.js';
import { createGraphQLApp, type YogaOptions } from '../graphql/yoga.js';
import { setRequestId } from '../observability/logger.js';
import { rejectOversizedBody, toRequest, toResult } from './api-gateway.js';
import { withHttpCaching } from './caching.js';
import { createDirectPath } from './direct-path.js';
import { isOperator, type OperatorKeyProvider } from './operator-auth.js';
import { rejectMalformedRequest } from './request-checks.js';

type Settings = Pick<
  Config,
  'graphiql' | 'introspection' | 'production' | 'corsOrigins' | 'cacheMaxAge' | 'cacheStaleWhileRevalidate'
>;
type Dependencies = Omit<YogaOptions, 'graphiql' | 'introspection' | 'exposeLimits' | 'corsOrigins' | 'contexts'>;

/** Turn off the direct path (every request takes yoga's full Fetch path) or only its fast lane; tests compare them. */
export interface HandlerOptions {
  directPath?: boolean;
  fastLane?: boolean;
}

/**
 * The HTTP API (payload 2.0) handler over given repositories: what src/handlers/graphql.ts exports, and
 * what the benchmark measures. Without an operator key provider no request counts as an operator's: the
 * deployed public handler passes none (see src/handlers/graphql.ts).
 */
export function createGraphQLHandler(
  dependencies: Dependencies,
  settings: Settings,
  operatorKey: OperatorKeyProvider | undefined,
  options: HandlerOptions = {},
) {
  const app = createGraphQLApp({
    ...dependencies,
    graphiql: settings.graphiql,
    introspection: settings.introspection,
    exposeLimits: !settings.production,
    corsOrigins: settings.corsOrigins,
  });
  // Read-only contexts: the public schema has no mutations, and the bundle then carries no editing code.
  const contexts = readContexts(dependencies);
  const direct =
    options.directPath === false
      ? undefined
      : createDirectPath(app, { cors: settings.corsOrigins.length > 0, fastLane: options.fastLane !== false });
  const cachePolicy = {
    maxAge: settings.cacheMaxAge,
    staleWhileRevalidate: settings.cacheStaleWhileRevalidate,
    cors: settings.corsOrigins.length > 0,
  };

  // A fresh context for each path: the direct path may have written into its own before handing over.
  async function answer(event: APIGatewayProxyEventV2, requestId: string, operator: boolean) {
    const result = await direct?.(event, contexts({ requestId, operator }));
    if (result) return result;
    const context = contexts({ requestId, operator });
    return rejectMalformedRequest(event) ?? toResult(await app.fetch(toRequest(event, app.fetchAPI.Request), context));
  }

  return async function handler(
    event: APIGatewayProxyEventV2,
    context?: Context,
  ): Promise<APIGatewayProxyStructuredResultV2> {
    const requestId = context?.awsRequestId ?? event.requestContext.requestId;
    setRequestId(requestId);
    const oversized = rejectOversizedBody(event, !settings.production);
    if (oversized) return oversized;
    const checked = operatorKey ? isOperator(event, operatorKey) : false;
    const operator = typeof checked === 'boolean' ? checked : await checked;
    const result = await answer(event, requestId, operator);
    return withHttpCaching(
      { method: event.requestContext.http.method, header: headerLookup(event) },
      result,
      cachePolicy,
      operator,
    );
  };
}

/** Request headers by name, ignoring case (HTTP API sends them lower-cased; the local bridge too). */
function headerLookup(event: APIGatewayProxyEventV2) {
  return (name: string) =>
    event.headers?.[name] ?? Object.entries(event.headers ?? {}).find(([key]) => key.toLowerCase() === name)?.[1];
}
