import { GraphQLError } from 'graphql';
import { maskError as maskYogaError } from 'graphql-yoga';
import { InvalidInputError, NotFoundError, UnauthorizedError, WriteRejectedError } from '../domain/errors.js';
import { logger } from '../observability/logger.js';

function codeOf(error: unknown): string | undefined {
  if (error instanceof NotFoundError) return 'NOT_FOUND';
  if (error instanceof InvalidInputError) return 'BAD_USER_INPUT';
  if (error instanceof UnauthorizedError) return 'UNAUTHENTICATED';
  // A mutation that lost a race or would break a rule; its message says what, and nothing was written.
  if (error instanceof WriteRejectedError) return 'CONFLICT';
  return undefined;
}

interface Located {
  originalError?: unknown;
  path?: readonly (string | number)[];
  nodes?: GraphQLError['nodes'];
}

// Duck-typed rather than `instanceof GraphQLError`: bundlers and test runners can load graphql twice.
const isGraphQLError = (error: unknown): error is Error & Located => error instanceof Error && 'originalError' in error;

/**
 * The one place domain errors become GraphQL errors with extensions.code. Anything unexpected is
 * logged here, once, and masked for the client.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const located = isGraphQLError(error) ? error : undefined;
  const original = located?.originalError ?? error;
  if (isGraphQLError(original) && original.originalError) return maskError(original, message, isDev);
  const code = codeOf(original);
  const path = located?.path?.join('.');
  if (code) {
    // The client's mistake, not ours: INFO, and the message is already bounded (arguments.ts quoted()).
    logger.info('client error', { code, error: (original as Error).message.slice(0, 200), path });
    return new GraphQLError((original as Error).message, {
      nodes: located?.nodes ?? null,
      path: located?.path ?? null,
      extensions: { code },
    });
  }
  if (original instanceof Error && !isGraphQLError(original)) {
    logger.error('unexpected error while resolving', { error: original, path });
  }
  const masked = maskYogaError(error, message, isDev);
  return withCode(masked);
}

/**
 * graphql-js raises a few request errors without a code ("Schema is not configured to execute
 * mutation operation."): they are about the request, so every client still gets a code to act on.
 */
function withCode(error: Error): Error {
  if (!isGraphQLError(error) || error.originalError) return error;
  const extensions = (error as GraphQLError).extensions ?? {};
  if (extensions.code !== undefined) return error;
  return new GraphQLError(error.message, {
    nodes: error.nodes ?? null,
    path: error.path ?? null,
    extensions: { ...extensions, code: 'BAD_REQUEST' },
  });
}
