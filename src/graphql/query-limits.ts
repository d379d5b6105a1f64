import {
  GraphQLError,
  Kind,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../domain/pagination.js';
import { compileCost, evaluateCost, type CostVerdict } from './cost.js';
import { LIMITS } from './limits.js';

interface Measure {
  depth: number;
  aliases: number;
  directives: number;
  /** Depth inside __schema / __type, limited on its own (GraphiQL's introspection query is ~13 deep). */
  introspectionDepth: number;
}

const ZERO: Measure = { depth: 0, aliases: 0, directives: 0, introspectionDepth: 0 };
const isIntrospection = (name: string) => name === '__schema' || name === '__type';

/** A rejection: HTTP 400 with a code; the message states the limit only when `expose` is on. */
export function limitError(
  code: string,
  exposed: string,
  hidden: string,
  expose: boolean,
  nodes?: OperationDefinitionNode,
): GraphQLError {
  return new GraphQLError(expose ? exposed : hidden, {
    ...(nodes ? { nodes } : {}),
    extensions: { code, http: { status: 400 } },
  });
}

/** The error for a cost verdict over the limits, if it is one. */
export function costError(
  verdict: CostVerdict,
  expose: boolean,
  nodes?: OperationDefinitionNode,
): GraphQLError | undefined {
  if ('tooMany' in verdict) {
    const { field, argument, count } = verdict.tooMany;
    return new GraphQLError(`${field}: at most ${LIMITS.maxListArgument} ${argument}, got ${count}`, {
      ...(nodes ? { nodes } : {}),
      extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
    });
  }
  if (verdict.cost <= LIMITS.maxCost) return undefined;
  return limitError(
    'QUERY_TOO_COSTLY',
    `query cost ${verdict.cost} exceeds the limit of ${LIMITS.maxCost} (page sizes and list arguments multiply)`,
    'query is too costly',
    expose,
    nodes,
  );
}

/**
 * Depth, aliases (`__typename` too) and directives of each operation, with fragments expanded: each
 * fragment is measured once and its numbers reused, so fragment-doubling bombs cost nothing to measure.
 * Cost is checked here with the operation's own variable defaults, and again at execution with the
 * variables sent (see useHardening).
 */
export function queryLimitsRule(expose: boolean) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map(
      context
        .getDocument()
        .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
        .map((f) => [f.name.value, f]),
    );
    const memo = new Map<string, Measure>();
    const visiting = new Set<string>();

    function measureSet(set: SelectionSetNode | undefined, parent: GraphQLNamedType | undefined): Measure {
      if (!set) return ZERO;
      const total = { ...ZERO };
      for (const selection of set.selections) {
        let part: Measure;
        if (selection.kind === Kind.FIELD) {
          const field =
            isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
          const children = measureSet(selection.selectionSet, field ? getNamedType(field.type) : undefined);
          const introspection = isIntrospection(selection.name.value);
          part = {
            depth: introspection ? 1 : 1 + children.depth,
            aliases: children.aliases + (selection.alias ? 1 : 0),
            directives: children.directives + (selection.directives?.length ?? 0),
            introspectionDepth: introspection ? 1 + children.depth : children.introspectionDepth,
          };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const type = selection.typeCondition
            ? context.getSchema().getType(selection.typeCondition.name.value)
            : parent;
          const inner = measureSet(selection.selectionSet, type ?? undefined);
          part = { ...inner, directives: inner.directives + (selection.directives?.length ?? 0) };
        } else {
          const inner = measureFragment(selection.name.value);
          part = { ...inner, directives: inner.directives + (selection.directives?.length ?? 0) };
        }
        total.depth = Math.max(total.depth, part.depth);
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
      const measured = measureSet(
        fragment.selectionSet,
        context.getSchema().getType(fragment.typeCondition.name.value) ?? undefined,
      );
      visiting.delete(name);
      memo.set(name, measured);
      return measured;
    }

    return {
      // A literal page size out of range is refused before execution, like the other limits.
      Argument(argument) {
        const name = argument.name.value;
        if ((name !== 'first' && name !== 'last') || argument.value.kind !== Kind.INT) return;
        const size = Number(argument.value.value);
        if (size < 1 || size > MAX_PAGE_SIZE) {
          context.reportError(
            new GraphQLError(`${name} must be between 1 and ${MAX_PAGE_SIZE}, got ${size}`, {
              nodes: argument,
              extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
            }),
          );
        }
      },
      OperationDefinition(operation) {
        const root = context.getSchema().getRootType(operation.operation) ?? undefined;
        const m = measureSet(operation.selectionSet, root);
        const directives = m.directives + (operation.directives?.length ?? 0);
        const checks: [boolean, string, string, string][] = [
          [
            m.depth > LIMITS.maxDepth,
            'QUERY_TOO_DEEP',
            `query depth ${m.depth} exceeds the limit of ${LIMITS.maxDepth}`,
            'query is too deep',
          ],
          [
            m.introspectionDepth > LIMITS.maxIntrospectionDepth,
            'QUERY_TOO_DEEP',
            `introspection depth ${m.introspectionDepth} exceeds the limit of ${LIMITS.maxIntrospectionDepth}`,
            'query is too deep',
          ],
          [
            m.aliases > LIMITS.maxAliases,
            'TOO_MANY_ALIASES',
            `${m.aliases} aliases exceed the limit of ${LIMITS.maxAliases}`,
            'too many aliases',
          ],
          [
            directives > LIMITS.maxDirectives,
            'TOO_MANY_DIRECTIVES',
            `${directives} directives exceed the limit of ${LIMITS.maxDirectives}`,
            'too many directives',
          ],
        ];
        const failed = checks.find(([exceeded]) => exceeded);
        if (failed) return context.reportError(limitError(failed[1], failed[2], failed[3], expose, operation));
        const verdict = evaluateCost(
          compileCost(context.getDocument(), context.getSchema()),
          operation.name?.value,
          {},
        );
        const tooCostly = costError(verdict, expose, operation);
        if (tooCostly) context.reportError(tooCostly);
      },
    };
  };
}
