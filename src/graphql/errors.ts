import { GraphQLError } from 'graphql';
import { maskError as maskYogaError } from 'graphql-yoga';
import { InvalidInputError, NotFoundError } from '../domain/errors.js';
import { logger } from '../observability/logger.js';

const CODES = new Map<Function, string>([
  [NotFoundError, 'NOT_FOUND'],
  [InvalidInputError, 'BAD_USER_INPUT'],
]);

/**
 * The one place domain errors become GraphQL errors with extensions.code. Anything unexpected is
 * logged here, once, and masked for the client.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof GraphQLError) return maskError(original, message, isDev);
  const code = original ? CODES.get(original.constructor) : undefined;
  if (code && original instanceof Error && error instanceof GraphQLError) {
    return new GraphQLError(original.message, { nodes: error.nodes, path: error.path, extensions: { code } });
  }
  if (original instanceof Error) {
    logger.error('unexpected error while resolving', { error: original, path: error instanceof GraphQLError ? error.path : undefined });
  }
  return maskYogaError(error, message, isDev);
}
