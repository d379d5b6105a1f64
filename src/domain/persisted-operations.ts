/** Where automatic persisted operations are kept: hash → query text. */
export interface PersistedOperationStore {
  get(sha256Hash: string): Promise<string | undefined>;
  put(sha256Hash: string, query: string): Promise<void>;
}
