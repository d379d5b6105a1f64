import type { CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import type { PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { marshall } from '@aws-sdk/util-dynamodb';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { type ContentChange, pathsToInvalidate } from '../../../src/domain/content-change.js';
import { relayId } from '../../../src/events/content-event.js';
import { CloudFrontInvalidator } from '../../../src/events/cloudfront-invalidator.js';
import { EventBridgePublisher } from '../../../src/events/eventbridge-publisher.js';
import { invalidateCacheHandler } from '../../../src/handlers/invalidate-cache.js';
import { contentChangeOf } from '../../../src/storage/change-records.js';

const modify = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  contentChangeOf({
    eventName: 'MODIFY',
    dynamodb: { OldImage: marshall(before), NewImage: marshall(after), ApproximateCreationDateTime: 1_800_000_000 },
  });
const article = { PK: 'ARTICLE#a', SK: 'ARTICLE', type: 'Article', id: 'a', version: 3, slug: 'a-slug', related: [] };
const person = { PK: 'PERSON#p', SK: 'PERSON', type: 'Person', id: 'p', name: 'P', mentionCount: 1 };

describe('contentChangeOf', () => {
  it('ignores a write that changed only derived data: related lists, mention and participant counts', () => {
    expect(modify(article, { ...article, related: [{ articleId: 'b', score: 2 }] })).toBeUndefined();
    expect(modify(person, { ...person, mentionCount: 2 })).toBeUndefined();
    expect(
      modify({ ...person, type: 'Event', SK: 'EVENT' }, { ...person, type: 'Event', SK: 'EVENT', participantCount: 4 }),
    ).toBeUndefined();
  });

  it('ignores edges, participations (which copy an event) and name lookups', () => {
    const mention = { PK: 'ARTICLE#a', SK: 'PERSON#p', type: 'Mention', articleId: 'a', personId: 'p' };
    const participation = { PK: 'EVENT#e', SK: 'PTP#p', type: 'Participation', id: 'e', eventId: 'e' };
    const insert = (item: Record<string, unknown>) =>
      contentChangeOf({ eventName: 'INSERT', dynamodb: { NewImage: marshall(item) } });

    expect(insert(mention)).toBeUndefined();
    expect(insert(participation)).toBeUndefined();
    expect(insert({ PK: 'NAME#p', SK: 'PERSON#p', type: 'Name', personId: 'p' })).toBeUndefined();
  });

  it('names a renamed person Changed and a new correction note Corrected, with the record time', () => {
    expect(modify(person, { ...person, name: 'Q' })).toEqual({
      entity: 'Person',
      id: 'p',
      kind: 'Changed',
      at: '2027-01-15T08:00:00.000Z',
    });
    expect(modify(article, { ...article, version: 4, corrections: [{ note: 'date fixed' }] })).toMatchObject({
      kind: 'Corrected',
      version: 4,
      slugs: ['a-slug'],
    });
  });
});

describe('relayId', () => {
  it('encodes ids as Pothos’s relay plugin does, so node(id:) accepts the id an event carries', () => {
    expect(relayId('Article', 'abc-1')).toBe(encodeGlobalID('Article', 'abc-1'));
    expect(relayId('Person', 'kim-jong-un')).toBe(encodeGlobalID('Person', 'kim-jong-un'));
  });
});

describe('EventBridgePublisher', () => {
  const changes: ContentChange[] = Array.from({ length: 23 }, (_, i) => ({
    entity: 'Article',
    id: `a${i}`,
    kind: 'Updated',
  }));

  it('puts ten entries a call on the bus, source news.content, and returns the entries EventBridge refused', async () => {
    const calls: PutEventsCommand[] = [];
    const client = {
      send: async (command: PutEventsCommand) => {
        calls.push(command);
        const entries = command.input.Entries ?? [];
        return {
          Entries: entries.map((e) => (e.Detail?.includes('"a12"') ? { ErrorCode: 'ThrottlingException' } : {})),
        };
      },
    };

    const failed = await new EventBridgePublisher('news-bus', client as never).publish(changes);

    expect(calls.map((c) => c.input.Entries?.length)).toEqual([10, 10, 3]);
    expect(calls[0]?.input.Entries?.[0]).toMatchObject({
      EventBusName: 'news-bus',
      Source: 'news.content',
      DetailType: 'ArticleUpdated',
    });
    expect(failed.map((c) => c.id)).toEqual(['a12']);
  });

  it('returns the failed call’s batch and every later one when a call fails as a whole', async () => {
    let call = 0;
    const client = {
      send: async () => {
        call += 1;
        if (call === 2) throw new Error('network');
        return { Entries: Array.from({ length: 10 }, () => ({})) };
      },
    };

    const failed = await new EventBridgePublisher('news-bus', client as never).publish(changes);

    expect(failed.map((c) => c.id)).toEqual(changes.slice(10).map((c) => c.id));
  });
});

describe('pathsToInvalidate', () => {
  it('purges every cached answer on a takedown, deletion or correction, and nothing on an import update', () => {
    expect(pathsToInvalidate({ kind: 'Unpublished' })).toEqual(['/graphql*']);
    expect(pathsToInvalidate({ kind: 'Deleted' })).toEqual(['/graphql*']);
    expect(pathsToInvalidate({ kind: 'Corrected' })).toEqual(['/graphql*']);
    expect(pathsToInvalidate({ kind: 'Updated' })).toEqual([]);
    expect(pathsToInvalidate({ kind: 'Published' })).toEqual([]);
  });
});

describe('the cache purge handler', () => {
  const event = (change: string) =>
    ({
      id: `event-${change}`,
      'detail-type': `Article${change}`,
      detail: { id: 'QXJ0aWNsZTph', entity: 'Article', entityId: 'a', change },
    }) as never;

  it('invalidates /graphql* under the event id for a takedown, and calls nothing for an update', async () => {
    const calls: { paths: readonly string[]; reference: string }[] = [];
    const handler = invalidateCacheHandler({
      invalidate: async (paths, reference) => {
        if (paths.length) calls.push({ paths, reference });
      },
    });

    await handler(event('Unpublished'));
    await handler(event('Updated'));

    expect(calls).toEqual([{ paths: ['/graphql*'], reference: 'event-Unpublished' }]);
  });

  it('sends CreateInvalidation with the paths and the reference to the distribution', async () => {
    const sent: CreateInvalidationCommand[] = [];
    const invalidator = new CloudFrontInvalidator('E123', {
      send: async (c: CreateInvalidationCommand) => sent.push(c),
    } as never);

    await invalidator.invalidate(['/graphql*'], 'event-1');
    await invalidator.invalidate([], 'event-2');

    expect(sent.map((c) => c.input)).toEqual([
      {
        DistributionId: 'E123',
        InvalidationBatch: { CallerReference: 'event-1', Paths: { Quantity: 1, Items: ['/graphql*'] } },
      },
    ]);
  });
});
