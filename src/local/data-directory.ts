import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `npm start` keeps its DynamoDB Local database; DATA_DIR chooses another one. */
export const DATA_DIRECTORY = process.env.DATA_DIR ?? fileURLToPath(new URL('../../.data/', import.meta.url));
/** `npm start` writes its DynamoDB Local endpoint here, so other commands can share that database. */
export const endpointFile = (dataDirectory = DATA_DIRECTORY) => join(dataDirectory, 'dynamodb-endpoint');
/** The DynamoDB Local files of a data directory. */
export const databaseFiles = (dataDirectory = DATA_DIRECTORY) => join(dataDirectory, 'dynamodb');

/** The endpoint of the `npm start` serving this data directory, when one is running and answers. */
export async function runningEndpoint(dataDirectory = DATA_DIRECTORY): Promise<string | undefined> {
  const file = endpointFile(dataDirectory);
  if (!existsSync(file)) return undefined;
  const endpoint = readFileSync(file, 'utf8').trim();
  try {
    // Any HTTP answer will do: DynamoDB answers a bare POST with 400.
    await fetch(endpoint, { method: 'POST', signal: AbortSignal.timeout(1000) });
    return endpoint;
  } catch {
    return undefined;
  }
}
