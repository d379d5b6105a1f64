import { type ExecutionResult, execute, GraphQLError } from 'graphql';
import { createGraphQLError, type GraphQLParams } from 'graphql-yoga';
import { RequestContext } from '../graphql/context.js';
import type { PreparedDocument } from '../graphql/prepared-documents.js';
import { type GraphQLApp, preparedDocumentsOf } from '../graphql/yoga.js';

/*
 * Every hook that runs per request on the direct path today (graphql-yoga 5.24.1, @envelop/core 5.6.1),
 * and what the fast lane does with each for a prepared text (src/graphql/prepared-documents.ts):
 *
 * yoga getResultForParams
 *  - onParams: usePersistedOperations (trusted documents; APQ hash → query, hash check, registration),
 *    useCheckGraphQLQueryParams (the parameters' shapes and names). RUN as yoga runs them, before the
 *    lookup, so the prepared entry is found by the query they leave (a persisted query resolves to it).
 *    A registration (query and hash sent together) takes yoga's path: its onExecute stores the query.
 *  - onExecutionResult: none registered; RUN as yoga runs them all the same.
 * handleParams: Object.assign(context, { params }) DONE; logger.debug twice DONE.
 * envelop getEnveloped: onEnveloped: none. Instrumentation: none (the lane is off if any).
 * parse: useEngine ×2 and useHardening set the parse function, which runs only on a parse-cache miss;
 *    useParserAndValidationCache hands the cached document. The limits at parse depend on the text
 *    only, and this text passed them: SKIPPED (the prepared document is the one that cache returned).
 *    usePreventMutationViaGET (after parse): no operation for the operationName (400), a mutation over
 *    GET (405): DONE by looking the operation up; any such request takes yoga's path, which answers it.
 * validate: useEngine (graphql-js rules), useHardening (limits rule, introspection rule, no hints;
 *    cached per document), useHTTPValidationError (codes on errors). A prepared text validated without
 *    errors, and validation depends on the text alone: SKIPPED.
 * contextFactory: useExtendContext (yoga's context option) adds nothing to a RequestContext (yoga.ts,
 *    COMPLETE); the lane takes only RequestContexts. SKIPPED.
 * operation kind: a subscription would go to subscribe; takes yoga's path (the schemas have none).
 * execute, onExecute in order: useEngine ×2 (graphql-js execute: the one called here),
 *    useHardening (cost with the variables sent: DONE with the prepared cost; a refusal ends the hooks,
 *    so it is answered unmasked, as envelop does), usePersistedOperations (stores a pending registration:
 *    none on this lane), the prepared-documents recorder (already recorded), useMaskedErrors.
 *    onExecuteDone in the same order: useHardening's variable-error codes DONE, then useMaskedErrors with
 *    yoga's maskError wrapper (our maskError, logging) DONE.
 * errors thrown by execution: yoga's handleError (mask, log, wrap): DONE for a single error.
 * After: the direct path runs yoga's own result processor (status codes, headers, body) on the result.
 */

/**
 * How many plugins have each hook the list above accounts for. Another plugin with one of these hooks
 * turns the lane off (every request takes yoga's pipeline, and tests/unit/forks.test.ts fails) until the
 * list and the lane say what it does for a prepared document.
 */
const KNOWN_HOOKS = {
  onParams: 2,
  onEnveloped: 0,
  onParse: 5,
  onValidate: 5,
  onContextBuilding: 1,
  onExecute: 6,
  onExecutionResult: 0,
} as const;

type ParamsHook = (payload: Record<string, unknown>) => unknown;
type ResultHook = (payload: Record<string, unknown>) => unknown;
type Handler = (payload: { request: Request; params: GraphQLParams; context: object }) => unknown;

/** yoga's members the lane uses beyond its public types (tests/unit/forks.test.ts checks they exist). */
interface YogaPipeline {
  handleParams: Handler;
  onParamsHooks: ParamsHook[];
  onExecutionResultHooks: ResultHook[];
  maskedErrorsOpts: { errorMessage: string; isDev?: boolean; maskError(error: unknown, message: string): Error } | null;
  logger: { debug(message: string): void; error(error: unknown): void };
  fetchAPI: unknown;
  instrumentation?: unknown;
  plugins: Record<string, unknown>[];
}

/** What yoga's getResultForParams returns for these parameters, the same answer by a shorter way. */
export type ResultForParams = (params: GraphQLParams, request: Request, context: object) => Promise<unknown>;

