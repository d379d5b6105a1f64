import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import { type EventParticipant, type EventWrite, isCovered, type NewsEvent } from '../domain/event.js';
import type { EventFilter, EventRepository, EventWithParticipants } from '../domain/event-repository.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import { batchGetItems } from './batch-get.js';
import { batchWrite } from './batch-write.js';
import { encodeCursor } from './cursor.js';
import { addToCount, syncMemberships } from './counters.js';
import { eventLists } from './event-coverage.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { assertExist } from './existence.js';
import { mapPage, queryPage, type PagedQuery } from './paged-query.js';
import { queryAll } from './query-all.js';
import { updateItem } from './update-item.js';

/** Events, their timelines by date and kind, and their participation edges (see schema/dynamodb.md). */
export class DynamoEventRepository implements EventRepository {
  constructor(private readonly table: Table) {}

  async listEvents(filter: EventFilter, page: PageRequest): Promise<Page<NewsEvent>> {
    const found = await queryPage(this.table, eventQuery(filter), page);
    return mapPage(found, filter.personId !== undefined ? items.fromParticipationEvent : items.fromEventItem);
  }

  async getWithParticipants(id: string, first: number): Promise<EventWithParticipants | undefined> {
    // The event item sorts just above its participation edges (EVENT < PTP#): one Query reads both.
    const output = await this.table.send(
      new QueryCommand({
        TableName: this.table.name,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.eventPartition(id),
          ':from': keys.eventKey(id).SK,
          ':to': keys.upperBound(keys.PARTICIPANT_PREFIX),
        },
        Limit: first + 2,
      }),
    );
    const [head, ...rest] = output.Items ?? [];
    if (head?.type !== 'Event') return undefined;
    const edges = rest
      .slice(0, first)
      .map((item) => ({ cursor: encodeCursor(String(item.SK)), node: items.fromParticipant(item) }));
    // A 1 MB page can stop short of first + 1 items: then more may follow all the same.
    return {
      event: items.fromEventItem(head),
      participants: {
        edges,
        hasNextPage: rest.length > first || output.LastEvaluatedKey !== undefined,
        // The same list as listParticipants', so the first page has its totalCount too.
        countKey: keys.listName(keys.eventPartition(id), keys.PARTICIPANT_PREFIX),
      },
    };
  }

  async listParticipants(eventId: string, page: PageRequest): Promise<Page<EventParticipant>> {
    const query: PagedQuery = {
      partitionAttribute: 'PK',
      sortAttribute: 'SK',
      partition: keys.eventPartition(eventId),
      prefix: keys.PARTICIPANT_PREFIX,
      descending: false,
      list: keys.listName(keys.eventPartition(eventId), keys.PARTICIPANT_PREFIX),
    };
    return mapPage(await queryPage(this.table, query, page), items.fromParticipant);
  }

  /**
   * The participation edges first, then the event item. A new participant's edge is a conditional put
   * (so of two writers adding the same person one counts it); the count goes up by the edges actually
   * added. When the event's name, date or place changed, every edge's copy is rewritten in batches.
   * No transaction, so no limit on participants, and the reads and writes of one save grow with the
   * participants it adds, not with the event's size.
   */
  async saveEvent(write: EventWrite): Promise<boolean> {
    // The counts are owned by their own writes (ADD), whatever a caller read and passes back.
    const {
      participants,
      participantCount: _p,
      articleCount: _a,
      covered: _c,
      ...fields
    } = write as EventWrite & Pick<NewsEvent, 'participantCount' | 'articleCount' | 'covered'>;
    const { Item } = await this.table.send(
      new GetCommand({ TableName: this.table.name, Key: keys.eventKey(write.id), ConsistentRead: true }),
    );
    const previous = Item ? items.fromEventItem(Item) : undefined;
    const candidates = participants.filter((p, i) => participants.findIndex((q) => q.personId === p.personId) === i);
    const existing = new Set(
      (
        await batchGetItems(
          this.table,
          candidates.map((p) => edgeKey(write.id, p)),
          { consistent: true },
        )
      ).map((item) => String(item.personId)),
    );
    const fresh = candidates.filter((p) => !existing.has(p.personId));
    const event: NewsEvent = {
      ...fields,
      participantCount: previous?.participantCount ?? 0,
      articleCount: previous?.articleCount ?? 0,
    };
    const changed = !previous || copyOf(previous) !== copyOf(event);
    if (!changed && fresh.length === 0) return false;
    await assertExist(
      this.table,
      fresh.map((p) => ({ type: 'Person' as const, id: p.personId, as: 'participant' })),
    );

    const added = await this.addEdges(event, fresh);
    // Counted in the events lists while a published article covers it (event-coverage.ts).
    await syncMemberships(this.table, keys.eventPartition(write.id), isCovered(event) ? eventLists(write.kind) : []);
    if (changed && previous)
      await batchWrite(
        this.table,
        (await this.allParticipants(write.id)).map((p) => ({ put: items.toParticipationItem(p, event) })),
      );
    const { participantCount: _count, articleCount: _articles, ...item } = items.toEventItem(event);
    await this.table.send(
      new UpdateCommand({
        TableName: this.table.name,
        ...updateItem(item, { remove: OPTIONAL_FIELDS, add: { participantCount: added, articleCount: 0 } }),
      }),
    );
    return true;
  }

  /** Conditional puts, ten at a time; returns how many edges were new. */
  private async addEdges(event: NewsEvent, participants: readonly EventParticipant[]): Promise<number> {
    let added = 0;
    for (let i = 0; i < participants.length; i += 10) {
      const results = await Promise.all(
        participants.slice(i, i + 10).map(async (participant) => {
          try {
            await this.table.send(
              new PutCommand({
                TableName: this.table.name,
                Item: items.toParticipationItem(participant, event),
                ConditionExpression: 'attribute_not_exists(PK)',
              }),
            );
            // The conditional put makes this edge's counting happen once, whoever retries.
            await addToCount(
              this.table,
              keys.listName(keys.personPartition(participant.personId), keys.EVENT_EDGE_PREFIX),
              1,
            );
            await addToCount(this.table, keys.listName(keys.personEventsOfKind(participant.personId, event.kind)), 1);
            return 1;
          } catch (error) {
            if (error instanceof ConditionalCheckFailedException) return 0;
            throw error;
          }
        }),
      );
      added += results.filter(Boolean).length;
    }
    await addToCount(this.table, keys.listName(keys.eventPartition(event.id), keys.PARTICIPANT_PREFIX), added);
    return added;
  }

  /** Every participant, read consistently from the event's collection (writes only). */
  private async allParticipants(eventId: string): Promise<EventParticipant[]> {
    const found = await queryAll(this.table, {
      KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.eventPartition(eventId), ':prefix': keys.PARTICIPANT_PREFIX },
      ProjectionExpression: 'personId, personName',
      ConsistentRead: true,
    });
    return found.map(items.fromParticipant);
  }
}

