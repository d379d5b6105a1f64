import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Term } from '../domain/taxonomy.js';
import type { TermRepository } from '../domain/term-repository.js';
import type { Table } from './table.js';
import { toTermItem } from './items.js';

/** Subjects, sections, organisations and places: one item each, in its own partition (see schema/dynamodb.md). */
export class DynamoTermRepository implements TermRepository {
  constructor(private readonly table: Table) {}

  async saveTerm(term: Term): Promise<void> {
    await this.table.send(new PutCommand({ TableName: this.table.name, Item: toTermItem(term) }));
  }
}
