import type { Table } from './table.js';
import { WriteRejectedError } from '../domain/errors.js';
import { batchGetItems } from './batch-get.js';
import type { EntityType } from '../domain/entity-reader.js';
import { entityKeyOf } from './entity-registry.js';

export interface Referenced {
  type: Exclude<EntityType, 'Article' | 'Translation'>;
  id: string;
  /** How the rejection names it ("participant"); by default its type ("person", "event"). */
  as?: string;
}

/**
 * People and events a write is about to link must exist: one consistent batch read, before anything is
 * written; the rejection names up to five that do not.
 */
export async function assertExist(table: Table, referenced: readonly Referenced[]): Promise<void> {
  if (!referenced.length) return;
  const found = await batchGetItems(
    table,
    referenced.map((r) => entityKeyOf(r)),
    { consistent: true },
  );
  const present = new Set(found.map((item) => `${String(item.type)}:${String(item.id)}`));
  const missing = referenced
    .filter((r) => !present.has(`${r.type}:${r.id}`))
    .map((r) => `${r.as ?? r.type.toLowerCase()} ${r.id}`);
  if (missing.length)
    throw new WriteRejectedError(
      `nothing written: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} does not exist`,
    );
}
