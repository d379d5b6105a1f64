import {
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type DocumentNode,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../domain/pagination.js';
import { COST, LIMITS } from './limits.js';

/**
 * A query's cost is what it makes the system do (see COST in limits.ts and docs/query-cost.md): a Query
 * per connection executed, an item read per entity returned (batched loads), a little per field
 * resolved. It is compiled once per document (validation is cached, and so is this) into an
 * expression whose factors may be variables; it is evaluated per request with the variables actually
 * sent. So `first: $n` (or `last: $n`) costs what `n` is, and `nodes(ids: $ids)` costs one unit per id.
 */
type Factor = { constant: number } | { variable: string; kind: 'page' | 'list' };

interface FieldTerm {
  factor: Factor;
  inner: CostExpression;
  /** A list argument whose length is capped (`nodes(ids:)`), to report by field and argument name. */
  capped?: { field: string; argument: string };
}

interface CostExpression {
  /** Work done once per execution of this selection: fields resolved, Queries, items read. */
  flat: number;
  terms: FieldTerm[];
  fragments: string[];
}

export interface CompiledCost {
  operations: Map<string | undefined, { expression: CostExpression; defaults: Map<string, ValueNode> }>;
  fragments: Map<string, CostExpression>;
  /** Verdicts no variable can change (no factor read one), by operation name: priced once per document. */
  fixed: Map<string | undefined, CostVerdict>;
}

export type CostVerdict = { cost: number } | { tooMany: { field: string; argument: string; count: number } };

const compiled = new WeakMap<DocumentNode, CompiledCost>();

/** The document's cost expressions, compiled on first use and kept while the document is cached. */
export function compileCost(document: DocumentNode, schema: GraphQLSchema): CompiledCost {
  const known = compiled.get(document);
  if (known) return known;
  const result: CompiledCost = { operations: new Map(), fragments: new Map(), fixed: new Map() };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) {
      result.fragments.set(
        definition.name.value,
        compileSet(definition.selectionSet, schema.getType(definition.typeCondition.name.value) ?? undefined, schema),
      );
    } else if (definition.kind === Kind.OPERATION_DEFINITION) {
      result.operations.set(definition.name?.value, {
        expression: compileSet(definition.selectionSet, schema.getRootType(definition.operation) ?? undefined, schema),
        defaults: defaultsOf(definition),
      });
    }
  }
  compiled.set(document, result);
  return result;
}

function defaultsOf(operation: OperationDefinitionNode): Map<string, ValueNode> {
  return new Map(
    (operation.variableDefinitions ?? []).flatMap((v) =>
      v.defaultValue ? [[v.variable.name.value, v.defaultValue] as const] : [],
    ),
  );
}

function compileSet(
  set: SelectionSetNode,
  parent: GraphQLNamedType | undefined,
  schema: GraphQLSchema,
): CostExpression {
  const expression: CostExpression = { flat: 0, terms: [], fragments: [] };
  for (const selection of set.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      expression.fragments.push(selection.name.value);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) ?? undefined) : parent;
      const inner = compileSet(selection.selectionSet, type, schema);
      expression.flat += inner.flat;
      expression.terms.push(...inner.terms);
      expression.fragments.push(...inner.fragments);
    } else {
      expression.flat += COST.field;
      // Introspection is priced flat: its own depth limit bounds it.
      if (selection.name.value.startsWith('__')) continue;
      // A leaf can read too (a connection's totalCount, its counter); priced under the connection's page size.
      if (!selection.selectionSet) {
        expression.flat += LIMITS.fieldReads[selection.name.value] ?? 0;
        continue;
      }
      const field =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const type = field ? getNamedType(field.type) : undefined;
      const inner = compileSet(selection.selectionSet, type, schema);
      const reads = readsOf(selection.name.value, type, parent);
      // A Query (or a resolver's own reads) once per execution; the items it reads once per item.
      expression.flat += reads.perExecution;
      inner.flat += reads.perItem;
      expression.terms.push({ inner, ...factorOf(selection, field, parent) });
    }
  }
  return expression;
}

/** The storage work one execution of a field causes: Queries and other reads, and item reads per item it returns. */
function readsOf(
  name: string,
  type: GraphQLNamedType | undefined,
  parent: GraphQLNamedType | undefined,
): { perExecution: number; perItem: number } {
  const own = LIMITS.fieldReads[name] ?? 0;
  if (type?.name.endsWith('Connection')) {
    return { perExecution: own + COST.call, perItem: itemWeight(connectionNode(type)) ?? COST.item };
  }
  // An edge's node was read (and priced) by its connection's Query.
  if (parent?.name.endsWith('Edge')) return { perExecution: own, perItem: 0 };
  return { perExecution: own, perItem: itemWeight(type) ?? 0 };
}

const itemWeight = (type: GraphQLNamedType | undefined): number | undefined =>
  type ? LIMITS.itemWeights[type.name] : undefined;

