import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { TestTable } from './test-table.js';

/** Every item of a test table, sorted (tests compare tables before and after; the API itself never scans). */
export async function snapshot(
  table: TestTable,
  ignore: (item: Record<string, unknown>) => boolean = () => false,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await table.client.send(
      new ScanCommand({ TableName: table.tableName, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
    );
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return items.filter((item) => !ignore(item)).sort((a, b) => `${a.PK}|${a.SK}`.localeCompare(`${b.PK}|${b.SK}`));
}

/** Import runs record themselves: leave them out when comparing content. */
export const isRunRecord = (item: Record<string, unknown>) => String(item.PK).startsWith('RUN#');
