import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/article.js';
import type { ImportRun } from '../../../src/domain/import-run.js';
import { listFiles, readFiles } from '../../../src/importers/file-inputs.js';
import { importInputs } from '../../../src/importers/importer.js';
import { isRunRecord, snapshot } from '../../support/table-snapshot.js';
import { createTestTable, type TestTable } from '../../support/test-table.js';

const CORPUS = fileURLToPath(new URL('../../fixtures/dev-corpus/', import.meta.url));
const importCorpus = async () =>
  (await importInputs(table, readFiles(listFiles([CORPUS])), { source: 'dev corpus' })) as ImportRun;
const outcome = (run: ImportRun, file: string) => run.documents.find((d) => d.document.endsWith(file));

let table: TestTable;
let run: ImportRun;

beforeAll(async () => {
  table = await createTestTable('corpus');
  run = await importCorpus();
}, 120_000);
afterAll(() => table.drop());

describe('importing the dev corpus (feeds and ninjs the tests had never seen)', () => {
  it('rejects only the documents whose content is not read yet, each with its reason', () => {
    const rejected = run.documents
      .filter((d) => d.outcome === 'REJECTED')
      .map((d) => [d.document.replace(CORPUS, ''), d.reason]);

    // A picture item with no headline at all: nothing to title an article with.
    expect(rejected).toEqual([
      [
        'ninjs/3.1_002_renditions.json',
        'ninjs document (uri "renditions-example"): it has no headline (headlines, headline)',
      ],
    ]);
    // The event timeline collection is 14 ninjs events in one file; two files claim one ninjs uri and version.
    expect(run.counts).toEqual({ documents: 35, written: 34, unchanged: 0, rejected: 1, queued: 0 });
  });

  it('gives every rejected document a reason without parser internals or control characters', () => {
    const rejected = run.documents.filter((d) => d.outcome === 'REJECTED');

    for (const document of rejected) {
      expect(document.reason).toMatch(/^[^\u0000-\u001f\u007f-\u009f]+$/);
      expect(document.reason).not.toMatch(/zod|fast-xml|Unexpected token|position \d|\.\d+\.|Invalid '\[/);
    }
  });

  it('writes both RSS 1.0 feeds and the RSS 0.91 feed', () => {
    expect(outcome(run, 'rss_1.0_biorxiv.rdf')?.outcome).toBe('WRITTEN');
    expect(outcome(run, 'rss_1.0_planet_freedesktop.rdf')?.outcome).toBe('WRITTEN');
    expect(outcome(run, 'rss_0.91_dicas_pt-br_iso8859.xml')?.outcome).toBe('WRITTEN');
  });

  it('dates the RSS 0.91 item, which has no date of its own, by its feed and says so', async () => {
    const { articleId } = outcome(run, 'rss_0.91_dicas_pt-br_iso8859.xml')!;

    const article = (await table.entities.getMany([{ type: 'Article', id: articleId! }])).get(`Article:${articleId}`) as
      | Article
      | undefined;

    expect(article).toMatchObject({ publishedAt: '2020-08-13T13:06:56.000Z', dateSource: 'FEED' });
    expect(article?.qualityFlags?.map((f) => f.kind)).toContain('DATE_FROM_FEED');
  });

  it('writes nothing when the corpus is imported again', async () => {
    const before = await snapshot(table, isRunRecord);

    const again = await importCorpus();

    expect(again.counts.written).toBe(0);
    expect(again.counts.unchanged).toBe(run.counts.written);
    expect(await snapshot(table, isRunRecord)).toEqual(before);
  }, 300_000);
});
