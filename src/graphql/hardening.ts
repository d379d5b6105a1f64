import { type DocumentNode, type ExecutionResult, GraphQLError, NoSchemaIntrospectionCustomRule, parse } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type CompiledCost, compileCost, evaluateCost } from './cost.js';
import { LIMITS } from './limits.js';
import { bracketNesting } from './nesting.js';
import { costError, limitError, queryLimitsRule } from './query-limits.js';

export interface HardeningOptions {
  /** Say which limit a request broke, and by how much (off on prod). */
  exposeLimits: boolean;
  introspection: boolean;
}

const HINT = / ?Did you mean .*$/s;

/** The error without graphql-js's "Did you mean …" suggestion, which names schema members. */
function withoutHint(error: GraphQLError): GraphQLError {
  if (!HINT.test(error.message)) return error;
  return new GraphQLError(error.message.replace(HINT, ''), {
    nodes: error.nodes ?? null,
    extensions: error.extensions,
  });
}

/** What hardening does per request at execution; the fast lane (src/http/fast-lane.ts) calls the same. */
export interface ExecutionChecks {
  /** The cost limit with the variables actually sent (validation priced the operation's defaults). */
  costRefusal(
    cost: CompiledCost,
    operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined,
  ): GraphQLError | undefined;
  /** A result whose variable errors (no data) carry BAD_USER_INPUT and no hints; others returned as they are. */
  withVariableCodes(result: ExecutionResult): ExecutionResult;
}

export function executionChecks({ exposeLimits, introspection }: HardeningOptions): ExecutionChecks {
  const hideHints = (error: GraphQLError) => (introspection ? error : withoutHint(error));
  return {
    costRefusal: (cost, operationName, variables) =>
      costError(evaluateCost(cost, operationName, variables), exposeLimits),
    // Variables of the wrong type are the client's mistake: say so with a code.
    withVariableCodes(result) {
      if (!result.errors?.length || result.data) return result;
      const errors = result.errors.map((e) =>
        /^Variable "\$/.test(e.message) && !e.extensions?.code
          ? hideHints(
              new GraphQLError(e.message, {
                nodes: e.nodes ?? null,
                extensions: { ...e.extensions, code: 'BAD_USER_INPUT', http: { status: 400 } },
              }),
            )
          : e,
      );
      return { ...result, errors };
    },
  };
}

/**
 * Query limits at parse (length, bracket nesting, tokens), validation (depth, aliases, directives, cost
 * with the operation's defaults) and execution (cost with the variables sent), the introspection
 * switch, and no "Did you mean …" hints when introspection is off (they leak the schema).
 */
export function useHardening(
  { exposeLimits, introspection }: HardeningOptions,
  checks: ExecutionChecks = executionChecks({ exposeLimits, introspection }),
): Plugin {
  // Validation depends on the document alone (this plugin's rules and schema are fixed): each parsed
  // document is validated once, its final errors (hints removed) kept while the document is cached.
  const limitsRule = queryLimitsRule(exposeLimits);
  const validated = new WeakMap<DocumentNode, Error[]>();
  return {
    // CSRF: browsers send form and text POSTs cross-site without a preflight; GraphQL only takes JSON.
    onRequest({ request, endResponse, fetchAPI }) {
      if (request.method !== 'POST') return;
      const type = (request.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type === 'application/json' || type === 'application/graphql-response+json') return;
      const body = JSON.stringify({
        errors: [
          {
            message: 'POST requests must send Content-Type: application/json',
            extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' },
          },
        ],
      });
      endResponse(
        new fetchAPI.Response(body, { status: 415, headers: { 'content-type': 'application/json; charset=utf-8' } }),
      );
    },
    onExecute({ args, setResultAndStopExecution }) {
      const refused = checks.costRefusal(
        compileCost(args.document, args.schema),
        args.operationName,
        args.variableValues as Record<string, unknown> | undefined,
      );
      if (refused) return setResultAndStopExecution({ errors: [refused] });
      return {
        onExecuteDone({ result, setResult }) {
          if ('errors' in result) setResult(checks.withVariableCodes(result));
        },
      };
    },
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        const text = typeof source === 'string' ? source : source.body;
        if (text.length > LIMITS.maxQueryLength) {
          throw limitError(
            'QUERY_TOO_LONG',
            `query of ${text.length} characters exceeds the limit of ${LIMITS.maxQueryLength}`,
            'query is too long',
            exposeLimits,
          );
        }
        const nesting = bracketNesting(text, LIMITS.maxNesting);
        if (nesting > LIMITS.maxNesting) {
          throw limitError(
            'QUERY_TOO_DEEP',
            `brackets nested more than ${LIMITS.maxNesting} deep`,
            'query is too deep',
            exposeLimits,
          );
        }
        try {
          return parse(source, { ...options, maxTokens: LIMITS.maxTokens });
        } catch (error) {
          if (error instanceof GraphQLError && /contains more th(an|at|en) \d+ tokens/.test(error.message)) {
            throw limitError(
              'TOO_MANY_TOKENS',
              `query exceeds the limit of ${LIMITS.maxTokens} tokens`,
              'query has too many tokens',
              exposeLimits,
            );
          }
          throw error;
        }
      });
    },
    onValidate({ params, addValidationRule, setResult }) {
      const known = validated.get(params.documentAST);
      if (known) return setResult(known);
      addValidationRule(limitsRule);
      if (!introspection) addValidationRule(NoSchemaIntrospectionCustomRule);
      return ({ valid, result, setResult }) => {
        const final =
          valid || introspection
            ? [...result]
            : result.map((error) => (error instanceof GraphQLError ? withoutHint(error) : error));
        setResult(final);
        validated.set(params.documentAST, final);
      };
    },
  };
}
