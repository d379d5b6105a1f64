import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { RequestContext } from '../graphql/context.js';
import type { GraphQLApp, ServerContext } from '../graphql/yoga.js';
import { safeHost, type HttpResult } from './api-gateway.js';
import { createFastLane } from './fast-lane.js';
import { plainGraphQLParams } from './graphql-params.js';

type OnResultProcess = NonNullable<Plugin<object, ServerContext>['onResultProcess']>;
type ResultProcessor = Parameters<Parameters<OnResultProcess>[0]['setResultProcessor']>[0];

/**
 * yoga's members this path uses beyond its public types. `getResultForParams` runs the onParams hooks
 * (persisted operations, yoga's parameter checks), then envelop (parse and validation caches, limits,
 * context, execution, error masking); `onResultProcessHooks` negotiate the response format.
 */
interface YogaInternals {
  getResultForParams(payload: { params: GraphQLParams; request: Request }, context: object): unknown;
  onResultProcessHooks?: OnResultProcess[];
}

export type DirectPath = (
  event: APIGatewayProxyEventV2,
  serverContext: RequestContext,
) => Promise<HttpResult | undefined>;

// The deployed GraphQL routes (serverless.yml); yoga serves any path ending in /graphql.
const GRAPHQL_PATHS = new Set(['/graphql', '/operator/graphql']);
const JSON_MEDIA_TYPES = new Set(['application/json', 'application/graphql-response+json']);

/** What yoga's JSON result processor builds, kept as plain values: no Fetch Response, no body stream. */
class BareResponse {
  constructor(
    readonly body: string | null,
    readonly init: { status?: number; headers?: Record<string, string> } = {},
  ) {}
}
const BARE_FETCH_API = { Response: BareResponse } as never;

/**
 * The common request (a JSON POST or a GET to /graphql) straight from the Lambda event into yoga's
 * GraphQL pipeline, skipping what costs the most per request and changes nothing for it: a Fetch
 * Request rebuilt from the event, yoga's request parsing and its Fetch Response (npm run bench).
 * The same plugins, limits, caches, masking and status codes apply; tests/graphql/direct-path.test.ts
 * checks that both paths answer alike. Anything else (CORS, GraphiQL, other content types, bodies
 * yoga must reject) returns undefined and takes yoga's full path. Undefined from the factory means
 * this yoga no longer has the members used here: every request then takes the full path.
 */
export function createDirectPath(
  app: GraphQLApp,
  { cors, fastLane = true }: { cors: boolean; fastLane?: boolean },
): DirectPath | undefined {
  const yoga = app as unknown as YogaInternals;
  const hooks = yoga.onResultProcessHooks;
  if (typeof yoga.getResultForParams !== 'function' || !Array.isArray(hooks)) return undefined;
  const formats = formatsByAccept(hooks);
  // Prepared texts skip envelop's pipeline (src/http/fast-lane.ts); everything else goes through yoga's.
  // Read once: every read of a function member of the app (a Proxy) makes a new bound function.
  const getResultForParams = yoga.getResultForParams;
  const resultFor =
    (fastLane && createFastLane(app)) ||
    ((params, request, context) => getResultForParams({ params, request }, context));

  return async function direct(event, serverContext) {
    if (!GRAPHQL_PATHS.has(event.rawPath)) return undefined;
    const requestHeaders = new app.fetchAPI.Headers(event.headers as Record<string, string>);
    // CORS headers come from yoga's response hooks; text/html asks for GraphiQL.
    if ((cors && requestHeaders.has('origin')) || requestHeaders.get('accept')?.includes('text/html')) return undefined;
    const params = plainGraphQLParams(event, requestHeaders.get('content-type'));
    if (!params) return undefined;
    // yoga's hooks and our context read only these members of the request on this path.
    const request = {
      method: event.requestContext.http.method,
      url: `https://${safeHost(requestHeaders.get('host')) ?? 'localhost'}${event.rawPath}`,
      headers: requestHeaders,
    } as unknown as Request;
    const format = formats.choose(request, serverContext);
    if (!format) return undefined;

    const pending: Promise<unknown>[] = [];
    // The request's own context is yoga's context: nothing copied (see RequestContext).
    const context = serverContext as RequestContext & { waitUntil?: (promise: Promise<unknown>) => void };
    context.request = request;
    context.waitUntil = (promise) => pending.push(promise);
    let result: unknown;
    try {
      result = await resultFor(params, request, context);
    } catch (error) {
      // Errors inside execution become results; a throw before yoga took the parameters (context.params)
      // came from an onParams hook (a parameter check, a persisted query not found) and executed nothing.
      // A GraphQLError with a code is answered here as yoga would (its handleError keeps such an error
      // as it is), so a persisted-query miss reads the store once; anything else takes the full path.
      if ('params' in context) throw error;
      if (!hasCode(error)) return undefined;
      result = { errors: [error] };
    }
    if (pending.length) await Promise.allSettled(pending);
    const response = (await format.processor(
      result as never,
      BARE_FETCH_API,
      format.mediaType,
    )) as unknown as BareResponse;
    const body = response.body ?? '';
    const headers = httpHeaders(response.init.headers ?? {}, String(Buffer.byteLength(body)));
    return { statusCode: response.init.status ?? 200, headers, body, isBase64Encoded: false };
  };
}

