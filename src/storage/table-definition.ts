import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  CreateTableCommand,
  DescribeTableCommand,
  ResourceNotFoundException,
  type CreateTableCommandInput,
} from '@aws-sdk/client-dynamodb';
import type { DocumentClient } from './document-client.js';
import { parse } from 'yaml';

const TABLE_FILE = fileURLToPath(new URL('../../infra/table.yml', import.meta.url));

interface TableProperties {
  AttributeDefinitions: CreateTableCommandInput['AttributeDefinitions'];
  KeySchema: CreateTableCommandInput['KeySchema'];
  GlobalSecondaryIndexes: CreateTableCommandInput['GlobalSecondaryIndexes'];
  BillingMode: CreateTableCommandInput['BillingMode'];
}

/** The CreateTable input for `tableName`, read from the same CloudFormation file serverless.yml deploys. */
export function tableDefinition(tableName: string): CreateTableCommandInput {
  const document = parse(readFileSync(TABLE_FILE, 'utf8')) as { ContentTable: { Properties: TableProperties } };
  const { AttributeDefinitions, KeySchema, GlobalSecondaryIndexes, BillingMode } = document.ContentTable.Properties;
  return { TableName: tableName, AttributeDefinitions, KeySchema, GlobalSecondaryIndexes, BillingMode };
}

/** Creates the table when it does not exist; returns true when it created it. */
export async function ensureTable({ base: client }: DocumentClient, tableName: string): Promise<boolean> {
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
    return false;
  } catch (error) {
    if (!(error instanceof ResourceNotFoundException)) throw error;
  }
  await client.send(new CreateTableCommand(tableDefinition(tableName)));
  return true;
}
