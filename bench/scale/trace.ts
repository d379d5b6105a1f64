import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { DocumentClient } from '../../src/storage/document-client.js';

/** What one call did: its command, the items it named (by kind) and the units DynamoDB reported. */
export interface TracedCall {
  command: string;
  /** Items written or read by key ("Article", "Mention", …), one entry per item, with units estimated from size. */
  items: { kind: string; estimate: number }[];
  /** For a Query: the partition kind it read and the index ("GSI1 Person"). */
  query?: string;
  /** Items returned (reads). */
  returned: number;
  readUnits: number;
  writeUnits: number;
  /** Approximate item bytes written (JSON length of the put items). */
  bytesWritten: number;
}

type Key = { PK?: unknown; SK?: unknown };

/**
 * The item kind of a key, from the prefixes src/storage/keys.ts builds (a profile label only: the bench
 * never builds keys). Unknown shapes come back as their partition prefix.
 */
export function kindOfKey({ PK, SK }: Key): string {
  const pk = String(PK ?? '');
  const sk = String(SK ?? '');
  const prefix = pk.split('#')[0] ?? '';
  if (prefix === 'ARTICLE') {
    if (sk === 'ARTICLE') return 'Article';
    if (sk === 'SUMMARY') return 'ArticleSummary';
    if (sk === 'UPDATED') return 'UpdateEntry';
    const head = sk.split('#')[0] ?? '';
    const byHead: Record<string, string> = {
      BODY: 'ArticleBody',
      LANG: 'Translation',
      FEEDLANG: 'LanguageEntry',
      REVIEW: 'Review',
      PERSON: 'Mention',
      EVENT: 'Coverage',
      TERM: 'Filing',
    };
    return byHead[head] ?? `Article/${head}`;
  }
  if (prefix === 'PERSON') return sk === 'PERSON' ? 'Person' : `Person/${sk.split('#')[0]}`;
  if (prefix === 'EVENT') return sk === 'EVENT' ? 'Event' : sk.startsWith('PTP#') ? 'Participation' : `Event/${sk}`;
  const named: Record<string, string> = {
    SLUG: 'Slug',
    NAME: 'Name',
    RUN: sk === 'RUN' ? 'Run' : 'RunDocument',
    TOMBSTONE: 'Tombstone',
    AUDIT: 'Audit',
  };
  return named[prefix] ?? prefix;
}

type Input = Record<string, unknown>;

/** An item's approximate stored size: JSON text, binary attributes at their byte length. */
export const itemBytes = (item: unknown): number =>
  Buffer.byteLength(
    JSON.stringify(item, (_, v: unknown) => (v instanceof Uint8Array ? ''.padEnd(v.byteLength) : v)),
    'utf8',
  );

/** The middleware sees the low-level input: attribute values are marshalled ({ S: "…" }). */
const plain = (item: unknown): Input => (item ? unmarshall(item as never) : {});

/** The items (or keys) a command input names, one per item, with the bytes of the items it puts. */
function itemsOf(command: string, input: Input): { items: TracedCall['items']; bytes: number; query?: string } {
  // A put costs a unit per KB in the table and in each index whose keys it has (both project ALL);
  // a transaction costs twice. Updates and deletes count one (their size is not in the input).
  const twice = command === 'TransactWriteItems' ? 2 : 1;
  const put = (item: unknown) => {
    const value = plain(item);
    const bytes = itemBytes(value);
    const indexes = ['GSI1PK', 'GSI2PK'].filter((k) => value[k] !== undefined).length;
    return { kind: kindOfKey(value), bytes, estimate: Math.ceil(bytes / 1024) * (1 + indexes) * twice };
  };
  const keyed = (key: unknown) => ({ kind: kindOfKey(plain(key)), bytes: 0, estimate: twice });
  let found: { kind: string; bytes: number; estimate: number }[] = [];
  if (command === 'PutItem') found = [put(input.Item)];
  else if (command === 'UpdateItem' || command === 'DeleteItem' || command === 'GetItem') found = [keyed(input.Key)];
  else if (command === 'TransactWriteItems')
    found = ((input.TransactItems as Input[]) ?? []).map((action) => {
      const [, body] = Object.entries(action)[0] as [string, Input];
      return body.Item ? put(body.Item) : keyed(body.Key);
    });
  else if (command === 'BatchWriteItem')
    found = Object.values(input.RequestItems as Record<string, Input[]>)
      .flat()
      .map((w) =>
        w.PutRequest ? put((w.PutRequest as Input).Item) : keyed((w.DeleteRequest as Input | undefined)?.Key),
      );
  else if (command === 'BatchGetItem')
    found = Object.values(input.RequestItems as Record<string, { Keys: unknown[] }>)
      .flatMap((r) => r.Keys)
      .map(keyed);
  else if (command === 'Query') {
    const values = plain(input.ExpressionAttributeValues);
    const partition = String(values[':pk'] ?? values[':partition'] ?? Object.values(values)[0] ?? '');
    const kind = partition
      .split('#')
      .slice(0, partition.startsWith('FEED#') ? 2 : 1)
      .join('#');
    return { items: [], bytes: 0, query: `${input.IndexName ?? 'table'} ${kind}` };
  }
  return {
    items: found.map(({ kind, estimate }) => ({ kind, estimate })),
    bytes: found.reduce((sum, f) => sum + f.bytes, 0),
  };
}

const CAPACITY = /Item|Query|Scan|Items/;

/**
 * Records every call of a client with what it touched and the capacity DynamoDB reported (an SDK
 * middleware, added before the first call). `start()` begins a recording; `stop()` returns it.
 */
export function tracer(client: DocumentClient) {
  let calls: TracedCall[] | undefined;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName).replace(/Command$/, '');
      const input = args.input as Input;
      if (!calls || !CAPACITY.test(command)) return next(args);
      input.ReturnConsumedCapacity = 'TOTAL';
      const { items, bytes, query } = itemsOf(command, input);
      const result = await next(args);
      const output = result.output as unknown as Input;
      const consumed = ([] as { CapacityUnits?: number }[]).concat((output.ConsumedCapacity as never) ?? []);
      const units = consumed.reduce((sum, c) => sum + (c.CapacityUnits ?? 0), 0);
      const isRead = /Get|Query|Scan/.test(command);
      const returned = Array.isArray(output.Items)
        ? output.Items.length
        : output.Item
          ? 1
          : output.Responses
            ? Object.values(output.Responses as Record<string, unknown[]>).flat().length
            : 0;
      calls?.push({
        command,
        items,
        ...(query ? { query } : {}),
        returned,
        readUnits: isRead ? units : 0,
        writeUnits: isRead ? 0 : units,
        bytesWritten: bytes,
      });
      return result;
    },
    { step: 'initialize', name: 'scaleBenchTracer' },
  );
  return {
    start() {
      calls = [];
    },
    stop(): TracedCall[] {
      const recorded = calls ?? [];
      calls = undefined;
      return recorded;
    },
  };
}
