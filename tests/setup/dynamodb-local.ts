import type { TestProject } from 'vitest/node';
import { startDynamoDBLocal } from '../../src/local/dynamodb-local.js';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint: string;
  }
}

/** One in-memory DynamoDB Local for the whole run, on a free loopback port; test files isolate by table. */
export default async function setup(project: TestProject) {
  const database = await startDynamoDBLocal();
  project.provide('dynamodbEndpoint', database.endpoint);
  return () => database.stop();
}
