import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type {
  BatchGetCommand,
  BatchGetCommandOutput,
  BatchWriteCommand,
  BatchWriteCommandOutput,
  DeleteCommand,
  DeleteCommandOutput,
  DynamoDBDocumentClientCommand,
  GetCommand,
  GetCommandOutput,
  PutCommand,
  PutCommandOutput,
  QueryCommand,
  QueryCommandOutput,
  ScanCommand,
  ScanCommandOutput,
  TransactWriteCommand,
  TransactWriteCommandOutput,
  UpdateCommand,
  UpdateCommandOutput,
} from '@aws-sdk/lib-dynamodb';
import { marshall, unmarshall, type marshallOptions, type unmarshallOptions } from '@aws-sdk/util-dynamodb';

/**
 * Which members of a command's input or output hold items: `{}` all values of that member, `[]` all
 * members of a list, `{ '*': … }` every key of a map, null the value itself (lib-dynamodb's notation).
 */
type KeyNodes = Record<string, unknown> | null;

/** What lib-dynamodb's commands carry at run time (its types mark the key nodes and base command protected). */
interface DocumentCommandShape {
  input: object;
  inputKeyNodes: KeyNodes;
  outputKeyNodes: KeyNodes;
  clientCommand: { constructor: new (input: object) => Parameters<DynamoDBClient['send']>[0] };
}

// biome-ignore lint/suspicious/noExplicitAny: lib-dynamodb's own base-command generics are declared with any
type DocumentCommand = DynamoDBDocumentClientCommand<object, object, any, any, any>;

export interface TranslateOptions {
  marshall?: marshallOptions;
  unmarshall?: unmarshallOptions;
}

/**
 * A document client that sends lib-dynamodb's commands (GetCommand, QueryCommand, …: plain JavaScript
 * values in, plain values out) through a plain DynamoDBClient created with `cacheMiddleware: true`.
 * lib-dynamodb's own client resolves the SDK's middleware stack again on every call, about a quarter
 * of the SDK's CPU per call (measured with a canned HTTP response), and refuses `cacheMiddleware`
 * (aws/aws-sdk-js-v3 pull request 7801). Items are marshalled exactly as lib-dynamodb does, with its
 * key-node tables. Middleware for the base client must be added before its first call of a command.
 */
export class DocumentClient {
  private readonly marshallOptions: marshallOptions;
  private readonly unmarshallOptions: unmarshallOptions;

  constructor(
    readonly base: DynamoDBClient,
    options: TranslateOptions = {},
  ) {
    if (base.config.cacheMiddleware !== true)
      throw new Error('DocumentClient needs a DynamoDBClient created with cacheMiddleware: true');
    // lib-dynamodb's defaults: top-level lists and maps convert, output items come without a map wrapper.
    this.marshallOptions = { convertTopLevelContainer: true, ...options.marshall };
    this.unmarshallOptions = { convertWithoutMapWrapper: true, ...options.unmarshall };
  }

  get middlewareStack(): DynamoDBClient['middlewareStack'] {
    return this.base.middlewareStack;
  }

  // The commands this project sends, each with its output type (lib-dynamodb's generics do not infer).
  send(command: GetCommand): Promise<GetCommandOutput>;
  send(command: PutCommand): Promise<PutCommandOutput>;
  send(command: UpdateCommand): Promise<UpdateCommandOutput>;
  send(command: DeleteCommand): Promise<DeleteCommandOutput>;
  send(command: QueryCommand): Promise<QueryCommandOutput>;
  send(command: ScanCommand): Promise<ScanCommandOutput>;
  send(command: BatchGetCommand): Promise<BatchGetCommandOutput>;
  send(command: BatchWriteCommand): Promise<BatchWriteCommandOutput>;
  send(command: TransactWriteCommand): Promise<TransactWriteCommandOutput>;
  async send(command: DocumentCommand): Promise<object> {
    const shape = command as unknown as DocumentCommandShape;
    const BaseCommand = shape.clientCommand.constructor;
    const input = processKeys(shape.input, (value) => marshall(value, this.marshallOptions), shape.inputKeyNodes);
    const output = await this.base.send(new BaseCommand(input));
    return processKeys(output, (value) => unmarshall(value as never, this.unmarshallOptions), shape.outputKeyNodes);
  }
}

type Convert = (value: unknown) => unknown;

// The walk below follows lib-dynamodb's processObj / processKeysInObj / processAllKeysInObj
// (commands/utils.ts, Apache-2.0), so items convert exactly as they do through DynamoDBDocumentClient.
function processKeys(value: object, convert: Convert, keyNodes: KeyNodes): object {
  const copy: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? value.filter((item) => typeof item !== 'function')
    : {};
  if (!Array.isArray(copy)) {
    for (const [key, member] of Object.entries(value)) if (typeof member !== 'function') copy[key] = member;
  }
  for (const [key, nodes] of Object.entries(keyNodes ?? {})) {
    const member = (value as Record<string, unknown>)[key];
    if (typeof member === 'function') continue;
    const converted = processValue(member, convert, nodes as KeyNodes);
    if (converted !== undefined && typeof converted !== 'function') (copy as Record<string, unknown>)[key] = converted;
  }
  return copy;
}

function processValue(value: unknown, convert: Convert, keyNodes: KeyNodes): unknown {
  if (value === undefined) return undefined;
  if (keyNodes == null) return convert(value);
  const keys = Object.keys(keyNodes);
  if (keys.length === 0) return processAll(value as object, convert);
  if (keys.length === 1 && keys[0] === '*') {
    const next = (keyNodes as Record<string, KeyNodes>)['*'] ?? null;
    const result: Record<string, unknown> | unknown[] = Array.isArray(value) ? [] : {};
    for (const [key, member] of Object.entries(value ?? {})) {
      if (typeof member !== 'function') (result as Record<string, unknown>)[key] = processValue(member, convert, next);
    }
    return result;
  }
  return processKeys(value as object, convert, keyNodes);
}

function processAll(value: object, convert: Convert): unknown {
  if (Array.isArray(value))
    return value.filter((item) => typeof item !== 'function').map((item) => processValue(item, convert, null));
  const result: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(value)) {
    if (typeof member === 'function') continue;
    const converted = processValue(member, convert, null);
    if (converted !== undefined && typeof converted !== 'function') result[key] = converted;
  }
  return result;
}
