import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTrustedDocuments } from '../../../src/graphql/trusted-documents.js';

const manifest = (content: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'trusted-')), 'manifest.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
};
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('loadTrustedDocuments', () => {
  it('reads a manifest of hash → query', () => {
    const query = '{ __typename }';

    expect(loadTrustedDocuments(manifest({ [sha256(query)]: query }))).toEqual(new Map([[sha256(query), query]]));
  });

  it("refuses an entry whose hash is not its query's", () => {
    expect(() => loadTrustedDocuments(manifest({ [sha256('{ a }')]: '{ b }' }))).toThrow(
      /is not the sha256 of its query/,
    );
  });
});
