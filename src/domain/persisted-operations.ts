/** Where automatic persisted operations are kept: hash → query text, until an expiry. */
export interface PersistedOperationStore {
  /** The query, unless unknown or expired. */
  get(sha256Hash: string): Promise<string | undefined>;
  /** Stores the query until `expiresAt` (epoch seconds); DynamoDB's TTL deletes it after that. */
  put(sha256Hash: string, query: string, expiresAt: number): Promise<void>;
}
