import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isCovered } from '../domain/event.js';
import { syncMemberships } from './counters.js';
import * as keys from './keys.js';
import { queryAll } from './query-all.js';
import type { Table } from './table.js';

/**
 * An event's count of published articles (`articleCount` on the event item), kept like a person's
 * mentionCount: a coverage edge marked `counted` adds one, and takes it off when it is unmarked or
 * deleted. An event a deleted or merged-away item is gone from has none to keep.
 *
 * When the count crosses 0 the event appears or disappears (issue 12): its timeline copies on people's
 * pages get their `covered` mark, and it joins or leaves the counted events lists. The change is rare
 * (an event's first article, or the last one unpublished), so it is paid on write, never on read.
 */
export async function addArticles(table: Table, eventId: string, delta: number): Promise<void> {
  let count: number;
  try {
    const { Attributes } = await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: keys.eventKey(eventId),
        UpdateExpression: 'ADD articleCount :delta',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':delta': delta },
        ReturnValues: 'UPDATED_NEW',
      }),
    );
    count = Number(Attributes?.articleCount ?? 0);
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return;
    throw error;
  }
  if (crossedZero(count, delta)) await syncCoverage(table, eventId);
}

/** Whether a count that is `count` after adding `delta` went from 0 to above, or back. */
export const crossedZero = (count: number, delta: number): boolean =>
  (delta > 0 && count > 0 && count - delta <= 0) || (delta < 0 && count <= 0 && count - delta > 0);

/**
 * Brings the event's timeline copies and list memberships in line with its count as read now. Each
 * step writes only what differs, so running it again (a retry, or two writers crossing 0 at the same
 * moment: the later one reads the later count) converges on the same state.
 */
export async function syncCoverage(table: Table, eventId: string): Promise<void> {
  const { Item } = await table.send(
    new GetCommand({
      TableName: table.name,
      Key: keys.eventKey(eventId),
      ProjectionExpression: 'articleCount, kind',
      ConsistentRead: true,
    }),
  );
  if (!Item) return;
  const covered = isCovered({ articleCount: Number(Item.articleCount ?? 0) });
  const participations = await queryAll(table, {
    KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
    ExpressionAttributeValues: { ':pk': keys.eventPartition(eventId), ':prefix': keys.PARTICIPANT_PREFIX },
    ProjectionExpression: 'PK, SK, covered',
    ConsistentRead: true,
  });
  const stale = participations.filter((edge) => edge.covered !== covered);
  for (let i = 0; i < stale.length; i += PARALLEL)
    await Promise.all(stale.slice(i, i + PARALLEL).map((edge) => markCovered(table, edge, covered)));
  await syncMemberships(table, keys.eventPartition(eventId), covered ? eventLists(String(Item.kind)) : []);
}

/** The counted lists an event with a published article is in: the timeline, and that of its kind. */
export const eventLists = (kind: string): string[] => [
  keys.listName(keys.EVENTS_TIMELINE),
  keys.listName(keys.eventsOfKind(kind)),
];

const PARALLEL = 10;

async function markCovered(table: Table, edge: Record<string, unknown>, covered: boolean): Promise<void> {
  try {
    await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: { PK: String(edge.PK), SK: String(edge.SK) },
        UpdateExpression: 'SET covered = :covered',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeValues: { ':covered': covered },
      }),
    );
  } catch (error) {
    // A participant removed meanwhile has no copy to mark.
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
