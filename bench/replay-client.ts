import type { DocumentClient } from '../src/storage/document-client.js';

/**
 * Makes a document client answer from memory: the first call with a given input goes to DynamoDB,
 * every identical call after that gets the recorded output. The warm benchmark uses it so the
 * frameworks are measured, not the database; the repositories' own code still runs in full.
 */
export function answerFromMemory(client: DocumentClient): void {
  const recorded = new Map<string, unknown>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const key = `${context.commandName}:${JSON.stringify(args.input)}`;
      const known = recorded.get(key);
      if (known) return known as Awaited<ReturnType<typeof next>>;
      const output = await next(args);
      recorded.set(key, output);
      return output;
    },
    { step: 'initialize', name: 'answerFromMemory' },
  );
}

/** Adds ReturnConsumedCapacity to every call and sums what DynamoDB reports, with the number of calls. */
export function meterCapacity(client: DocumentClient) {
  const meter = { calls: 0, read: 0, write: 0 };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      meter.calls += 1;
      const writes = /Put|Update|Delete|Write/.test(String(context.commandName));
      (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const output = await next(args);
      const consumed = (output.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
      for (const entry of ([] as { CapacityUnits?: number }[]).concat((consumed ?? []) as never)) {
        if (writes) meter.write += entry.CapacityUnits ?? 0;
        else meter.read += entry.CapacityUnits ?? 0;
      }
      return output;
    },
    { step: 'initialize', name: 'meterCapacity' },
  );
  return { meter, reset: () => Object.assign(meter, { calls: 0, read: 0, write: 0 }) };
}
