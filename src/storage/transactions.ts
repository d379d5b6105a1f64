import type { TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';

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

export function transactionAction(table: string, description: string, input: ActionInput): DescribedAction {
  const [kind, body] = Object.entries(input)[0] as [string, object];
  return { description, action: { [kind]: { TableName: table, ...body } } as TransactItem };
}
