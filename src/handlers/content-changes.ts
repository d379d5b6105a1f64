import type { Context, DynamoDBBatchResponse, DynamoDBStreamEvent } from 'aws-lambda';
import type { ContentEventPublisher } from '../domain/content-change.js';
import { publishStreamRecords } from '../events/change-feed.js';
import { EventBridgePublisher } from '../events/eventbridge-publisher.js';
import { logger } from '../observability/logger.js';

/**
 * DynamoDB Streams → `news.content` events on EventBridge. A batch that could not be published in full
 * reports its first unpublished record (ReportBatchItemFailures): the stream delivers it and what follows again.
 */
export const contentChangesHandler =
  (publisher: ContentEventPublisher) =>
  async (event: DynamoDBStreamEvent, context?: Pick<Context, 'awsRequestId'>): Promise<DynamoDBBatchResponse> => {
    if (context) logger.appendKeys({ requestId: context.awsRequestId });
    const outcome = await publishStreamRecords(event.Records, publisher);
    logger.info('content changes published', {
      published: outcome.published.length,
      skipped: outcome.skipped,
      ...(outcome.firstFailure ? { firstFailure: outcome.firstFailure } : {}),
    });
    return { batchItemFailures: outcome.firstFailure ? [{ itemIdentifier: outcome.firstFailure }] : [] };
  };

let deployed: ReturnType<typeof contentChangesHandler> | undefined;

/** The Lambda entry point: the stage's bus from EVENT_BUS_NAME, built on the first invocation. */
export function handler(event: DynamoDBStreamEvent, context: Context): Promise<DynamoDBBatchResponse> {
  if (!deployed) {
    const eventBusName = process.env.EVENT_BUS_NAME;
    if (!eventBusName) throw new Error('EVENT_BUS_NAME must name the EventBridge bus for news.content events');
    deployed = contentChangesHandler(new EventBridgePublisher(eventBusName));
  }
  return deployed(event, context);
}
