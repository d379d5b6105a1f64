import { PutCommand } from '@aws-sdk/lib-dynamodb';
import type { Term } from '../domain/taxonomy.js';
import type { TermRepository } from '../domain/term-repository.js';
import type { DocumentClient } from './document-client.js';
import { toTermItem } from './items.js';

/** Subjects, sections, organisations and places: one item each, in its own partition (see schema/dynamodb.md). */
export class DynamoTermRepository implements TermRepository {
  constructor(
    private readonly client: DocumentClient,
    private readonly table: string,
  ) {}

  async saveTerm(term: Term): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.table, Item: toTermItem(term) }));
  }
}
