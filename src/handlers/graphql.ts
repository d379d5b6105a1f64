import { config } from '../config.js';
import { loadTrustedDocuments } from '../graphql/trusted-documents.js';
import { createGraphQLHandler } from '../http/graphql-handler.js';
import { readRepositoriesFromConfig } from '../storage/repositories.js';

// Built once per cold start and reused by every invocation of this process. Read repositories only: the
// public API writes nothing but persisted operations, and its bundle then leaves the write paths out.
const settings = config();
const repositories = readRepositoriesFromConfig(settings);
const trustedDocuments = settings.trustedDocumentsFile
  ? loadTrustedDocuments(settings.trustedDocumentsFile)
  : undefined;

/**
 * API Gateway HTTP API (payload 2.0): GET and POST /graphql and GraphiQL's assets. No operator key check:
 * the operator API is its own Lambda (operator-graphql.ts), the public schema has nothing for operators,
 * and any x-api-key header already makes an answer no-store (src/http/caching.ts), right key or not. So
 * the Secrets Manager client stays out of this bundle and a key never costs a Secrets Manager call here.
 */
export const handler = createGraphQLHandler(
  { ...repositories, trustedDocuments, webUrlTemplates: settings.webUrlTemplates },
  settings,
  undefined,
);
