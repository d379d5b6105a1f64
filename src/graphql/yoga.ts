import { execute } from 'graphql';
import { useEngine } from '@envelop/core';
import { createYoga } from 'graphql-yoga';
import { KEY_OPERATOR } from '../domain/audit.js';
import { logger } from '../observability/logger.js';
import {
  type ContextFactory,
  type ReadContext,
  type ReadDependencies,
  RequestContext,
  readContexts,
} from './context.js';
import { DEFAULT_QUERY } from './default-query.js';
import { boundedCache } from './document-cache.js';
import { maskError } from './errors.js';
import { renderGraphiQLPage, useGraphiQLAssets } from './graphiql.js';
import { executionChecks, useHardening } from './hardening.js';
import { usePersistedOperations } from './persisted-operations.js';
import type { PersistedOperationStore } from '../domain/persisted-operations.js';
import { type PreparedDocuments, preparedDocuments } from './prepared-documents.js';
import { operatorSchema, schema } from './schema.js';

/** Where the operator API answers (an IAM-authorized route when deployed; the operator key locally). */
export const OPERATOR_PATH = '/operator/graphql';

export interface YogaOptions extends ReadDependencies {
  graphiql: boolean;
  introspection: boolean;
  exposeLimits: boolean;
  corsOrigins: readonly string[];
  persistedOperations: PersistedOperationStore;
  /** Trusted documents (hash → query): only these run (see README, Security). */
  trustedDocuments?: ReadonlyMap<string, string> | undefined;
  /** The operator API (operatorSchema on /operator/graphql) instead of the public one. */
  operatorApi?: boolean;
  /**
   * How a request's context is built where the handler passed none: read-only (readContexts) unless
   * given; the operator API passes operatorContexts (src/graphql/operator-context.ts) for its mutations.
   */
  contexts?: ContextFactory;
}

/**
 * What the handler hands yoga along with each request: the request's own context (requestContext), whose
 * pieces are built on first use, or only what the handler knows (the context is then built eagerly).
 */
export type ServerContext = RequestContext | { requestId: string; operator: boolean; principal?: string };

// Nothing for envelop to copy into a context that is already complete.
const COMPLETE = Object.freeze({});

const preparedByApp = new WeakMap<object, PreparedDocuments>();

/** The documents this app has prepared for the fast lane (src/http/fast-lane.ts); none for other apps. */
export const preparedDocumentsOf = (app: object): PreparedDocuments | undefined => preparedByApp.get(app);

/** The GraphQL HTTP app; the handler builds one per cold start. */
export function createGraphQLApp({
  graphiql,
  introspection,
  exposeLimits,
  corsOrigins,
  persistedOperations,
  trustedDocuments,
  operatorApi = false,
  contexts: given,
  ...dependencies
}: YogaOptions) {
  // Read-only contexts would leave the operator API's mutations without their commands.
  if (operatorApi && !given)
    throw new Error('the operator API needs operatorContexts (src/graphql/operator-context.ts)');
  const contexts = given ?? readContexts(dependencies);
  const checks = executionChecks({ exposeLimits, introspection });
  const prepared = preparedDocuments(checks);
  const app = createYoga<ServerContext>({
    schema: operatorApi ? operatorSchema() : schema,
    graphqlEndpoint: operatorApi ? OPERATOR_PATH : '/graphql',
    landingPage: false,
    graphiql: graphiql ? { title: 'News GraphQL', defaultQuery: DEFAULT_QUERY } : false,
    renderGraphiQL: renderGraphiQLPage,
    // graphql-js's own executor: measured faster per request here than yoga's default (npm run bench).
    // Hardening before persisted operations: a query is registered only after every limit passed.
    plugins: [
      useEngine({ execute }),
      useHardening({ exposeLimits, introspection }, checks),
      usePersistedOperations({ store: persistedOperations, trusted: trustedDocuments }),
      // After every onExecute hook of ours: a text is prepared once a request for it reached execution.
      prepared.plugin,
      ...(graphiql ? [useGraphiQLAssets()] : []),
    ],
    // No CORS headers unless origins are configured: browsers on other sites cannot read answers.
    cors: corsOrigins.length
      ? { origin: [...corsOrigins], methods: ['GET', 'POST'], credentials: false, maxAge: 600 }
      : false,
    batching: false,
    // Parsed documents (and parse errors) by query text; validation results are cached by useHardening,
    // which owns the rules: yoga's validation cache rebuilds a key from every rule's name per request.
    parserAndValidationCache: {
      documentCache: boundedCache(1024),
      errorCache: boundedCache(1024),
      validationCache: false,
    },
    // The handler refuses bodies over LIMITS.maxBodyBytes before yoga sees them (rejectOversizedBody);
    // yoga's own limiter re-reads every body through a stream, a measurable per-request cost.
    maxRequestBodySize: false,
    // Only the operator API acts as an operator (mutations, unpublished articles); the public API's
    // operator flag opens nothing but what it always did.
    context: (initial) => (initial instanceof RequestContext ? COMPLETE : eagerContext(contexts, initial, operatorApi)),
    maskedErrors: { maskError },
    logging: {
      // yoga logs at debug level on every request; Powertools builds the entry before dropping it.
      debug:
        logger.getLevelName() === 'DEBUG'
          ? (...args) => logger.debug(String(args[0]), { details: args.slice(1) })
          : () => {},
      info: (...args) => logger.info(String(args[0]), { details: args.slice(1) }),
      warn: (...args) => logger.warn(String(args[0]), { details: args.slice(1) }),
      // yoga logs every error its maskError replaced, client errors included, and again when it handles
      // it: maskError (errors.ts) logs each error once, at the level it deserves; these stay for DEBUG.
      error: (...args) => logger.debug(String(args[0]).slice(0, 500), { details: args.slice(1) }),
    },
  });
  preparedByApp.set(app, prepared);
  return app;
}

export type GraphQLApp = ReturnType<typeof createGraphQLApp>;

/** For a server context that is not a RequestContext: its pieces, copied by envelop into yoga's context. */
function eagerContext(
  contexts: ContextFactory,
  initial: { request: Request; operator?: unknown; principal?: unknown },
  operatorApi: boolean,
): ReadContext {
  const operator = initial.operator === true;
  const principal =
    operatorApi && operator ? (typeof initial.principal === 'string' ? initial.principal : KEY_OPERATOR) : undefined;
  return contexts({
    requestId: '',
    operator,
    principal,
    acceptLanguage: initial.request.headers.get('accept-language'),
  }).pieces();
}
