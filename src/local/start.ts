import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { ConfigError, readConfig } from '../config.js';
import { databaseFiles, endpointFile } from './data-directory.js';
import { openDatabase } from './database.js';
import { JavaMissingError } from './dynamodb-local.js';
import { createImportProgress } from './import-progress.js';
import { loadSampleContent, sampleInputCount } from './sample-content.js';
import { createLocalServer, listen } from './server.js';

/** `npm start`: DynamoDB Local (unless DYNAMODB_ENDPOINT is set), the table, sample content, and the handler on PORT. */
async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  // readConfig, not config(): the cached configuration must hold the endpoint chosen here.
  const { dynamodbEndpoint, tableName, region } = readConfig();
  const database = await openDatabase({
    endpoint: dynamodbEndpoint,
    dataDirectory: databaseFiles(),
    tableName,
    region,
  });
  // The handler reads its configuration (this endpoint) when loaded, below; other commands find it in the file.
  process.env.DYNAMODB_ENDPOINT = database.endpoint;
  if (database.startedLocal) writeFileSync(endpointFile(), database.endpoint);
  const stop = once(async (signal: string) => {
    console.log(`\n${signal}: stopping${database.startedLocal ? ' DynamoDB Local and' : ''} the server`);
    await database.close();
    if (database.startedLocal) rmSync(endpointFile(), { force: true });
    process.exit(0);
  });
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  if (database.createdTable) console.log(`created table ${tableName}`);
  if (await database.repositories.articles.isEmpty()) {
    console.log('importing the sample content (tests/fixtures) into the empty table');
    const progress = createImportProgress({
      inputs: sampleInputCount(),
      tty: Boolean(process.stdout.isTTY),
      write: (text) => process.stdout.write(text),
    });
    const run = await loadSampleContent(database.repositories, {
      onParsed: progress.parsed,
      onDocument: progress.document,
    });
    progress.finish();
    if (run)
      console.log(
        `imported sample content: ${run.counts.written} written, ${run.counts.unchanged} unchanged, ${run.counts.rejected} rejected (run ${run.id})`,
      );
  }

  // A key for the operator API unless one is given: printed below, for this run only.
  process.env.OPERATOR_API_KEY ||= randomBytes(24).toString('base64url');
  // Imported only now: the handlers read their configuration (the endpoint, the key) when loaded.
  const { handler } = await import('../handlers/graphql.js');
  const { handler: operatorHandler } = await import('../handlers/operator-graphql.js');
  const { OPERATOR_PATH } = await import('../graphql/yoga.js');
  const { operatorGraphiQL } = await import('./operator-graphiql.js');
  const operatorKey = process.env.OPERATOR_API_KEY;
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? '127.0.0.1';
  await listen(
    // As API Gateway routes: the operator path to its own handler, everything else to the public one.
    createLocalServer(async (event) =>
      event.rawPath === OPERATOR_PATH
        ? (operatorGraphiQL(event, operatorKey) ?? operatorHandler(event))
        : handler(event),
    ),
    port,
    host,
  );
  console.log(`Operator API: POST http://localhost:${port}${OPERATOR_PATH} with header x-api-key: ${operatorKey}`);
  console.log(`Operator GraphiQL (the key filled in): http://localhost:${port}${OPERATOR_PATH}`);
  console.log(
    `GraphiQL: http://localhost:${port}/graphql  (DynamoDB: ${database.endpoint}, table ${database.tableName})`,
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
