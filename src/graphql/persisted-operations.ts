import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { PersistedOperationStore } from '../domain/persisted-operations.js';
import { LIMITS } from './limits.js';

const MEMORY_ENTRIES = 1000;

interface PersistedQuery {
  version?: unknown;
  sha256Hash?: unknown;
}

const error = (message: string, code: string, status: number) => new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Automatic persisted operations (the Apollo protocol, sha256): a client sends only
 * `extensions.persistedQuery.sha256Hash`; on PERSISTED_QUERY_NOT_FOUND it sends the query once with the
 * hash, and from then on short GET URLs work, which a CDN can cache. Hashes are checked, never trusted.
 */
export function usePersistedOperations(store: PersistedOperationStore): Plugin {
  const memory = new Map<string, string>();
  const remember = (hash: string, query: string) => {
    if (memory.size >= MEMORY_ENTRIES) memory.delete(memory.keys().next().value as string);
    memory.set(hash, query);
  };
  return {
    // Not async itself: a request without a persisted query goes on without waiting a tick.
    onParams({ params, setParams }) {
      const persisted = (params.extensions as { persistedQuery?: PersistedQuery } | undefined)?.persistedQuery;
      return persisted ? resolvePersisted(persisted, params, setParams) : undefined;
    },
  };

  async function resolvePersisted(persisted: PersistedQuery, params: GraphQLParams, setParams: (params: GraphQLParams) => void): Promise<void> {
    const hash = persisted.sha256Hash;
    if (persisted.version !== 1 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw error('persistedQuery needs version 1 and a sha256Hash of 64 hex digits', 'PERSISTED_QUERY_NOT_SUPPORTED', 400);
    }
    if (params.query) {
      if (params.query.length > LIMITS.maxQueryLength) return; // the length limit rejects it at parse
      if (createHash('sha256').update(params.query).digest('hex') !== hash) throw error('the query does not match its sha256Hash', 'PERSISTED_QUERY_HASH_MISMATCH', 400);
      if (!memory.has(hash)) await store.put(hash, params.query);
      remember(hash, params.query);
      return;
    }
    const query = memory.get(hash) ?? (await store.get(hash));
    if (!query) throw error('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 200);
    remember(hash, query);
    setParams({ ...params, query });
  }
}
