import { type DocumentNode, type GraphQLSchema, getOperationAST, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { type CompiledCost, compileCost } from './cost.js';
import { boundedCache } from './document-cache.js';
import type { ExecutionChecks } from './hardening.js';

/**
 * A query text that has gone once through yoga's whole pipeline and reached execution: it parsed within
 * the limits, validated without an error (limits rule included) and was not a persisted-query miss.
 * All of that depends on the text alone (the app's schema and rules are fixed), so the fast lane
 * (src/http/fast-lane.ts) answers the next requests for the same text from this entry.
 */
export interface PreparedDocument {
  readonly document: DocumentNode;
  readonly schema: GraphQLSchema;
  /** Priced once; the cost check per request only evaluates it with the variables sent. */
  readonly cost: CompiledCost;
  /** The operation to run for an operationName (graphql-js getOperationAST), remembered per name. */
  operation(name: string | null | undefined): OperationDefinitionNode | null;
}

export interface PreparedDocuments {
  get(text: unknown): PreparedDocument | undefined;
  /** The execution-time checks of this app's hardening (same limits, same exposure of details). */
  readonly checks: ExecutionChecks;
  /** The envelop plugin that records each text reaching execution; last among the app's onExecute hooks. */
  readonly plugin: Plugin;
}

// Clients send a handful of documents; a flood of distinct ones evicts the oldest (as yoga's parse cache).
const ENTRIES = 1024;

export function preparedDocuments(checks: ExecutionChecks): PreparedDocuments {
  const entries = boundedCache<PreparedDocument>(ENTRIES);
  return {
    get: (text) => (typeof text === 'string' ? entries.get(text) : undefined),
    checks,
    plugin: {
      // Reached only after parse, validation and context succeeded and the earlier onExecute hooks
      // (cost with variables, persisted-operation registration) let the request through.
      onExecute({ args }) {
        const text = (args.contextValue as { params?: { query?: unknown } } | undefined)?.params?.query;
        if (typeof text !== 'string' || entries.get(text)) return;
        entries.set(text, prepare(args.document, args.schema));
      },
    },
  };
}

function prepare(document: DocumentNode, schema: GraphQLSchema): PreparedDocument {
  const operations = new Map<string | null | undefined, OperationDefinitionNode | null>();
  return {
    document,
    schema,
    cost: compileCost(document, schema),
    operation(name) {
      let found = operations.get(name);
      if (found === undefined) {
        found = getOperationAST(document, name) ?? null;
        // Names come from clients: remember a bounded few (one or two per document in practice).
        if (operations.size < 16) operations.set(name, found);
      }
      return found;
    },
  };
}
