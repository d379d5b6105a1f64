import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DocumentClient } from './document-client.js';

/** How items are marshalled: undefined attributes are left out, class instances are refused. */
export const MARSHALL_OPTIONS = { removeUndefinedValues: true, convertClassInstanceToMap: false } as const;

/** Base-client settings besides where it connects (the benchmark builds its clients with these too). */
export const CLIENT_SETTINGS = {
  maxAttempts: 4,
  // Resolve each command's middleware stack once, not on every call (see DocumentClient).
  cacheMiddleware: true,
} as const;

export interface ClientOptions {
  region: string;
  endpoint?: string | undefined;
}

/** A document client; callers keep one per process (the handler module holds it across invocations). */
export function createDocumentClient({ region, endpoint }: ClientOptions): DocumentClient {
  const local = endpoint !== undefined && /^http:\/\/(127\.|localhost|\[::1\])/.test(endpoint);
  const client = new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    // DynamoDB Local accepts any credentials; real endpoints use the default provider chain.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    ...CLIENT_SETTINGS,
  });
  return new DocumentClient(client, { marshall: MARSHALL_OPTIONS });
}
