import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from '../../src/storage/table.js';
import { kindOfKey } from './trace.js';

/** Per item kind: how many items and which attributes (run records and audit entries left out). */
async function shapes(table: Table): Promise<Map<string, { count: number; attributes: Set<string> }>> {
  const found = new Map<string, { count: number; attributes: Set<string> }>();
  let ExclusiveStartKey: Record<string, unknown> | undefined;
  do {
    const page = await table.send(new ScanCommand({ TableName: table.name, ExclusiveStartKey }));
    for (const item of page.Items ?? []) {
      const kind = kindOfKey(item);
      if (/^Run|Audit/.test(kind)) continue;
      const entry = found.get(kind) ?? { count: 0, attributes: new Set<string>() };
      entry.count += 1;
      for (const name of Object.keys(item)) entry.attributes.add(name);
      found.set(kind, entry);
    }
    ExclusiveStartKey = page.LastEvaluatedKey;
  } while (ExclusiveStartKey);
  return found;
}

/**
 * What the bulk load misses against real imports of the same documents: item kinds it does not write,
 * attributes it leaves out, and item counts that differ by more than `tolerance` (bulk articles take a
 * template's body, so body parts, filings and review entries may differ a little). Empty when none.
 */
export async function compareShapes(real: Table, bulk: Table, tolerance = 0.35): Promise<string[]> {
  const [a, b] = await Promise.all([shapes(real), shapes(bulk)]);
  const problems: string[] = [];
  for (const [kind, want] of a) {
    const got = b.get(kind);
    if (!got) {
      problems.push(`${kind}: ${want.count} items in real imports, none in the bulk load`);
      continue;
    }
    const missing = [...want.attributes].filter((name) => !got.attributes.has(name));
    if (missing.length) problems.push(`${kind}: the bulk load leaves out ${missing.join(', ')}`);
    if (Math.abs(got.count - want.count) > tolerance * want.count)
      problems.push(`${kind}: ${want.count} items in real imports, ${got.count} in the bulk load`);
  }
  for (const kind of b.keys()) if (!a.has(kind)) problems.push(`${kind}: only the bulk load writes it`);
  return problems;
}
