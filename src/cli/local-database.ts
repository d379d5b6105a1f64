import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config } from '../config.js';
import { startDynamoDBLocal, type DynamoDBLocal } from '../local/dynamodb-local.js';
import { createDocumentClient } from '../storage/client.js';
import { createRepositories } from '../storage/repositories.js';
import { ensureTable } from '../storage/table-definition.js';

export const DATA_DIRECTORY = process.env.DATA_DIR ?? fileURLToPath(new URL('../../.data/', import.meta.url));
/** `npm start` writes its DynamoDB Local endpoint here, so other commands can share that database. */
export const ENDPOINT_FILE = join(DATA_DIRECTORY, 'dynamodb-endpoint');

/**
 * The database a local command should use: DYNAMODB_ENDPOINT when set, else the DynamoDB Local of a
 * running `npm start`, else a DynamoDB Local of its own over the same data directory.
 */
export async function connectLocalDatabase() {
  let database: DynamoDBLocal | undefined;
  let endpoint = process.env.DYNAMODB_ENDPOINT || (await runningEndpoint());
  if (!endpoint) {
    database = await startDynamoDBLocal({ dataDirectory: join(DATA_DIRECTORY, 'dynamodb') });
    endpoint = database.endpoint;
  }
  process.env.DYNAMODB_ENDPOINT = endpoint;
  const settings = config();
  const client = createDocumentClient({ region: settings.region, endpoint });
  await ensureTable(client, settings.tableName);
  return {
    repositories: createRepositories(client, settings.tableName),
    endpoint,
    close: async () => database?.stop(),
  };
}

async function runningEndpoint(): Promise<string | undefined> {
  if (!existsSync(ENDPOINT_FILE)) return undefined;
  const endpoint = readFileSync(ENDPOINT_FILE, 'utf8').trim();
  try {
    await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
    return endpoint;
  } catch {
    return undefined;
  }
}