/** Undefined when the app prepares no documents or yoga lacks a member used here: yoga's path then. */
export function createFastLane(app: GraphQLApp): ResultForParams | undefined {
  // Read once: the app is a Proxy whose every read of a function member makes a new bound function.
  const {
    handleParams,
    onParamsHooks,
    onExecutionResultHooks,
    maskedErrorsOpts,
    logger,
    fetchAPI,
    instrumentation,
    plugins,
  } = app as unknown as YogaPipeline;
  const prepared = preparedDocumentsOf(app);
  if (
    !prepared ||
    typeof handleParams !== 'function' ||
    !Array.isArray(onParamsHooks) ||
    !Array.isArray(onExecutionResultHooks) ||
    instrumentation ||
    !hooksAreKnown(plugins)
  )
    return undefined;
  const { checks } = prepared;

  return async function resultFor(params, request, context) {
    const registering = isRegistration(params);
    let result: unknown;
    let handler = handleParams;
    for (const hook of onParamsHooks) {
      const returned = hook({
        params,
        request,
        setParams: (next: GraphQLParams) => (params = next),
        paramsHandler: handler,
        setParamsHandler: (next: Handler) => (handler = next),
        setResult: (next: unknown) => (result = next),
        fetchAPI,
        context,
      });
      if (isThenable(returned)) await returned;
    }
    if (!result) {
      const entry =
        handler === handleParams && !registering && context instanceof RequestContext
          ? prepared.get(params.query)
          : undefined;
      const fast = entry && run(entry, params, request, context as RequestContext);
      result = await (fast ?? handler({ request, params, context }));
    }
    for (const hook of onExecutionResultHooks) {
      const returned = hook({ result, setResult: (next: unknown) => (result = next), request, context });
      if (isThenable(returned)) await returned;
    }
    return result;
  };

  /** handleParams and envelop for a prepared text; undefined where yoga's path must answer. */
  function run(entry: PreparedDocument, params: GraphQLParams, request: Request, context: RequestContext) {
    const operation = entry.operation(params.operationName);
    if (!operation || operation.operation === 'subscription') return undefined;
    if (operation.operation === 'mutation' && request.method === 'GET') return undefined;
    Object.assign(context, { params });
    logger.debug('Processing GraphQL Parameters');
    return executePrepared(entry, params, context).then(
      (result) => {
        logger.debug('Processing GraphQL Parameters done.');
        return result;
      },
      (error: unknown) => ({ errors: handleError(error) }),
    );
  }

  async function executePrepared(
    entry: PreparedDocument,
    params: GraphQLParams,
    context: RequestContext,
  ): Promise<ExecutionResult> {
    const variables = params.variables as Record<string, unknown> | null | undefined;
    const refused = checks.costRefusal(entry.cost, params.operationName, variables);
    if (refused) return { errors: [refused] };
    const { document, schema } = entry;
    const executed = await execute({
      schema,
      document,
      contextValue: context,
      variableValues: variables,
      operationName: params.operationName,
    });
    const result = checks.withVariableCodes(executed);
    const masking = maskedErrorsOpts;
    if (!masking || result.errors == null) return result;
    // yoga's maskError returns GraphQLErrors for ours (src/graphql/errors.ts); typed as Error by yoga.
    const errors = result.errors.map((error) => masking.maskError(error, masking.errorMessage) as GraphQLError);
    return { ...result, errors };
  }

  /** yoga's handleError (error.js) for the one error execution can throw (none is an aggregate). */
  function handleError(error: unknown): GraphQLError[] {
    const masking = maskedErrorsOpts;
    if (!masking) return [error instanceof GraphQLError ? error : createGraphQLError(String(error))];
    const masked = masking.maskError(error, masking.errorMessage);
    if (masked !== error) logger.error(error);
    return [masked instanceof GraphQLError ? masked : createGraphQLError(masked.message, { originalError: masked })];
  }
}

function hooksAreKnown(plugins: Record<string, unknown>[] | undefined): boolean {
  if (!Array.isArray(plugins)) return false;
  return Object.entries(KNOWN_HOOKS).every(
    ([hook, count]) => plugins.filter((plugin) => plugin && typeof plugin[hook] === 'function').length === count,
  );
}

/** An APQ registration: the query sent with its hash, stored by usePersistedOperations at execution. */
function isRegistration(params: GraphQLParams): boolean {
  const extensions = params.extensions as { persistedQuery?: unknown } | null | undefined;
  return extensions?.persistedQuery != null && params.query != null;
}

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | undefined)?.then === 'function';
