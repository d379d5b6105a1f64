import { config } from '../../src/config.js';
import { readRepositoriesFromConfig } from '../../src/storage/repositories.js';
import { createApolloHandler } from './apollo.js';

// Built like src/handlers/graphql.ts: from the environment, once per cold start.
const settings = config();
export const handler = createApolloHandler(readRepositoriesFromConfig(settings));
