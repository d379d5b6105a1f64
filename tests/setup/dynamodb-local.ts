import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDynamoDBLocal } from '../../src/local/dynamodb-local.js';
import { processesOfThisCheckout, stopLeftovers } from './leftover-processes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
    /** Where the run keeps what files share: the sample content's items (tests/support/sample-table.ts). */
    sampleSnapshotDir: string;
  }
}

/**
 * One in-memory DynamoDB Local for the whole run, on a free loopback port; test files isolate by table.
 * At the end, nothing the run started may survive it: leftovers are killed and fail the run (exit code 1).
 */
export default async function setup(project: TestProject) {
  const before = processesOfThisCheckout();
  const database = await startDynamoDBLocal();
  project.provide('dynamodbEndpoint', database.endpoint);
  const shared = mkdtempSync(join(tmpdir(), 'news-tests-'));
  project.provide('sampleSnapshotDir', shared);
  return async () => {
    rmSync(shared, { recursive: true, force: true });
    await database.stop();
    const left = await stopLeftovers(before);
    if (!left.length) return;
    // vitest reports an error thrown here but still exits 0, so the exit code is set instead.
    console.error(`The test run left processes running (now killed):\n${left.join('\n')}`);
    process.exitCode = 1;
  };
}
