import type { DocumentClient } from '../../src/storage/document-client.js';

/**
 * Records the name of every DynamoDB command the client sends (an SDK middleware, not a mock). Add it
 * before the client's first call: the client resolves each command's middleware once (test tables
 * come with one: `table.calls`).
 */
export function countCalls(client: DocumentClient) {
  const calls: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName).replace(/Command$/, ''));
      return next(args);
    },
    { step: 'initialize', name: `callCounter${Math.random()}` },
  );
  return {
    calls,
    reset: () => calls.splice(0, calls.length),
  };
}
