import type { TestProject } from 'vitest/node';
import { startDynamoDBLocal } from '../../src/local/dynamodb-local.js';
import { processesOfThisCheckout, stopLeftovers } from './leftover-processes.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
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
  return async () => {
    await database.stop();
    const left = await stopLeftovers(before);
    if (!left.length) return;
    // vitest reports an error thrown here but still exits 0, so the exit code is set instead.
    console.error(`The test run left processes running (now killed):\n${left.join('\n')}`);
    process.exitCode = 1;
  };
}
