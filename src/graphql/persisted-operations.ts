import { createHash } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { GraphQLParams, Plugin } from 'graphql-yoga';
import type { PersistedOperationStore } from '../domain/persisted-operations.js';
import { LIMITS } from './limits.js';
import { createRateBound } from './rate-bound.js';

const MEMORY_ENTRIES = 1000;
/** Stored operations expire; a client whose hash has gone re-sends the query (the protocol's own miss path). */
export const PERSISTED_TTL_SECONDS = 30 * 86_400;
/** New registrations per instance: a burst of 50 (an app release), then one a second. */
const REGISTRATIONS = { burst: 50, perSecond: 1 };

export interface PersistedOperationsOptions {
  store: PersistedOperationStore;
  /** Trusted documents (hash → query): when given, only these run and nothing is registered. */
  trusted?: ReadonlyMap<string, string> | undefined;
}

interface PersistedQuery {
  version?: unknown;
  sha256Hash?: unknown;
}

const error = (message: string, code: string, status: number) =>
  new GraphQLError(message, { extensions: { code, http: { status } } });

/**
 * Automatic persisted operations (the Apollo protocol, sha256): a client sends only
 * `extensions.persistedQuery.sha256Hash`; on PERSISTED_QUERY_NOT_FOUND it sends the query once with the
 * hash, and from then on short GET URLs work, which a CDN can cache. Hashes are checked, never trusted,
 * and a query is stored only once it has parsed, validated and passed every limit (at execution), at a
 * bounded rate, with an expiry. With `trusted`, the stage serves only the apps' known documents.
 */
export function usePersistedOperations({ store, trusted }: PersistedOperationsOptions): Plugin {
  const memory = new Map<string, string>();
  const pending = new WeakMap<object, { hash: string; query: string }>();
  const mayRegister = createRateBound(REGISTRATIONS.burst, REGISTRATIONS.perSecond);
  const remember = (hash: string, query: string) => {
    if (memory.size >= MEMORY_ENTRIES) memory.delete(memory.keys().next().value as string);
    memory.set(hash, query);
  };
  return {
    // Not async itself: a request without a persisted query goes on without waiting a tick.
    onParams({ params, setParams, request }) {
      const persisted = (params.extensions as { persistedQuery?: PersistedQuery } | undefined)?.persistedQuery;
      if (trusted) return useTrusted(persisted, params, setParams);
      return persisted ? resolvePersisted(persisted, params, setParams, request) : undefined;
    },
    onExecute({ args }) {
      const request = (args.contextValue as { request?: object } | undefined)?.request;
      const registration = request && pending.get(request);
      if (!registration || memory.has(registration.hash)) return undefined;
      // Over the rate, nothing is stored or remembered: the client's next miss registers it again.
      if (!mayRegister()) return undefined;
      remember(registration.hash, registration.query);
      return store.put(registration.hash, registration.query, Math.floor(Date.now() / 1000) + PERSISTED_TTL_SECONDS);
    },
  };

  function checkedHash(persisted: PersistedQuery): string {
    const hash = persisted.sha256Hash;
    if (persisted.version !== 1 || typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) {
      throw error(
        'persistedQuery needs version 1 and a sha256Hash of 64 hex digits',
        'PERSISTED_QUERY_NOT_SUPPORTED',
        400,
      );
    }
    return hash;
  }

  async function resolvePersisted(
    persisted: PersistedQuery,
    params: GraphQLParams,
    setParams: (params: GraphQLParams) => void,
    request: object,
  ): Promise<void> {
    const hash = checkedHash(persisted);
    if (params.query !== undefined && params.query !== null) {
      if (typeof params.query !== 'string') throw error('query must be a string', 'BAD_REQUEST', 400);
      if (params.query.length > LIMITS.maxQueryLength) return; // the length limit rejects it at parse
      if (createHash('sha256').update(params.query).digest('hex') !== hash)
        throw error('the query does not match its sha256Hash', 'PERSISTED_QUERY_HASH_MISMATCH', 400);
      // Registered at execution (onExecute), once parsing, validation and every limit have passed.
      pending.set(request, { hash, query: params.query });
      return;
    }
    const query = memory.get(hash) ?? (await store.get(hash));
    if (!query) throw error('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND', 200);
    remember(hash, query);
    setParams({ ...params, query });
  }

  function useTrusted(
    persisted: PersistedQuery | undefined,
    params: GraphQLParams,
    setParams: (params: GraphQLParams) => void,
  ): void {
    const query = persisted ? trusted?.get(checkedHash(persisted)) : undefined;
    if (!query)
      throw error(
        "this endpoint runs only the apps' trusted documents: send extensions.persistedQuery with a known sha256Hash",
        'PERSISTED_QUERY_ONLY',
        400,
      );
    setParams({ ...params, query });
  }
}
