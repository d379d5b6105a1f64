import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { httpApiEvent } from './events.js';

type Handler = (event: APIGatewayProxyEventV2) => Promise<APIGatewayProxyStructuredResultV2>;

/** Builds real HTTP API v2 events for the Lambda handler: POST JSON and GET with a query string. */
export function handlerClient(handler: () => Handler) {
  const post = (
    body: unknown,
    headers: Record<string, string> = {},
    change: (event: APIGatewayProxyEventV2) => void = () => {},
  ) =>
    handler()(
      httpApiEvent('post-json', (event) => {
        event.body = typeof body === 'string' ? body : JSON.stringify(body);
        Object.assign(event.headers, headers);
        change(event);
      }),
    );
  const get = (params: Record<string, string>, headers: Record<string, string> = {}) =>
    handler()(
      httpApiEvent('get-query', (event) => {
        event.rawQueryString = new URLSearchParams(params).toString();
        Object.assign(event.headers, headers);
      }),
    );
  return { post, get };
}

export const bodyOf = (result: APIGatewayProxyStructuredResultV2) =>
  JSON.parse(result.body ?? '{}') as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
