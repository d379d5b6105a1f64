import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportRun } from '../../../src/domain/import-run.js';
import { importInputs } from '../../../src/importers/importer.js';
import type { RawInput } from '../../../src/importers/raw-input.js';
import { fixtureInput, textInput } from '../../support/fixtures.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

let table: TestTable;
let run: ImportRun;

const hostile: [string, RawInput][] = [
  ['empty', { name: 'empty.txt', bytes: new Uint8Array() }],
  [
    'binary',
    { name: 'image.png', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) },
  ],
  [
    'invalid UTF-8 declared as UTF-8',
    {
      name: 'bad.xml',
      bytes: new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8"?><rss>'), 0xff, 0xfe]),
    },
  ],
  ['truncated JSON', textInput('cut.json', '{"format":"news-document/v1","id":"x","headline":"Cut o')],
  [
    'entity expansion',
    textInput(
      'laughs.xml',
      '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><rss><channel><item><title>&b;</title></item></channel></rss>',
    ),
  ],
  [
    'external entity',
    textInput(
      'xxe.xml',
      '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><item><title>&x;</title></item></channel></rss>',
    ),
  ],
  [
    'prototype keys',
    textInput(
      'proto.json',
      '{"format":"news-document/v1","__proto__":{"admin":true},"constructor":{"prototype":{"admin":true}}}',
    ),
  ],
  ['absurd nesting', textInput('deep.json', `{"uri":"x","headlines":${'['.repeat(200_000)}${']'.repeat(200_000)}}`)],
  ['a 5 MB single line', textInput('line.txt', 'x'.repeat(5 * 1024 * 1024))],
  ['unknown format', textInput('notes.md', '# Just some notes\n\nNothing to import.')],
];

beforeAll(async () => {
  table = await createTestTable('hostile');
  const inputs = [
    fixtureInput('seed/north-korea-russia-ties.txt'),
    ...hostile.map(([, input]) => input),
    fixtureInput('ninjs/dpa_text.json'),
  ];
  run = (await importInputs(table, inputs, { source: 'hostile' })) as ImportRun;
}, 180_000);
afterAll(() => table.drop());

describe('hostile and broken inputs', () => {
  it('rejects each with a reason and imports the good documents around them', () => {
    expect(run.status).toBe('SUCCEEDED');
    expect(run.counts).toEqual({ documents: 12, written: 2, unchanged: 0, rejected: 10, queued: 0 });
    expect(run.documents[0]?.outcome).toBe('WRITTEN');
    expect(run.documents.at(-1)?.outcome).toBe('WRITTEN');
  });

  it.each(hostile.map(([label], index) => [label, index] as const))('gives "%s" a clear reason', (_, index) => {
    const reasons: RegExp[] = [
      /^empty document$/,
      /^binary data, not a text document$/,
      /^the document says it is utf-8 but is not valid utf-8$/,
      /^the JSON is broken: it ends too early$/,
      /^XML with a DOCTYPE or entity declarations is not accepted$/,
      /^XML with a DOCTYPE or entity declarations is not accepted$/,
      /^not a valid news-document\/v1: /,
      /^JSON nested deeper than 64 levels$/,
      /^unrecognised format/,
      /^unrecognised format/,
    ];
    const result = run.documents[index + 1];
    expect(result?.outcome).toBe('REJECTED');
    expect(result?.reason).toMatch(reasons[index]!);
  });

  it('rejects one bad feed item with its position and guid while the others are written', async () => {
    const item = (guid: string, inner: string) =>
      `<item><guid>${guid}</guid>${inner}<pubDate>Sat, 16 Dec 2023 14:02:33 GMT</pubDate></item>`;
    const feed = textInput(
      'mixed.xml',
      `<rss version="2.0"><channel><title>Mixed</title>${item('urn:a', '<title>First story</title><description>First text.</description>')}${item('urn:\u001b[2Jb', '')}${item('urn:c', '<title>Third story</title><description>Third text.</description>')}</channel></rss>`,
    );

    const mixed = (await importInputs(table, [feed], { source: 'mixed' })) as ImportRun;

    expect(mixed.documents).toEqual([
      expect.objectContaining({ document: 'mixed.xml#1', outcome: 'WRITTEN' }),
      { document: 'mixed.xml#2', outcome: 'REJECTED', reason: 'RSS item (guid "urn:b"): it has no title and no text' },
      expect.objectContaining({ document: 'mixed.xml#3', outcome: 'WRITTEN' }),
    ]);
  });

  it('left no prototype polluted', () => {
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
