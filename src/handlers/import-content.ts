import type { EventBridgeEvent } from 'aws-lambda';
import { logger } from '../observability/logger.js';

/**
 * Scheduled content import (EventBridge). Placeholder until the importer lands: it records that the
 * schedule fired, so the deployment wiring (schedule, IAM, logs) is real and testable now.
 */
export async function handler(event: EventBridgeEvent<'Scheduled Event', unknown>): Promise<{ imported: number }> {
  logger.appendKeys({ requestId: event.id });
  logger.info('scheduled import fired; no sources are configured yet', { scheduledAt: event.time });
  return { imported: 0 };
}
