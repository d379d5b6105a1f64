import type { PrimaryKey } from './keys.js';

export interface ItemUpdate {
  Key: PrimaryKey;
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/**
 * An UpdateItem that writes an item's attributes in place (so attributes other writes own, such as a
 * count or a mark, survive): SET every defined attribute but the keys, REMOVE the named ones that are
 * absent, ADD the given numbers.
 */
export function updateItem(
  item: Record<string, unknown>,
  { remove = [], add = {} }: { remove?: readonly string[]; add?: Record<string, number> } = {},
): ItemUpdate {
  const { PK, SK, ...fields } = item;
  const set = Object.keys(fields).filter((name) => fields[name] !== undefined && !(name in add));
  const removed = remove.filter((name) => fields[name] === undefined);
  const added = Object.keys(add);
  const clauses = [
    `SET ${set.map((n) => `#${n} = :${n}`).join(', ')}`,
    ...(removed.length ? [`REMOVE ${removed.map((n) => `#${n}`).join(', ')}`] : []),
    ...(added.length ? [`ADD ${added.map((n) => `#${n} :${n}`).join(', ')}`] : []),
  ];
  return {
    Key: { PK: String(PK), SK: String(SK) },
    UpdateExpression: clauses.join(' '),
    ExpressionAttributeNames: Object.fromEntries([...set, ...removed, ...added].map((n) => [`#${n}`, n])),
    ExpressionAttributeValues: Object.fromEntries([
      ...set.map((n) => [`:${n}`, fields[n]]),
      ...added.map((n) => [`:${n}`, add[n]]),
    ]),
  };
}
