import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Records the name of every DynamoDB command the client sends (an SDK middleware, not a mock). */
export function countCalls(client: DynamoDBDocumentClient) {
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