const edgeKey = (eventId: string, participant: EventParticipant) =>
  keys.participationKey(eventId, participant.personId);

/** The event's optional fields: one absent from a write is removed from the item. */
const OPTIONAL_FIELDS = [
  'start',
  'end',
  'place',
  'description',
  'dateUncertain',
  'statedDate',
  'overrides',
  'removedParticipants',
];

/** What a participation edge copies of its event: a change to any of it rewrites the edges. */
const copyOf = (event: NewsEvent) =>
  JSON.stringify([
    event.name,
    event.kind,
    event.start,
    event.end,
    event.place,
    event.description,
    event.dateUncertain,
    event.statedDate,
  ]);

/** Events of a person come from their GSI1 partition; otherwise the timeline of all events or of one kind. */
function eventQuery(filter: EventFilter): PagedQuery {
  const ranged = filter.from !== undefined || filter.to !== undefined;
  const whole = (partition: string, prefix?: string) => (ranged ? {} : { list: keys.listName(partition, prefix) });
  const bounds = (prefix: string) => ({
    ...(filter.from !== undefined ? { from: `${prefix}${filter.from}` } : {}),
    ...(filter.to !== undefined ? { to: keys.upperBound(`${prefix}${filter.to}`) } : {}),
  });
  if (filter.personId !== undefined && filter.kind !== undefined) {
    // A person's events of a kind: GSI2 on their participation edges, one Query.
    const partition = keys.personEventsOfKind(filter.personId, filter.kind);
    return {
      index: keys.INDEX.languageFeeds,
      partitionAttribute: 'GSI2PK',
      sortAttribute: 'GSI2SK',
      partition,
      ...bounds(''),
      ...whole(partition),
      descending: true,
    };
  }
  if (filter.personId !== undefined) {
    return {
      index: keys.INDEX.feeds,
      partitionAttribute: 'GSI1PK',
      sortAttribute: 'GSI1SK',
      partition: keys.personPartition(filter.personId),
      prefix: keys.EVENT_EDGE_PREFIX,
      ...bounds(keys.EVENT_EDGE_PREFIX),
      ...whole(keys.personPartition(filter.personId), keys.EVENT_EDGE_PREFIX),
      descending: true,
    };
  }
  if (filter.kind !== undefined) {
    return {
      index: keys.INDEX.languageFeeds,
      partitionAttribute: 'GSI2PK',
      sortAttribute: 'GSI2SK',
      partition: keys.eventsOfKind(filter.kind),
      ...bounds(''),
      ...whole(keys.eventsOfKind(filter.kind)),
      descending: true,
    };
  }
  return {
    index: keys.INDEX.feeds,
    partitionAttribute: 'GSI1PK',
    sortAttribute: 'GSI1SK',
    partition: keys.EVENTS_TIMELINE,
    ...bounds(''),
    ...whole(keys.EVENTS_TIMELINE),
    descending: true,
  };
}
