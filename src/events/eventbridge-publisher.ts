import { EventBridgeClient, PutEventsCommand, type PutEventsRequestEntry } from '@aws-sdk/client-eventbridge';
import type { ContentChange, ContentEventPublisher } from '../domain/content-change.js';
import { CONTENT_EVENT_SOURCE, contentEventDetail, contentEventDetailType } from './content-event.js';

/** PutEvents takes at most ten entries a call. */
export const PUT_EVENTS_BATCH = 10;

/**
 * The change feed on EventBridge: `news.content` events on the stage's bus, ten per PutEvents. An entry
 * EventBridge refuses (throttled, internal error) is returned as failed, for the stream to deliver again.
 */
export class EventBridgePublisher implements ContentEventPublisher {
  constructor(
    private readonly eventBusName: string,
    private readonly client: Pick<EventBridgeClient, 'send'> = new EventBridgeClient({}),
  ) {}

  async publish(changes: readonly ContentChange[]): Promise<ContentChange[]> {
    const failed: ContentChange[] = [];
    for (let start = 0; start < changes.length; start += PUT_EVENTS_BATCH) {
      const batch = changes.slice(start, start + PUT_EVENTS_BATCH);
      let Entries: { ErrorCode?: string }[];
      try {
        ({ Entries = [] } = await this.client.send(
          new PutEventsCommand({ Entries: batch.map((change) => this.entry(change)) }),
        ));
      } catch {
        // The call failed as a whole: this batch and the rest go back to the stream, in order.
        return [...failed, ...changes.slice(start)];
      }
      // Entries answer the request's entries in order; one with an ErrorCode was not published.
      batch.forEach((change, i) => {
        if (Entries[i]?.ErrorCode || !Entries[i]) failed.push(change);
      });
    }
    return failed;
  }

  private entry(change: ContentChange): PutEventsRequestEntry {
    return {
      EventBusName: this.eventBusName,
      Source: CONTENT_EVENT_SOURCE,
      DetailType: contentEventDetailType(change),
      Detail: JSON.stringify(contentEventDetail(change)),
      ...(change.at ? { Time: new Date(change.at) } : {}),
    };
  }
}
