import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export type OperatorKeyProvider = () => Promise<string | undefined>;

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Equal strings, compared in time that does not depend on where they differ (or on their lengths). */
export function constantTimeEquals(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * An operator request is either signed with IAM (API Gateway checked the signature on the operator
 * route and says so in the event) or carries the operator API key in `x-api-key`.
 */
export async function isOperator(event: APIGatewayProxyEventV2, operatorKey: OperatorKeyProvider): Promise<boolean> {
  const authorizer = (event.requestContext as { authorizer?: { iam?: { userArn?: string } } }).authorizer;
  if (authorizer?.iam?.userArn) return true;
  const given = event.headers?.['x-api-key'];
  if (!given) return false;
  const expected = await operatorKey();
  return expected !== undefined && constantTimeEquals(given, expected);
}
