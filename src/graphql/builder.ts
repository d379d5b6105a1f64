import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import SubGraphPlugin from '@pothos/plugin-sub-graph';
import { GraphQLError, Kind } from 'graphql';
import { decodeNodeId } from './arguments.js';
import type { Context } from './context.js';

/** Pothos configuration only: plugins, scalars and the per-request Context. Types live in ./types. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  // Two schemas from one set of types: the public API, and the operator API (its own endpoint) with the
  // public fields plus import runs and, later, the editors' mutations. Nothing operator-only is public.
  SubGraphs: 'public' | 'operator';
  Scalars: {
    DateTime: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
}>({
  plugins: [SubGraphPlugin, RelayPlugin],
  subGraphs: { defaultForTypes: ['public', 'operator'], fieldsInheritFromTypes: true },
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    decodeGlobalID: (globalId) => decodeNodeId(globalId, isNodeType),
    nodeQueryOptions: { description: 'Fetches any object by its global ID (null when it does not exist).' },
    nodesQueryOptions: { description: 'Fetches objects by global ID, in order; null for each that does not exist.' },
  },
});

builder.queryType({});
// Editors' actions exist on the operator API only: the public schema has no Mutation type at all.
builder.mutationType({
  subGraphs: ['operator'],
  description: 'Editorial actions (operators only). Each is recorded in the audit log (Query.auditLog).',
});

/** A type `node(id:)` can load: registered with builder.node (it has a loader). */
function isNodeType(typename: string): boolean {
  if (!builder.configStore.hasConfig(typename)) return false;
  const config = builder.configStore.getTypeConfig(typename);
  const options = config.pothosOptions as { loadOne?: unknown; loadMany?: unknown; loadWithoutCache?: unknown };
  return config.graphqlKind === 'Object' && Boolean(options.loadOne ?? options.loadMany ?? options.loadWithoutCache);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

builder.scalarType('DateTime', {
  description: 'An instant in ISO 8601 (2024-11-16T00:00:00.000Z).',
  serialize: (value) => String(value),
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(ast.kind === Kind.STRING ? ast.value : undefined),
});

function parseInstant(value: unknown): string {
  if (typeof value === 'string' && ISO_INSTANT.test(value) && !Number.isNaN(Date.parse(value))) {
    return new Date(value).toISOString();
  }
  throw new GraphQLError(`DateTime must be an ISO 8601 instant such as 2024-11-16T00:00:00Z`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}
