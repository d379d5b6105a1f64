import type { DocumentClient } from '../../src/storage/document-client.js';

interface Capacity {
  CapacityUnits?: number;
}

/** Items a read returned: a Query's or Scan's Items, a BatchGet's Responses, a Get's Item. */
function itemsIn(output: Record<string, unknown>): number {
  if (Array.isArray(output.Items)) return output.Items.length;
  if (output.Responses && typeof output.Responses === 'object')
    return Object.values(output.Responses as Record<string, unknown[]>).reduce((n, items) => n + items.length, 0);
  return output.Item ? 1 : 0;
}

const unitsIn = (capacity: unknown): number =>
  (Array.isArray(capacity) ? capacity : capacity ? [capacity] : []).reduce(
    (sum: number, c: Capacity) => sum + (c.CapacityUnits ?? 0),
    0,
  );

/**
 * Records the name of every DynamoDB command the client sends (an SDK middleware, not a mock). Add it
 * before the client's first call: the client resolves each command's middleware once (test tables
 * come with one: `table.calls`). With `measure(true)` it also asks DynamoDB for consumed capacity and
 * adds up the items and read units of each call (the cost calibration reads them).
 */
export function countCalls(client: DocumentClient) {
  const calls: string[] = [];
  const reads = { items: 0, readUnits: 0 };
  let measuring = false;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName).replace(/Command$/, ''));
      if (measuring) (args.input as Record<string, unknown>).ReturnConsumedCapacity = 'TOTAL';
      const result = await next(args);
      if (measuring) {
        const output = result.output as unknown as Record<string, unknown>;
        reads.items += itemsIn(output);
        reads.readUnits += unitsIn(output.ConsumedCapacity);
      }
      return result;
    },
    { step: 'initialize', name: `callCounter${Math.random()}` },
  );
  return {
    calls,
    reads,
    measure: (on: boolean) => {
      measuring = on;
    },
    reset: () => {
      calls.splice(0, calls.length);
      reads.items = 0;
      reads.readUnits = 0;
    },
  };
}
