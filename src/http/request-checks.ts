import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { HttpResult } from './api-gateway.js';

const JSON_TYPE = /^application\/(graphql-response\+)?json\b/i;

/** A 400 with a code and a message that names the mistake without repeating the client's input. */
export function clientError(statusCode: number, code: string, message: string): HttpResult {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
    isBase64Encoded: false,
  };
}

/**
 * Requests the direct path could not read, checked before yoga's full path: JSON that does not parse
 * in a POST body or in GET's `variables`/`extensions`. yoga answers these with a 500 or with the
 * parser's message, which quotes the input; here they get a 400 that quotes nothing.
 */
export function rejectMalformedRequest(event: APIGatewayProxyEventV2): HttpResult | undefined {
  const method = event.requestContext.http.method;
  if (method === 'GET' && event.rawQueryString) {
    const search = new URLSearchParams(event.rawQueryString);
    for (const name of ['variables', 'extensions']) {
      const value = search.get(name);
      if (value && !parses(value)) return clientError(400, 'BAD_REQUEST', `the ${name} parameter is not valid JSON`);
    }
  }
  if (method === 'POST' && event.body && JSON_TYPE.test(contentType(event))) {
    const text = event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
    if (!parses(text)) return clientError(400, 'BAD_REQUEST', 'the request body is not valid JSON');
  }
  return undefined;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

const contentType = (event: APIGatewayProxyEventV2) =>
  event.headers?.['content-type'] ??
  Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ??
  '';
