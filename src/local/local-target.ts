import { config } from '../config.js';
import { DATA_DIRECTORY, databaseFiles, runningEndpoint } from './data-directory.js';
import { type Database, openDatabase } from './database.js';

/** No DynamoDB to write to, and the command was not asked to start one. */
export class NoRunningDatabaseError extends Error {
  override name = 'NoRunningDatabaseError';
}

export interface LocalTarget extends Database {
  /** Where the endpoint came from, in an editor's words. */
  origin: string;
}

/**
 * The database a local command writes to: DYNAMODB_ENDPOINT when set, else the DynamoDB Local of the
 * `npm start` serving DATA_DIR. With neither it refuses, unless `startLocal` lets it start a DynamoDB
 * Local of its own over DATA_DIR: importing silently into another database than the one served misleads.
 */
export async function openLocalTarget({ startLocal }: { startLocal: boolean }): Promise<LocalTarget> {
  const settings = config();
  const common = { tableName: settings.tableName, region: settings.region };
  if (settings.dynamodbEndpoint)
    return { ...(await openDatabase({ ...common, endpoint: settings.dynamodbEndpoint })), origin: 'DYNAMODB_ENDPOINT' };
  const running = await runningEndpoint();
  if (running)
    return { ...(await openDatabase({ ...common, endpoint: running })), origin: `npm start over ${DATA_DIRECTORY}` };
  if (!startLocal)
    throw new NoRunningDatabaseError(
      `no DynamoDB is running for the data directory ${DATA_DIRECTORY}: run \`npm start\` (with the same DATA_DIR), set DYNAMODB_ENDPOINT, or pass --start-local to start DynamoDB Local over that directory for this command`,
    );
  const database = await openDatabase({ ...common, dataDirectory: databaseFiles() });
  return { ...database, origin: `DynamoDB Local started for this command over ${DATA_DIRECTORY}` };
}
