import { kindOfKey } from './trace.js';
import type { DocumentClient } from '../../src/storage/document-client.js';

const CAPACITY_COMMANDS = new Set([
  'GetItem',
  'PutItem',
  'UpdateItem',
  'DeleteItem',
  'Query',
  'Scan',
  'BatchGetItem',
  'BatchWriteItem',
  'TransactWriteItems',
  'TransactGetItems',
]);

export interface Reading {
  calls: number;
  readUnits: number;
  writeUnits: number;
  byCommand: Record<string, number>;
}

/**
 * Counts every DynamoDB call, asks each for ReturnConsumedCapacity TOTAL and adds up the read and write
 * units DynamoDB reports, and keeps every error by name. An SDK middleware (add it before the first call:
 * the client caches its middleware per command).
 */
export function meter(client: DocumentClient) {
  let current: Reading = empty();
  const errors = new Map<string, number>();
  const lostRaces = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      const input = args.input as Record<string, unknown>;
      if (CAPACITY_COMMANDS.has(command)) input.ReturnConsumedCapacity = 'TOTAL';
      current.calls += 1;
      current.byCommand[command] = (current.byCommand[command] ?? 0) + 1;
      try {
        const result = await next(args);
        const consumed = (result.output as { ConsumedCapacity?: unknown }).ConsumedCapacity;
        for (const c of (
          [] as { ReadCapacityUnits?: number; WriteCapacityUnits?: number; CapacityUnits?: number }[]
        ).concat((consumed as never) ?? [])) {
          const read = c.ReadCapacityUnits ?? 0;
          const write = c.WriteCapacityUnits ?? 0;
          // Some answers give only CapacityUnits: reads for read commands, writes for the others.
          const total = read || write ? 0 : (c.CapacityUnits ?? 0);
          const isRead = /Get|Query|Scan/.test(command);
          current.readUnits += read + (isRead ? total : 0);
          current.writeUnits += write + (isRead ? 0 : total);
        }
        return result;
      } catch (error) {
        const name = (error as Error).name ?? 'Error';
        // A failed condition is a lost race the writer expects (it re-reads and merges, or leaves derived
        // data to the next write): counted apart from errors, which there must be none of.
        const counts = isLostRace(error) ? lostRaces : errors;
        const label = `${name} (${command} ${keyKind(input)})`;
        counts.set(label, (counts.get(label) ?? 0) + 1);
        throw error;
      }
    },
    { step: 'initialize', name: 'scaleBenchMeter' },
  );
  return {
    /** The reading since the last call, and a fresh one started. */
    take(): Reading {
      const reading = current;
      current = empty();
      return reading;
    },
    errors,
    /** Conditional writes that lost to a concurrent writer (by error name). */
    lostRaces,
  };
}

/**
 * A conditional write refused because another writer got there first: ConditionalCheckFailed, or a
 * transaction cancelled only for failed conditions (the others' reasons are "None").
 */
export function isLostRace(error: unknown): boolean {
  const { name, CancellationReasons } = error as { name?: string; CancellationReasons?: { Code?: string }[] };
  if (name === 'ConditionalCheckFailedException') return true;
  if (name !== 'TransactionCanceledException' || !CancellationReasons?.length) return false;
  const codes = CancellationReasons.map((reason) => reason.Code ?? 'None');
  return (
    codes.includes('ConditionalCheckFailed') &&
    codes.every((code) => code === 'ConditionalCheckFailed' || code === 'None')
  );
}

/** The kind of item a failed write named (a Put's item or an Update's key), for the report's breakdown. */
function keyKind(input: Record<string, unknown>): string {
  const key = (input.Key ?? input.Item) as Record<string, unknown> | undefined;
  if (key) return kindOfKey(plain(key));
  const actions = (input.TransactItems as Record<string, { Key?: unknown; Item?: unknown }>[] | undefined) ?? [];
  const kinds = new Set(
    actions.flatMap((action) => Object.values(action)).map((a) => kindOfKey(plain((a.Key ?? a.Item) as never))),
  );
  return kinds.size ? `transaction of ${[...kinds].join('+')}` : 'batch';
}

/** DocumentClient inputs are plain at this step; a low-level input is marshalled ({ S: "…" }). */
const plain = (key: Record<string, unknown> | undefined): { PK?: unknown; SK?: unknown } => {
  const value = (v: unknown) => (v && typeof v === 'object' && 'S' in v ? (v as { S: unknown }).S : v);
  return { PK: value(key?.PK), SK: value(key?.SK) };
};

const empty = (): Reading => ({ calls: 0, readUnits: 0, writeUnits: 0, byCommand: {} });
