import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { ConfigError } from '../config.js';

/**
 * A trusted-documents manifest: `{ "<sha256 of the query>": "<query>" }`, the format GraphQL Codegen's
 * client preset (`persistedDocuments`) and Apollo's persisted-query manifest tools produce from an
 * app's queries. Every hash is checked against its query, so a wrong manifest fails the cold start
 * with a clear message instead of serving the wrong query.
 */
export function loadTrustedDocuments(
  file: string,
  root = process.env.LAMBDA_TASK_ROOT ?? process.cwd(),
): Map<string, string> {
  const path = isAbsolute(file) ? file : join(root, file);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`TRUSTED_DOCUMENTS_FILE ${file}: ${(error as Error).message.slice(0, 200)}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ConfigError(`TRUSTED_DOCUMENTS_FILE ${file}: expected an object of sha256 hash → query`);
  const documents = new Map<string, string>();
  for (const [hash, query] of Object.entries(parsed)) {
    if (typeof query !== 'string' || createHash('sha256').update(query).digest('hex') !== hash) {
      throw new ConfigError(
        `TRUSTED_DOCUMENTS_FILE ${file}: the entry ${hash.slice(0, 16)}… is not the sha256 of its query`,
      );
    }
    documents.set(hash, query);
  }
  return documents;
}
