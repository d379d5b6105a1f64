import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import type { CacheInvalidator } from '../domain/content-change.js';

/** CreateInvalidation on the stage's distribution; the reference makes a redelivered event a no-op. */
export class CloudFrontInvalidator implements CacheInvalidator {
  constructor(
    private readonly distributionId: string,
    private readonly client: Pick<CloudFrontClient, 'send'> = new CloudFrontClient({}),
  ) {}

  async invalidate(paths: readonly string[], reference: string): Promise<void> {
    if (!paths.length) return;
    await this.client.send(
      new CreateInvalidationCommand({
        DistributionId: this.distributionId,
        InvalidationBatch: { CallerReference: reference, Paths: { Quantity: paths.length, Items: [...paths] } },
      }),
    );
  }
}
