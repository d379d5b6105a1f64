import { GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import { normalizeName } from '../domain/names.js';
import { keepEdges, type Page, type PageRequest } from '../domain/pagination.js';
import type { Person } from '../domain/person.js';
import type { PeopleFilter, PersonRepository, PersonWithEvents } from '../domain/person-repository.js';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { InvalidInputError, WriteRejectedError } from '../domain/errors.js';
import { batchGetItems } from './batch-get.js';
import { batchWrite } from './batch-write.js';
import { encodeCursor } from './cursor.js';
import * as items from './items.js';
import type { PersonItem } from './items.js';
import { putRank } from './person-rank.js';
import * as keys from './keys.js';
import { mapPage, queryPage } from './paged-query.js';
import { updateItem } from './update-item.js';

const DEFAULT_EVENTS = 10;

/** People, their name lookups and their event timelines (see schema/dynamodb.md). */
export class DynamoPersonRepository implements PersonRepository {
  constructor(private readonly table: Table) {}

  async getWithEvents(id: string, eventsFirst = DEFAULT_EVENTS): Promise<PersonWithEvents | undefined> {
    // The person item sorts above their event edges in their GSI1 partition: one descending Query reads
    // the person and the first page of events, never the whole timeline.
    const output = await this.table.send(
      new QueryCommand({
        TableName: this.table.name,
        IndexName: keys.INDEX.feeds,
        KeyConditionExpression: 'GSI1PK = :pk AND GSI1SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.personPartition(id),
          ':from': keys.EVENT_EDGE_PREFIX,
          ':to': keys.PERSON_PAGE_SORT_KEY,
        },
        ScanIndexForward: false,
        Limit: eventsFirst + 2,
      }),
    );
    const [first, ...rest] = output.Items ?? [];
    if (first?.type !== 'Person') return undefined;
    const edges = rest
      .slice(0, eventsFirst)
      .map((item) => ({ cursor: encodeCursor(String(item.GSI1SK)), node: items.fromParticipationEvent(item) }));
    // A 1 MB page can stop short of eventsFirst + 1 items: then more may follow all the same.
    return {
      person: items.fromPersonItem(first),
      events: {
        edges,
        hasNextPage: rest.length > eventsFirst || output.LastEvaluatedKey !== undefined,
        countKey: keys.listName(keys.personPartition(id), keys.EVENT_EDGE_PREFIX),
      },
    };
  }

  async findIdsByName(name: string): Promise<string[]> {
    const normalized = normalizeName(name);
    if (!normalized) return [];
    const output = await this.table.send(
      new QueryCommand({
        TableName: this.table.name,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.namePartition(normalized) },
      }),
    );
    return (output.Items ?? []).map((item) => String(item.personId));
  }

  async listPeople(filter: PeopleFilter, page: PageRequest): Promise<Page<Person>> {
    if (filter.byMentions) return this.listByMentions(page);
    const prefix = filter.nameStartsWith === undefined ? undefined : normalizeName(filter.nameStartsWith);
    if (prefix === '') throw new InvalidInputError('filter.nameStartsWith: give at least one letter or digit');
    const found = await queryPage(
      this.table,
      {
        index: keys.INDEX.languageFeeds,
        partitionAttribute: 'GSI2PK',
        sortAttribute: 'GSI2SK',
        partition: keys.PEOPLE_LIST,
        ...(prefix !== undefined ? { prefix } : { list: keys.listName(keys.PEOPLE_LIST) }),
        descending: false,
      },
      page,
    );
    return mapPage(found, items.fromPersonItem);
  }

  /**
   * The rank items, most mentioned first (people at 0 sort below the range), then the page's people in
   * one BatchGetItem. The list is the counted people list (mentioned people), so totalCount is shared.
   */
  private async listByMentions(page: PageRequest): Promise<Page<Person>> {
    const ranks = await queryPage(
      this.table,
      {
        index: keys.INDEX.languageFeeds,
        partitionAttribute: 'GSI2PK',
        sortAttribute: 'GSI2SK',
        partition: keys.PEOPLE_BY_MENTIONS,
        from: keys.MENTIONED_RANK_FROM,
        descending: true,
        list: keys.listName(keys.PEOPLE_LIST),
      },
      page,
    );
    const people = new Map(
      (
        await batchGetItems(
          this.table,
          ranks.edges.map((edge) => keys.personKey(String(edge.node.personId))),
        )
      )
        .map(items.fromPersonItem)
        .map((person) => [person.id, person]),
    );
    // A person deleted since their rank was written is left out; the cursors go on from the ranks read.
    return keepEdges(ranks, (rank) => people.get(String(rank.personId)));
  }

  /**
   * The person item, then their name lookups in batches (put the current names, delete dropped ones):
   * no transaction, so any number of aliases. The item is written only over the revision the caller read
   * (`person.revision`), so of two concurrent saves from one read exactly one applies and the other is
   * refused ("changed by another writer": the importer reads again and merges); a lookup is deleted only
   * when the revision it replaced had it. A lookup left behind by a failure in between names the same
   * person and is put right by the next save.
   */
  async savePerson(person: Person): Promise<void> {
    // A new person (revision 0) has nothing to read: the update's condition refuses one that exists.
    const { Item } =
      person.revision === 0
        ? { Item: undefined }
        : await this.table.send(
            new GetCommand({ TableName: this.table.name, Key: keys.personKey(person.id), ConsistentRead: true }),
          );
    const previous = Item ? items.fromPersonItem(Item) : undefined;
    if (person.revision !== undefined && (previous ? (previous.revision ?? 0) : 0) !== person.revision)
      throw changedByAnother(person, previous);
    const names = new Map(
      [person.name, ...person.aliases].map((n) => [normalizeName(n), n] as const).filter(([normalized]) => normalized),
    );
    const stale = [
      ...new Set(
        [previous?.name, ...(previous?.aliases ?? [])].filter((n): n is string => Boolean(n)).map(normalizeName),
      ),
    ].filter((n) => n && !names.has(n));
    // Every field but the mention count and its revision, which article writes keep (ADD 0 creates it at zero).
    const {
      mentionCount: _kept,
      mentionRevision: _order,
      ...item
    } = items.toPersonItem({ ...person, revision: (previous?.revision ?? 0) + 1 }) as PersonItem & {
      mentionRevision?: number;
    };
    const update = updateItem(item, { remove: ['description'], add: { mentionCount: 0 } });
    try {
      const { ConditionExpression, values } = revisionIs(person);
      await this.table.send(
        new UpdateCommand({
          TableName: this.table.name,
          ...update,
          ...(ConditionExpression ? { ConditionExpression } : {}),
          ExpressionAttributeValues: { ...update.ExpressionAttributeValues, ...values },
        }),
      );
    } catch (error) {
      if (error instanceof ConditionalCheckFailedException) throw changedByAnother(person, previous);
      throw error;
    }
    // People counted before the rank items existed get theirs at their next save (no write when it is there).
    if (Item) await putRank(this.table, person.id, Number(Item.mentionCount ?? 0), Number(Item.mentionRevision ?? 0));
    await batchWrite(this.table, [
      ...[...names.values()].map((name) => ({ put: items.toNameItem(name, person.id) })),
      ...stale.map((normalized) => ({ delete: keys.nameKey(normalized, person.id) })),
    ]);
  }
}

/** The condition of a save: none without a revision, absence for 0, else the revision read. */
function revisionIs(person: Person): { ConditionExpression?: string; values: Record<string, number> } {
  if (person.revision === undefined) return { values: {} };
  if (person.revision === 0) return { ConditionExpression: 'attribute_not_exists(PK)', values: {} };
  return { ConditionExpression: 'revision = :read', values: { ':read': person.revision } };
}

const changedByAnother = (person: Person, previous: Person | undefined) =>
  new WriteRejectedError(
    previous
      ? `person ${person.id} was changed by another writer since it was read`
      : `person ${person.id} already exists (created by another writer)`,
  );