function connectionNode(connection: GraphQLNamedType): GraphQLNamedType | undefined {
  if (!isObjectType(connection)) return undefined;
  const edge = connection.getFields().edges;
  const edgeType = edge ? getNamedType(edge.type) : undefined;
  const node = isObjectType(edgeType) ? edgeType.getFields().node : undefined;
  return node ? getNamedType(node.type) : undefined;
}

/** A connection's page size, a list argument's length, or a flat factor for other lists. */
function factorOf(
  selection: FieldNode,
  field: GraphQLField<unknown, unknown> | undefined,
  parent: GraphQLNamedType | undefined,
): Omit<FieldTerm, 'inner'> {
  if (!field) return { factor: { constant: 1 } };
  // A connection's page size already counts its edges: `edges` itself does not multiply again.
  if (selection.name.value === 'edges' && parent?.name.endsWith('Connection')) return { factor: { constant: 1 } };
  // The page size is `first` or `last` (both together are refused when the field runs).
  const first = selection.arguments?.find((a) => a.name.value === 'first' || a.name.value === 'last')?.value;
  if (first?.kind === Kind.VARIABLE) return { factor: { variable: first.name.value, kind: 'page' } };
  if (first?.kind === Kind.INT) return { factor: { constant: clampPage(Number(first.value)) } };
  if (getNamedType(field.type).name.endsWith('Connection')) return { factor: { constant: DEFAULT_PAGE_SIZE } };
  const unwrapped = isNonNullType(field.type) ? field.type.ofType : field.type;
  if (!isListType(unwrapped)) return { factor: { constant: 1 } };
  const listArgument = field.args.find((arg) => isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type));
  const given = listArgument && selection.arguments?.find((a) => a.name.value === listArgument.name)?.value;
  if (!listArgument || !given)
    return {
      factor: { constant: LIMITS.listSizes[`${parent?.name}.${selection.name.value}`] ?? LIMITS.listMultiplier },
    };
  const capped = { field: selection.name.value, argument: listArgument.name };
  if (given.kind === Kind.VARIABLE) return { factor: { variable: given.name.value, kind: 'list' }, capped };
  return { factor: { constant: given.kind === Kind.LIST ? given.values.length : 1 }, capped };
}

const clampPage = (size: number) => Math.min(MAX_PAGE_SIZE, Math.max(1, size));

/**
 * The cost of one operation of the document with the variables sent (absent ones take the operation's
 * own defaults, then the field's default). Page sizes are clamped to 1–100; a capped list longer than
 * LIMITS.maxListArgument is reported instead of priced.
 */
export function evaluateCost(
  compiledCost: CompiledCost,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined,
): CostVerdict {
  const fixed = compiledCost.fixed.get(operationName ?? undefined);
  if (fixed) return fixed;
  const operation =
    compiledCost.operations.get(operationName ?? undefined) ??
    (compiledCost.operations.size === 1 ? [...compiledCost.operations.values()][0] : undefined);
  if (!operation) return { cost: 0 };
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  let tooMany: { field: string; argument: string; count: number } | undefined;
  let readsVariables = false;

  const variableValue = (name: string): unknown => {
    readsVariables = true;
    if (variables && Object.hasOwn(variables, name) && variables[name] !== undefined) return variables[name];
    const literal = operation.defaults.get(name);
    if (literal?.kind === Kind.INT) return Number(literal.value);
    if (literal?.kind === Kind.LIST) return literal.values;
    return undefined;
  };
  const factor = (term: FieldTerm): number => {
    const f = term.factor;
    if ('constant' in f) return checkCap(term, f.constant);
    const value = variableValue(f.variable);
    if (f.kind === 'list')
      return checkCap(term, Array.isArray(value) ? value.length : value === undefined || value === null ? 0 : 1);
    if (value === undefined || value === null) return DEFAULT_PAGE_SIZE;
    // A value graphql-js will refuse at coercion is priced at the most it could cost.
    return typeof value === 'number' && Number.isInteger(value) ? clampPage(value) : MAX_PAGE_SIZE;
  };
  const checkCap = (term: FieldTerm, count: number): number => {
    if (term.capped && count > LIMITS.maxListArgument) tooMany ??= { ...term.capped, count };
    return Math.min(count, LIMITS.maxListArgument);
  };
  const cost = (expression: CostExpression): number => {
    let total = expression.flat;
    for (const term of expression.terms) total += factor(term) * cost(term.inner);
    for (const name of expression.fragments) total += fragmentCost(name);
    return total;
  };
  const fragmentCost = (name: string): number => {
    const known = memo.get(name);
    if (known !== undefined) return known;
    const fragment = compiledCost.fragments.get(name);
    // Unknown fragments and cycles are graphql-js's validation errors.
    if (!fragment || visiting.has(name)) return 0;
    visiting.add(name);
    const value = cost(fragment);
    visiting.delete(name);
    memo.set(name, value);
    return value;
  };

  // Fractions of a unit (fields) add up; the verdict is whole units.
  const total = Math.ceil(cost(operation.expression) - 1e-9);
  const verdict = tooMany ? { tooMany } : { cost: total };
  if (!readsVariables) compiledCost.fixed.set(operationName ?? undefined, verdict);
  return verdict;
}
