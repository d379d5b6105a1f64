import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builder } from '../../src/graphql/builder.js';
import type { Localized } from '../../src/graphql/localization.js';
import { nodeLoader } from '../../src/graphql/node-loader.js';
import type { EntityDefinition } from '../../src/storage/entities/entity-definition.js';
import { registerEntity } from '../../src/storage/entity-registry.js';
import type { GraphQLAnswer } from '../support/graphql-client.js';
import { createTestTable, type TestTable } from '../support/test-table.js';

/**
 * A new entity type is its storage definition, one registerEntity line and its GraphQL node: this
 * test adds one without editing src/. Its key is written here because keys.ts has no builder for a
 * type that exists only in a test; a real entity adds its builder to keys.ts.
 */
interface Widget {
  id: string;
  name: string;
}
declare module '../../src/domain/entity-reader.js' {
  interface EntityTypes {
    Widget: Widget;
  }
}

const widgetKey = (id: string) => ({ PK: `WIDGET#${id}`, SK: 'WIDGET' });
const widgetEntity: EntityDefinition<'Widget'> = {
  type: 'Widget',
  key: widgetKey,
  fromItem: (item) => ({ id: String(item.id), name: String(item.name) }),
  idOf: (widget) => widget.id,
};

let table: TestTable;
let query: (source: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer>;
beforeAll(async () => {
  registerEntity(widgetEntity);
  const WidgetRef = builder.objectRef<Localized<Widget>>('Widget');
  builder.node(WidgetRef, {
    id: { resolve: (widget) => widget.id },
    loadOne: nodeLoader('Widget'),
    fields: (t) => ({ name: t.exposeString('name') }),
  });
  table = await createTestTable('registry');
  // Imported after the registration: the schema is built once, when yoga's module loads.
  const { graphqlClient } = await import('../support/graphql-client.js');
  query = graphqlClient(table);
});
afterAll(() => table.drop());

const NODE = 'query($id: ID!) { node(id: $id) { __typename id ... on Widget { name } } }';

describe('the entity registry', () => {
  it('serves a registered test entity through node(id:) from its stored item', async () => {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...widgetKey('w-1'), type: 'Widget', id: 'w-1', name: 'Gear' },
      }),
    );
    const id = encodeGlobalID('Widget', 'w-1');

    const answer = await query(NODE, { id });

    expect(answer).toEqual({ data: { node: { __typename: 'Widget', id, name: 'Gear' } } });
  });

  it('answers null for a registered type whose item does not exist', async () => {
    const answer = await query(NODE, { id: encodeGlobalID('Widget', 'w-missing') });

    expect(answer).toEqual({ data: { node: null } });
  });

  it('reads the test entity and an article in one batch through the entity reader', async () => {
    await table.client.send(
      new PutCommand({
        TableName: table.tableName,
        Item: { ...widgetKey('w-2'), type: 'Widget', id: 'w-2', name: 'Cog' },
      }),
    );

    const found = await table.entities.getMany([
      { type: 'Widget', id: 'w-2' },
      { type: 'Article', id: 'no-such-article' },
    ]);

    expect([...found.entries()]).toEqual([['Widget:w-2', { id: 'w-2', name: 'Cog' }]]);
  });

  it('refuses to register an entity type twice', () => {
    expect(() => registerEntity(widgetEntity)).toThrow('entity type Widget is registered twice');
  });
});
