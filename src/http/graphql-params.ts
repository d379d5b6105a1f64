import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { GraphQLParams } from 'graphql-yoga';

const JSON_CONTENT_TYPE = /^application\/json\s*(;\s*charset="?utf-8"?\s*)?$/i;

/**
 * The GraphQL parameters of a plain request (a JSON POST, or a GET with them in the query string),
 * read the way yoga's own request parsers read them. Undefined for anything else: another content
 * type, JSON that does not parse, a body that is not an object. yoga's parsers answer those, with
 * their own status codes and messages.
 */
export function plainGraphQLParams(
  event: APIGatewayProxyEventV2,
  contentType: string | null,
): GraphQLParams | undefined {
  const method = event.requestContext.http.method;
  if (method === 'POST') return contentType && JSON_CONTENT_TYPE.test(contentType) ? postParams(event) : undefined;
  if (method === 'GET') return getParams(event.rawQueryString);
  return undefined;
}

function postParams(event: APIGatewayProxyEventV2): GraphQLParams | undefined {
  if (!event.body) return undefined;
  const parsed = parseJson(event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body);
  return isObject(parsed) ? (parsed as GraphQLParams) : undefined;
}

// As yoga's parseGETRequest: empty values count as absent; variables and extensions are JSON.
function getParams(queryString: string): GraphQLParams | undefined {
  if (!queryString) return undefined;
  const search = new URLSearchParams(queryString);
  const variables = jsonParam(search.get('variables'));
  const extensions = jsonParam(search.get('extensions'));
  if (variables === INVALID || extensions === INVALID) return undefined;
  return {
    operationName: search.get('operationName') || undefined,
    query: search.get('query') || undefined,
    variables: variables as GraphQLParams['variables'],
    extensions: extensions as GraphQLParams['extensions'],
  };
}

const INVALID = Symbol('invalid JSON');

function jsonParam(text: string | null): unknown {
  return text ? parseJson(text) : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return INVALID;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
