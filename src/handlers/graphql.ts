import { config } from '../config.js';
import { loadTrustedDocuments } from '../graphql/trusted-documents.js';
import { createGraphQLHandler } from '../http/graphql-handler.js';
import { operatorKeyProvider } from '../http/operator-key.js';
import { readRepositoriesFromConfig } from '../storage/repositories.js';

// Built once per cold start and reused by every invocation of this process. Read repositories only: the
// public API writes nothing but persisted operations, and its bundle then leaves the write paths out.
const settings = config();
const repositories = readRepositoriesFromConfig(settings);
const trustedDocuments = settings.trustedDocumentsFile
  ? loadTrustedDocuments(settings.trustedDocumentsFile)
  : undefined;

/** API Gateway HTTP API (payload 2.0): GET and POST /graphql, the IAM-signed operator route, GraphiQL's assets. */
export const handler = createGraphQLHandler(
  { ...repositories, trustedDocuments, webUrlTemplates: settings.webUrlTemplates },
  settings,
  operatorKeyProvider(settings),
);
