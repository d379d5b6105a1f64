import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

export interface ClientOptions {
  region: string;
  endpoint?: string | undefined;
}

/** A document client; callers keep one per process (the handler module holds it across invocations). */
export function createDocumentClient({ region, endpoint }: ClientOptions): DynamoDBDocumentClient {
  const local = endpoint !== undefined && /^http:\/\/(127\.|localhost|\[::1\])/.test(endpoint);
  const client = new DynamoDBClient({
    region,
    ...(endpoint ? { endpoint } : {}),
    // DynamoDB Local accepts any credentials; real endpoints use the default provider chain.
    ...(local ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    maxAttempts: 4,
  });
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}
