import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import * as keys from './keys.js';
import type { Table } from './table.js';

/**
 * The person's place in the people-by-mentions list. Of two concurrent changes the later revision wins,
 * whatever order their puts arrive in (a put over a newer revision is refused, and that is its answer).
 */
export async function putRank(table: Table, personId: string, mentionCount: number, revision: number): Promise<void> {
  try {
    await table.send(
      new PutCommand({
        TableName: table.name,
        Item: {
          ...keys.personRankKey(personId),
          ...keys.personRankListKeys(mentionCount, personId),
          type: 'PersonRank',
          personId,
          mentionCount,
          revision,
        },
        ConditionExpression: 'attribute_not_exists(PK) OR revision < :revision',
        ExpressionAttributeValues: { ':revision': revision },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
