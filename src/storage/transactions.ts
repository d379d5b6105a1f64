import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import { WriteRejectedError } from '../domain/errors.js';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];
type WithoutTable<T> = T extends object ? Omit<T, 'TableName'> : never;

/** A transaction action with the sentence that explains it when its condition fails. */
export interface DescribedAction {
  action: TransactItem;
  description: string;
}

type ActionInput =
  | { Put: WithoutTable<TransactItem['Put']> }
  | { Update: WithoutTable<TransactItem['Update']> }
  | { Delete: WithoutTable<TransactItem['Delete']> }
  | { ConditionCheck: WithoutTable<TransactItem['ConditionCheck']> };

export function transactionAction(table: Table, description: string, input: ActionInput): DescribedAction {
  const [kind, body] = Object.entries(input)[0] as [string, object];
  return { description, action: { [kind]: { TableName: table.name, ...body } } as TransactItem };
}

/** Runs a transaction; a cancelled one becomes a WriteRejectedError naming the conditions that failed. */
export async function transact(table: Table, actions: DescribedAction[]): Promise<void> {
  try {
    await table.send(new TransactWriteCommand({ TransactItems: actions.map((a) => a.action) }));
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const failed = (error.CancellationReasons ?? [])
      .map((reason, index) => (reason.Code === 'ConditionalCheckFailed' ? actions[index]?.description : undefined))
      .filter(Boolean);
    throw new WriteRejectedError(
      failed.length ? `nothing written: ${failed.join('; ')}` : `nothing written: ${error.message}`,
    );
  }
}
