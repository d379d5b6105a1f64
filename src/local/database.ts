import { createDocumentClient } from '../storage/client.js';
import type { DocumentClient } from '../storage/document-client.js';
import { createRepositories } from '../storage/repositories.js';
import { ensureTable } from '../storage/table-definition.js';
import { startDynamoDBLocal, type DynamoDBLocal } from './dynamodb-local.js';

export interface OpenDatabaseOptions {
  tableName: string;
  region?: string;
  /** A DynamoDB that is already running (DYNAMODB_ENDPOINT, a running `npm start`). */
  endpoint?: string | undefined;
  /** Without an endpoint, a DynamoDB Local is started: over these files, or in memory when absent. */
  dataDirectory?: string | undefined;
  /** Sees the client before its first call (SDK middleware must be added before it; see countCalls). */
  beforeFirstCall?: (client: DocumentClient) => void;
}

export interface Database {
  endpoint: string;
  tableName: string;
  client: DocumentClient;
  repositories: ReturnType<typeof createRepositories>;
  /** True when this call started the DynamoDB Local it uses (close stops it). */
  startedLocal: boolean;
  /** True when the table did not exist and was created. */
  createdTable: boolean;
  close(): Promise<void>;
}

/**
 * The one way local tools reach a table (`npm start`, the import CLI, the bench, the tests): connect to
 * an endpoint or start DynamoDB Local, create the table from infra/table.yml when missing, and build
 * the repositories over it.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  let local: DynamoDBLocal | undefined;
  let endpoint = options.endpoint;
  if (!endpoint) {
    local = await startDynamoDBLocal(options.dataDirectory ? { dataDirectory: options.dataDirectory } : {});
    endpoint = local.endpoint;
  }
  try {
    const client = createDocumentClient({ region: options.region ?? 'us-east-1', endpoint });
    options.beforeFirstCall?.(client);
    const createdTable = await ensureTable(client, options.tableName);
    return {
      endpoint,
      tableName: options.tableName,
      client,
      repositories: createRepositories(client, options.tableName),
      startedLocal: local !== undefined,
      createdTable,
      close: async () => local?.stop(),
    };
  } catch (error) {
    await local?.stop();
    throw error;
  }
}
