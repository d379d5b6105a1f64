import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { type AttributeValue, BatchWriteItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { loadSampleContent } from '../../src/local/sample-content.js';
import { createTestTable, type TestTable } from './test-table.js';

type Item = Record<string, AttributeValue>;

/**
 * A fresh test table holding the sample content (tests/fixtures through the real importer), for files
 * that only read it. The import runs once per test run: the first file to ask imports into a table of
 * its own and leaves its items in the run's directory; every file then copies them (BatchWriteItem),
 * about a second instead of an import's ten or more on a busy machine. Files that test the import
 * itself (tests/integration/importers/import-fixtures.test.ts) import for themselves.
 */
export async function createSampleTable(prefix: string): Promise<TestTable> {
  const items = await sampleItems();
  const table = await createTestTable(prefix);
  await writeAll(table, items);
  return table;
}

async function sampleItems(): Promise<Item[]> {
  const directory = inject('sampleSnapshotDir');
  const file = join(directory, 'sample-items.v8');
  const lock = join(directory, 'importing');
  for (;;) {
    if (existsSync(file)) return deserialize(readFileSync(file)) as Item[];
    try {
      mkdirSync(lock); // atomic: one file imports, the others wait for its snapshot
    } catch {
      await new Promise((done) => setTimeout(done, 200));
      continue;
    }
    try {
      const items = await importSample();
      // Written whole, then renamed: a waiting file never reads half a snapshot.
      writeFileSync(`${file}.partial`, serialize(items));
      renameSync(`${file}.partial`, file);
      return items;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}

async function importSample(): Promise<Item[]> {
  const scratch = await createTestTable('sample');
  try {
    await loadSampleContent(scratch);
    // The raw attribute values, so sets, numbers and binary bodies come back exactly as stored.
    const items: Item[] = [];
    let startKey: Item | undefined;
    do {
      const page = await scratch.client.base.send(
        new ScanCommand({ TableName: scratch.tableName, ...(startKey ? { ExclusiveStartKey: startKey } : {}) }),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return items;
  } finally {
    await scratch.drop();
  }
}

async function writeAll(table: TestTable, items: Item[]): Promise<void> {
  const batches: Item[][] = [];
  for (let i = 0; i < items.length; i += 25) batches.push(items.slice(i, i + 25));
  await Promise.all(
    batches.map(async (batch) => {
      let requests = batch.map((Item) => ({ PutRequest: { Item } }));
      while (requests.length) {
        const result = await table.client.base.send(
          new BatchWriteItemCommand({ RequestItems: { [table.tableName]: requests } }),
        );
        requests = (result.UnprocessedItems?.[table.tableName] ?? []).map((r) => ({
          PutRequest: { Item: r.PutRequest?.Item ?? {} },
        }));
      }
    }),
  );
}
