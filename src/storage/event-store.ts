import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './document-client.js';
import { dateSortKey, type NewsEvent } from '../domain/event.js';
import type { EventFilter, EventRepository } from '../domain/event-repository.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import { InvalidInputError } from '../domain/errors.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { mapPage, queryPage, type PagedQuery } from './paged-query.js';
import { transact, transactionAction } from './transactions.js';

/** Events, their timelines by date and kind, and each participant's copy (see schema/dynamodb.md). */
export class DynamoEventRepository implements EventRepository {
  constructor(
    private readonly client: DocumentClient,
    private readonly table: string,
  ) {}

  async listEvents(filter: EventFilter, page: PageRequest): Promise<Page<NewsEvent>> {
    const found = await queryPage(this.client, this.table, eventQuery(filter), page);
    return mapPage(found, items.fromEventItem);
  }

  async saveEvent(event: NewsEvent): Promise<void> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.table, Key: keys.eventKey(event.id), ConsistentRead: true }));
    const previous = Item ? items.fromEventItem(Item) : undefined;
    const start = dateSortKey(event.start);
    const current = new Set(event.participants.map((p) => p.personId));
    // A participant's copy is keyed by start date: drop old copies of people who left or when the date moved.
    const stale = (previous?.participants ?? []).filter((p) => !current.has(p.personId) || dateSortKey(previous?.start) !== start);
    await transact(this.client, [
      transactionAction(this.table, `event ${event.id}`, { Put: { Item: items.toEventItem(event) } }),
      ...stale.map((p) => transactionAction(this.table, `timeline of ${p.personId}`, { Delete: { Key: keys.personEventKey(p.personId, dateSortKey(previous?.start), event.id) } })),
      ...event.participants.map((p) =>
        transactionAction(this.table, `timeline of ${p.personId}`, { Put: { Item: items.toPersonEventItem(p.personId, event) } }),
      ),
      ...event.participants.map((p) =>
        transactionAction(this.table, `participant ${p.personId} does not exist`, { ConditionCheck: { Key: keys.personKey(p.personId), ConditionExpression: 'attribute_exists(PK)' } }),
      ),
    ]);
  }
}

/** Events of a person come from the person's collection; otherwise the timeline of all events or of one kind. */
function eventQuery(filter: EventFilter): PagedQuery {
  if (filter.personId !== undefined && filter.kind !== undefined) throw new InvalidInputError('filter: combine person or kind with a date range, not both');
  const bounds = (prefix: string) => ({
    ...(filter.from !== undefined ? { from: `${prefix}${filter.from}` } : {}),
    ...(filter.to !== undefined ? { to: keys.upperBound(`${prefix}${filter.to}`) } : {}),
  });
  if (filter.personId !== undefined) {
    return { partitionAttribute: 'PK', sortAttribute: 'SK', partition: keys.personPartition(filter.personId), prefix: keys.PERSON_EVENT_PREFIX, ...bounds(keys.PERSON_EVENT_PREFIX), descending: true };
  }
  if (filter.kind !== undefined) {
    return { index: keys.INDEX.languageFeeds, partitionAttribute: 'GSI2PK', sortAttribute: 'GSI2SK', partition: keys.eventsOfKind(filter.kind), ...bounds(''), descending: true };
  }
  return { index: keys.INDEX.feeds, partitionAttribute: 'GSI1PK', sortAttribute: 'GSI1SK', partition: keys.EVENTS_TIMELINE, ...bounds(''), descending: true };
}
