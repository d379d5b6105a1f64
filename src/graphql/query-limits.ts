import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValueNode,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../domain/pagination.js';
import { LIMITS } from './limits.js';

interface Measure {
  depth: number;
  cost: number;
  aliases: number;
  directives: number;
  /** Depth inside __schema / __type, limited on its own (GraphiQL's introspection query is ~13 deep). */
  introspectionDepth: number;
}

const ZERO: Measure = { depth: 0, cost: 0, aliases: 0, directives: 0, introspectionDepth: 0 };
const isIntrospection = (name: string) => name === '__schema' || name === '__type';

/** A rejection: HTTP 400 with a code; the message states the limit only when `expose` is on. */
export function limitError(code: string, exposed: string, hidden: string, expose: boolean, nodes?: OperationDefinitionNode): GraphQLError {
  return new GraphQLError(expose ? exposed : hidden, { ...(nodes ? { nodes } : {}), extensions: { code, http: { status: 400 } } });
}

/**
 * Depth, aliases (`__typename` too), directives and cost of each operation, with fragments expanded:
 * each fragment is measured once and its numbers reused, so fragment-doubling bombs cost nothing to measure.
 */
export function queryLimitsRule(expose: boolean) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
    const memo = new Map<string, Measure>();
    const visiting = new Set<string>();

    function measureSet(set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): Measure {
      if (!set) return ZERO;
      const total = { ...ZERO };
      for (const selection of set.selections) {
        let part: Measure;
        if (selection.kind === Kind.FIELD) {
          const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
          const children = measureSet(selection.selectionSet, field ? getNamedType(field.type) : undefined);
          // A connection's page size already counts its edges: `edges` itself does not multiply again.
          const edgesOfConnection = selection.name.value === 'edges' && parent?.name.endsWith('Connection');
          const multiplier = field && !edgesOfConnection ? multiplierOf(field.type, selection.arguments ?? [], context) : 1;
          const introspection = isIntrospection(selection.name.value);
          part = {
            depth: introspection ? 1 : 1 + children.depth,
            cost: introspection ? 1 : 1 + multiplier * children.cost,
            aliases: children.aliases + (selection.alias ? 1 : 0),
            directives: children.directives + (selection.directives?.length ?? 0),
            introspectionDepth: introspection ? 1 + children.depth : children.introspectionDepth,
          };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) : parent;
          const inner = measureSet(selection.selectionSet, type ?? undefined);
          part = { ...inner, directives: inner.directives + (selection.directives?.length ?? 0) };
        } else {
          const inner = measureFragment(selection.name.value);
          part = { ...inner, directives: inner.directives + (selection.directives?.length ?? 0) };
        }
        total.depth = Math.max(total.depth, part.depth);
        total.cost += part.cost;
        total.aliases += part.aliases;
        total.directives += part.directives;
        total.introspectionDepth = Math.max(total.introspectionDepth, part.introspectionDepth);
      }
      return total;
    }

    function measureFragment(name: string): Measure {
      const known = memo.get(name);
      if (known) return known;
      const fragment = fragments.get(name);
      // Unknown fragments and cycles are reported by graphql-js's own rules.
      if (!fragment || visiting.has(name)) return ZERO;
      visiting.add(name);
      const measured = measureSet(fragment.selectionSet, context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined);
      visiting.delete(name);
      memo.set(name, measured);
      return measured;
    }

    return {
      // A literal page size out of range is refused before execution, like the other limits.
      Argument(argument) {
        if (argument.name.value !== 'first' || argument.value.kind !== Kind.INT) return;
        const first = Number(argument.value.value);
        if (first < 1 || first > MAX_PAGE_SIZE) {
          context.reportError(new GraphQLError(`first must be between 1 and ${MAX_PAGE_SIZE}, got ${first}`, { nodes: argument, extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } }));
        }
      },
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        const m = measureSet(operation.selectionSet, root);
        const directives = m.directives + (operation.directives?.length ?? 0);
        const checks: [boolean, string, string, string][] = [
          [m.depth > LIMITS.maxDepth, 'QUERY_TOO_DEEP', `query depth ${m.depth} exceeds the limit of ${LIMITS.maxDepth}`, 'query is too deep'],
          [m.introspectionDepth > LIMITS.maxIntrospectionDepth, 'QUERY_TOO_DEEP', `introspection depth ${m.introspectionDepth} exceeds the limit of ${LIMITS.maxIntrospectionDepth}`, 'query is too deep'],
          [m.aliases > LIMITS.maxAliases, 'TOO_MANY_ALIASES', `${m.aliases} aliases exceed the limit of ${LIMITS.maxAliases}`, 'too many aliases'],
          [directives > LIMITS.maxDirectives, 'TOO_MANY_DIRECTIVES', `${directives} directives exceed the limit of ${LIMITS.maxDirectives}`, 'too many directives'],
          [m.cost > LIMITS.maxCost, 'QUERY_TOO_COSTLY', `query cost ${m.cost} exceeds the limit of ${LIMITS.maxCost} (page sizes multiply)`, 'query is too costly'],
        ];
        const failed = checks.find(([exceeded]) => exceeded);
        if (failed) context.reportError(limitError(failed[1], failed[2], failed[3], expose, operation));
      },
    };
  };
}

/** A connection's page size, or a flat factor for other lists; variables count at the maximum page size. */
function multiplierOf(type: GraphQLOutputType, args: readonly { name: { value: string }; value: ValueNode }[], context: ValidationContext): number {
  const first = args.find((a) => a.name.value === 'first')?.value;
  // Out-of-range literals are reported on their own (Argument); here they count at the nearest bound.
  if (first?.kind === Kind.INT) return Math.min(MAX_PAGE_SIZE, Math.max(1, Number(first.value)));
  if (first?.kind === Kind.VARIABLE) return defaultOfVariable(first.name.value, context) ?? MAX_PAGE_SIZE;
  const named = getNamedType(type);
  if (named.name.endsWith('Connection')) return 10;
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  return isListType(unwrapped) ? LIMITS.listMultiplier : 1;
}

function defaultOfVariable(name: string, context: ValidationContext): number | undefined {
  for (const definition of context.getDocument().definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const variable = definition.variableDefinitions?.find((v) => v.variable.name.value === name);
    if (variable?.defaultValue?.kind === Kind.INT) return Number(variable.defaultValue.value);
  }
  return undefined;
}
