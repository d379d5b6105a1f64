import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { counterKey, listName, RUNS_LIST } from '../../src/storage/keys.js';
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

/**
 * Import runs record (and count) themselves: leave them out when comparing content. The count of runs
 * (`importRuns.totalCount`) goes up by one per run, re-import or not; it is the only counter that may.
 */
const RUNS_COUNTER = counterKey(listName(RUNS_LIST)).PK;
export const isRunRecord = (item: Record<string, unknown>) =>
  String(item.PK).startsWith('RUN#') || item.PK === RUNS_COUNTER;
