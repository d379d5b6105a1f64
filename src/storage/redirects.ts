import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { EditableEntity, Resolution } from '../domain/editorial.js';
import { batchGetItems } from './batch-get.js';
import * as keys from './keys.js';
import type { Table } from './table.js';

/** Merges of merges form chains (a → b, then b → c); they are followed this far. */
const MAX_HOPS = 5;

/**
 * What each id now means: for ids with a redirect, where the chain ends (or that it ends deleted);
 * ids with neither are absent. One BatchGetItem per hop, and only ids that redirect take a second hop.
 */
export async function resolveIds(
  table: Table,
  entity: EditableEntity,
  ids: readonly string[],
): Promise<Map<string, Resolution>> {
  const resolved = new Map<string, Resolution>();
  let pending = new Map([...new Set(ids)].map((id) => [id, id] as const)); // current id -> original id
  for (let hop = 0; hop < MAX_HOPS && pending.size > 0; hop++) {
    const found = await batchGetItems(
      table,
      [...pending.keys()].map((id) => keys.redirectKey(entity, id)),
    );
    const next = new Map<string, string>();
    for (const item of found) {
      const original = pending.get(String(item.id));
      if (original === undefined) continue;
      if (item.type === 'Tombstone') resolved.set(original, { deleted: true });
      else if (typeof item.to === 'string' && item.to !== original) {
        resolved.set(original, { to: item.to });
        next.set(item.to, original);
      }
    }
    pending = next;
  }
  return resolved;
}

/** `id` now means `to` (a merge, or the slug of a new name); a later edit may point it elsewhere. */
export async function putRedirect(
  table: Table,
  entity: EditableEntity,
  id: string,
  to: string,
  why: 'MERGED' | 'RENAMED',
  at: string,
): Promise<void> {
  await table.send(
    new PutCommand({
      TableName: table.name,
      Item: { ...keys.redirectKey(entity, id), type: 'Redirect', entity, id, to, why, at },
    }),
  );
}

/** A deleted id: imports drop it from what they write until an editor restores it. */
export async function putTombstone(
  table: Table,
  entity: EditableEntity,
  id: string,
  reason: string,
  at: string,
): Promise<void> {
  await table.send(
    new PutCommand({
      TableName: table.name,
      Item: { ...keys.redirectKey(entity, id), type: 'Tombstone', entity, id, reason, at },
    }),
  );
}

/** Lifts a tombstone; false when there was none. */
export async function removeTombstone(table: Table, entity: EditableEntity, id: string): Promise<boolean> {
  const output = await table
    .send(
      new DeleteCommand({
        TableName: table.name,
        Key: keys.redirectKey(entity, id),
        ConditionExpression: '#type = :tombstone',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':tombstone': 'Tombstone' },
        ReturnValues: 'ALL_OLD',
      }),
    )
    .catch((error: unknown) => {
      if (error instanceof Error && error.name === 'ConditionalCheckFailedException') return { Attributes: undefined };
      throw error;
    });
  return output.Attributes !== undefined;
}
