import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Config } from '../config.js';
import type { Dependencies as Repositories } from '../graphql/context.js';
import { operatorContexts } from '../graphql/operator-context.js';
import { createGraphQLApp, type YogaOptions } from '../graphql/yoga.js';
import { setRequestId } from '../observability/logger.js';
import { rejectOversizedBody, toRequest, toResult } from './api-gateway.js';
import { operatorIdentity, type OperatorKeyProvider } from './operator-auth.js';
import { rejectMalformedRequest } from './request-checks.js';

type Dependencies = Omit<
  YogaOptions,
  'graphiql' | 'introspection' | 'exposeLimits' | 'corsOrigins' | 'operatorApi' | 'contexts'
> &
  Repositories;

const UNAUTHENTICATED = JSON.stringify({
  errors: [
    {
      message: 'the operator API is for operators: send the x-api-key header, or sign the request with IAM',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
});

/**
 * The operator API's handler (POST /operator/graphql): the operator schema, for requests API Gateway
 * authorized with IAM or that carry the operator key; everyone else gets 401 before any GraphQL runs.
 * Answers are never cached, and no browser origin is allowed.
 */
export function createOperatorHandler(
  dependencies: Dependencies,
  settings: Pick<Config, 'introspection' | 'production'>,
  operatorKey: OperatorKeyProvider,
) {
  const contexts = operatorContexts(dependencies);
  const app = createGraphQLApp({
    ...dependencies,
    contexts,
    operatorApi: true,
    graphiql: false,
    introspection: settings.introspection,
    exposeLimits: !settings.production,
    corsOrigins: [],
  });
  return async function handler(
    event: APIGatewayProxyEventV2,
    context?: Context,
  ): Promise<APIGatewayProxyStructuredResultV2> {
    const requestId = context?.awsRequestId ?? event.requestContext.requestId;
    setRequestId(requestId);
    const principal = await operatorIdentity(event, operatorKey);
    if (principal === undefined)
      return {
        statusCode: 401,
        headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
        body: UNAUTHENTICATED,
      };
    const result =
      rejectOversizedBody(event, !settings.production) ??
      rejectMalformedRequest(event) ??
      (await toResult(
        await app.fetch(toRequest(event, app.fetchAPI.Request), contexts({ requestId, operator: true, principal })),
      ));
    return { ...result, headers: { ...result.headers, 'cache-control': 'no-store' } };
  };
}