type Format = { processor: ResultProcessor; mediaType: string } | undefined;

/**
 * The response format, chosen before execution by yoga's own result-process hooks. Our results are
 * never streams (no subscriptions, no @defer), so the choice depends on the Accept header alone and is
 * remembered per header value (clients send a handful). Only the JSON formats are taken here; 406 and
 * streaming formats take yoga's full path.
 */
function formatsByAccept(hooks: OnResultProcess[]) {
  const known = new Map<string, Format>();
  return {
    choose(request: Request, serverContext: ServerContext): Format {
      const accept = request.headers.get('accept') ?? '';
      if (known.has(accept)) return known.get(accept);
      const format = negotiate(hooks, request, serverContext);
      if (known.size >= 100) known.clear();
      known.set(accept, format);
      return format;
    },
  };
}

function negotiate(hooks: OnResultProcess[], request: Request, serverContext: ServerContext): Format {
  let processor: ResultProcessor | undefined;
  let mediaType = '';
  for (const hook of hooks) {
    const returned = hook({
      request,
      result: { data: null },
      setResult: () => {},
      resultProcessor: processor,
      acceptableMediaTypes: [],
      setResultProcessor: (chosen, type) => {
        processor = chosen;
        mediaType = type;
      },
      serverContext: serverContext as never,
    });
    if (returned instanceof Promise) return undefined;
  }
  return processor && JSON_MEDIA_TYPES.has(mediaType) ? { processor, mediaType } : undefined;
}

const hasCode = (error: unknown): boolean =>
  error instanceof Error &&
  'extensions' in error &&
  typeof (error as { extensions?: { code?: unknown } }).extensions?.code === 'string';

/**
 * The answer's headers by lower-case name, with its length. yoga's JSON processor sends only the
 * content type: that answer gets an object literal of one fixed shape, which the handler's caching
 * headers then copy cheaply (objects built key by key from computed names were ~5% of `{ __typename }`).
 */
function httpHeaders(headers: Record<string, string>, contentLength: string): Record<string, string> {
  const names = Object.keys(headers);
  const only = names.length === 1 ? names[0] : undefined;
  if (only?.toLowerCase() === 'content-type')
    return { 'content-type': headers[only] as string, 'content-length': contentLength };
  const lower: Record<string, string> = {};
  for (const name of names) lower[name.toLowerCase()] = headers[name] as string;
  lower['content-length'] = contentLength;
  return lower;
}
