import type { EventBridgeEvent } from 'aws-lambda';
import { type CacheInvalidator, pathsToInvalidate } from '../domain/content-change.js';
import type { ContentEventDetail } from '../events/content-event.js';
import { CloudFrontInvalidator } from '../events/cloudfront-invalidator.js';
import { logger } from '../observability/logger.js';

type ContentEvent = EventBridgeEvent<string, ContentEventDetail>;

/**
 * A `news.content` event → a CDN purge of the cached answers that can hold the entity (domain/content-change.ts
 * says which changes purge and why). The event's id is the caller reference: EventBridge delivering the
 * same event twice creates one invalidation. A failure throws, and EventBridge retries the invocation.
 */
export const invalidateCacheHandler = (invalidator: CacheInvalidator) => async (event: ContentEvent) => {
  const paths = pathsToInvalidate({ kind: event.detail.change });
  await invalidator.invalidate(paths, event.id);
  if (paths.length) logger.info('cache purged', { paths, change: event['detail-type'], id: event.detail.id });
  return { paths };
};

let deployed: ReturnType<typeof invalidateCacheHandler> | undefined;

/** The Lambda entry point: the stage's distribution from DISTRIBUTION_ID, built on the first invocation. */
export function handler(event: ContentEvent) {
  if (!deployed) {
    const distributionId = process.env.DISTRIBUTION_ID;
    if (!distributionId) throw new Error('DISTRIBUTION_ID must name the CloudFront distribution to purge');
    deployed = invalidateCacheHandler(new CloudFrontInvalidator(distributionId));
  }
  return deployed(event);
}
