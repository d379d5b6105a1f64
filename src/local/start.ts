import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIRECTORY, ENDPOINT_FILE } from '../cli/local-database.js';
import { config, ConfigError } from '../config.js';
import { createDocumentClient } from '../storage/client.js';
import { createRepositories } from '../storage/repositories.js';
import { ensureTable } from '../storage/table-definition.js';
import { JavaMissingError, startDynamoDBLocal, type DynamoDBLocal } from './dynamodb-local.js';
import { loadSampleContent } from './sample-content.js';
import { createLocalServer, listen } from './server.js';

/** `npm start`: DynamoDB Local (unless DYNAMODB_ENDPOINT is set), the table, sample content, and the handler on PORT. */
async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  let database: DynamoDBLocal | undefined;
  if (!process.env.DYNAMODB_ENDPOINT) {
    database = await startDynamoDBLocal({ dataDirectory: join(DATA_DIRECTORY, 'dynamodb') });
    process.env.DYNAMODB_ENDPOINT = database.endpoint;
    writeFileSync(ENDPOINT_FILE, database.endpoint);
  }
  const stop = once(async (signal: string) => {
    console.log(`\n${signal}: stopping${database ? ' DynamoDB Local and' : ''} the server`);
    await database?.stop();
    if (database) rmSync(ENDPOINT_FILE, { force: true });
    process.exit(0);
  });
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  const settings = config();
  const client = createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint });
  if (await ensureTable(client, settings.tableName)) console.log(`created table ${settings.tableName}`);
  const repositories = createRepositories(client, settings.tableName);
  if (await repositories.articles.isEmpty()) {
    const run = await loadSampleContent(repositories);
    if (run)
      console.log(
        `imported sample content: ${run.counts.written} written, ${run.counts.unchanged} unchanged, ${run.counts.rejected} rejected (run ${run.id})`,
      );
  }

  // Imported only now: the handler reads its configuration (the endpoint above) when loaded.
  const { handler } = await import('../handlers/graphql.js');
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  await listen(
    createLocalServer((event) => handler(event)),
    port,
    host,
  );
  console.log(
    `GraphiQL: http://localhost:${port}/graphql  (DynamoDB: ${settings.dynamodbEndpoint}, table ${settings.tableName})`,
  );
}

function once<T extends unknown[]>(fn: (...args: T) => Promise<void>) {
  let called = false;
  return async (...args: T) => {
    if (called) return;
    called = true;
    await fn(...args);
  };
}

main().catch((error: unknown) => {
  const known = error instanceof JavaMissingError || error instanceof ConfigError;
  console.error(known ? (error as Error).message : error);
  process.exit(1);
});
