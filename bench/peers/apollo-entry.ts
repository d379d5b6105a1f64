import { config } from '../../src/config.js';
import { repositoriesFromConfig } from '../../src/storage/repositories.js';
import { createApolloHandler } from './apollo.js';

// Built like src/handlers/graphql.ts: from the environment, once per cold start.
const settings = config();
export const handler = createApolloHandler(repositoriesFromConfig(settings));
