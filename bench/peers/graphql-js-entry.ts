import { config } from '../../src/config.js';
import { createDocumentClient } from '../../src/storage/client.js';
import { createRepositories } from '../../src/storage/repositories.js';
import { createGraphQLJsHandler } from './graphql-js.js';

// Built like src/handlers/graphql.ts: from the environment, once per cold start.
const settings = config();
export const handler = createGraphQLJsHandler(createRepositories(createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint }), settings.tableName));
