import { createHash, timingSafeEqual } from 'node:crypto';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { KEY_OPERATOR } from '../domain/audit.js';

export type OperatorKeyProvider = () => Promise<string | undefined>;

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Equal strings, compared in time that does not depend on where they differ (or on their lengths). */
export function constantTimeEquals(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * An operator request is either signed with IAM (API Gateway checked the signature on the operator
 * route and says so in the event) or carries the operator API key in `x-api-key`. Returns who the
 * operator is (the IAM principal's ARN, or KEY_OPERATOR), or undefined for anyone else.
 */
export async function operatorIdentity(
  event: APIGatewayProxyEventV2,
  operatorKey: OperatorKeyProvider,
): Promise<string | undefined> {
  const iamUser = iamUserOf(event);
  if (iamUser) return iamUser;
  const given = event.headers?.['x-api-key'];
  if (!given) return undefined;
  const expected = await operatorKey();
  return expected !== undefined && constantTimeEquals(given, expected) ? KEY_OPERATOR : undefined;
}

const iamUserOf = (event: APIGatewayProxyEventV2): string | undefined =>
  (event.requestContext as { authorizer?: { iam?: { userArn?: string } } }).authorizer?.iam?.userArn;

/**
 * Whether the request is an operator's. Synchronous for the many requests that carry no credential at
 * all: no promise and no await on the public API's common path (npm run bench, `{ __typename }`).
 */
export function isOperator(
  event: APIGatewayProxyEventV2,
  operatorKey: OperatorKeyProvider,
): boolean | Promise<boolean> {
  if (!iamUserOf(event) && !event.headers?.['x-api-key']) return false;
  return operatorIdentity(event, operatorKey).then((identity) => identity !== undefined);
}
