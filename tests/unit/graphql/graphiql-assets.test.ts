import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gzippedAsset, plainAsset } from '../../../src/graphql/graphiql-assets.js';

describe('GraphiQL assets for clients without gzip', () => {
  it('decompresses each asset once and serves the same bytes after', async () => {
    const first = await plainAsset('app.css');
    const second = await plainAsset('app.css');

    expect(second).toBe(first);
    expect(Buffer.from(first).equals(gunzipSync(await gzippedAsset('app.css')))).toBe(true);
  });
});
