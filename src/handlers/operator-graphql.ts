import { config } from '../config.js';
import { createOperatorHandler } from '../http/operator-handler.js';
import { operatorKeyProvider } from '../http/operator-key.js';
import { repositoriesFromConfig } from '../storage/repositories.js';

// Built once per cold start and reused by every invocation of this process.
const settings = config();

/** API Gateway HTTP API (payload 2.0): POST /operator/graphql, the IAM-authorized operator API. */
export const handler = createOperatorHandler(repositoriesFromConfig(settings), settings, operatorKeyProvider(settings));
