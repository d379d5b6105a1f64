import { brandWithType } from '@pothos/core';

/**
 * A node as loaded, branded with its GraphQL type. Pothos's relay plugin brands loaded nodes only
 * after its own await, and a second `node(id:)` for the same id reads the cached promise, which can
 * settle first: graphql-js then cannot tell the Node's type. Branding in loadOne closes that gap.
 */
export function branded<T extends object>(value: T | null, typename: string): T | null {
  if (value) brandWithType(value, typename as never);
  return value;
}
