import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { DocumentClient } from './document-client.js';
import { normalizeName } from '../domain/names.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import type { Person } from '../domain/person.js';
import type { PeopleFilter, PersonRepository, PersonWithEvents } from '../domain/person-repository.js';
import { InvalidInputError } from '../domain/errors.js';
import * as items from './items.js';
import * as keys from './keys.js';
import { mapPage, queryPage } from './paged-query.js';
import { transact, transactionAction } from './transactions.js';

/** People, their name lookups and their event timelines (see schema/dynamodb.md). */
export class DynamoPersonRepository implements PersonRepository {
  constructor(
    private readonly client: DocumentClient,
    private readonly table: string,
  ) {}

  async getWithEvents(id: string): Promise<PersonWithEvents | undefined> {
    // The person item (SK PERSON) and their events (SK EVENT#<start>#<id>) share one item collection.
    const output = await this.client.send(
      new QueryCommand({ TableName: this.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.personPartition(id) }, ScanIndexForward: false }),
    );
    const found = output.Items ?? [];
    const person = found.find((item) => item.type === 'Person');
    if (!person) return undefined;
    return { person: items.fromPersonItem(person), events: found.filter((item) => item.type === 'PersonEvent').map(items.fromEventItem) };
  }

  async findIdsByName(name: string): Promise<string[]> {
    const normalized = normalizeName(name);
    if (!normalized) return [];
    const output = await this.client.send(
      new QueryCommand({ TableName: this.table, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.namePartition(normalized) } }),
    );
    return (output.Items ?? []).map((item) => String(item.personId));
  }

  async listPeople(filter: PeopleFilter, page: PageRequest): Promise<Page<Person>> {
    const prefix = filter.nameStartsWith === undefined ? undefined : normalizeName(filter.nameStartsWith);
    if (prefix === '') throw new InvalidInputError('filter.nameStartsWith: give at least one letter or digit');
    const found = await queryPage(this.client, this.table, {
      index: keys.INDEX.feeds,
      partitionAttribute: 'GSI1PK',
      sortAttribute: 'GSI1SK',
      partition: keys.PEOPLE_LIST,
      ...(prefix !== undefined ? { prefix } : {}),
      descending: false,
    }, page);
    return mapPage(found, items.fromPersonItem);
  }

  async savePerson(person: Person): Promise<void> {
    const { Item } = await this.client.send(new GetCommand({ TableName: this.table, Key: keys.personKey(person.id), ConsistentRead: true }));
    const previous = Item ? items.fromPersonItem(Item) : undefined;
    const names = new Set([person.name, ...person.aliases].map(normalizeName).filter(Boolean));
    const stale = [previous?.name, ...(previous?.aliases ?? [])].filter((n): n is string => Boolean(n) && !names.has(normalizeName(n as string)));
    const { mentionCount: _kept, ...fields } = items.toPersonItem(person);
    const assignments = Object.keys(fields).filter((name) => name !== 'PK' && name !== 'SK');
    await transact(this.client, [
      transactionAction(this.table, `person ${person.id}`, {
        // SET every field but the mention count, which article writes keep (ADD 0 creates it at zero).
        Update: {
          Key: keys.personKey(person.id),
          UpdateExpression: `SET ${assignments.map((n) => `#${n} = :${n}`).join(', ')}${person.description === undefined ? ' REMOVE description' : ''} ADD mentionCount :zero`,
          ExpressionAttributeNames: Object.fromEntries(assignments.map((n) => [`#${n}`, n])),
          ExpressionAttributeValues: { ...Object.fromEntries(assignments.map((n) => [`:${n}`, fields[n as keyof typeof fields]])), ':zero': 0 },
        },
      }),
      ...[person.name, ...person.aliases].filter((n, i, all) => all.findIndex((m) => normalizeName(m) === normalizeName(n)) === i && normalizeName(n))
        .map((name) => transactionAction(this.table, `name ${name}`, { Put: { Item: items.toNameItem(name, person.id) } })),
      ...stale.map((name) => transactionAction(this.table, `name ${name}`, { Delete: { Key: keys.nameKey(normalizeName(name), person.id) } })),
    ]);
  }
}
