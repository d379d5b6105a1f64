import { type FieldNode, type GraphQLResolveInfo, Kind, type SelectionSetNode, valueFromASTUntyped } from 'graphql';
import { DEFAULT_PAGE_SIZE } from '../domain/pagination.js';

const MAX_PAGE = 100;

/**
 * The page size a child connection asks, when it asks the first page in its natural order (no cursor,
 * no `last`, no `orderBy`): a parent read by key can then bring that page in the same Query. Anything
 * else (or a size out of range, which the child's own resolver refuses) is undefined.
 */
export function firstPageOf(info: GraphQLResolveInfo, child: string): number | undefined {
  const field = findChild(info, info.fieldNodes[0]?.selectionSet, child);
  if (!field) return undefined;
  const args = new Map(
    (field.arguments ?? []).map((arg) => [arg.name.value, valueFromASTUntyped(arg.value, info.variableValues)]),
  );
  const ordered = ['after', 'before', 'last', 'orderBy'].some((name) => args.get(name) != null);
  const first = args.get('first') ?? DEFAULT_PAGE_SIZE;
  if (ordered || typeof first !== 'number' || !Number.isInteger(first)) return undefined;
  return first >= 1 && first <= MAX_PAGE ? first : undefined;
}

function findChild(info: GraphQLResolveInfo, set: SelectionSetNode | undefined, name: string): FieldNode | undefined {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === Kind.FIELD && selection.name.value === name) return selection;
    const nested =
      selection.kind === Kind.INLINE_FRAGMENT
        ? selection.selectionSet
        : selection.kind === Kind.FRAGMENT_SPREAD
          ? info.fragments[selection.name.value]?.selectionSet
          : undefined;
    const found = nested && findChild(info, nested, name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Whether the field being resolved asks nothing but `allowed` of its value (through fragments too): a
 * list of people then needs no more than the copies an article keeps, and no read of each person.
 */
export function selectsOnly(info: GraphQLResolveInfo, allowed: ReadonlySet<string>): boolean {
  const within = (set: SelectionSetNode | undefined): boolean =>
    (set?.selections ?? []).every((selection) => {
      if (selection.kind === Kind.FIELD) return allowed.has(selection.name.value);
      if (selection.kind === Kind.INLINE_FRAGMENT) return within(selection.selectionSet);
      return within(info.fragments[selection.name.value]?.selectionSet);
    });
  return info.fieldNodes.every((node) => within(node.selectionSet));
}
