import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportRun } from '../domain/import-run.js';
import { listFiles, readFiles } from '../importers/file-inputs.js';
import { type ImportDependencies, type ImportOptions, importInputs } from '../importers/importer.js';

/** The sample content `npm start` imports into an empty table: the project's real fixtures. */
export const SAMPLE_ROOT = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
export const SAMPLE_FOLDERS = ['seed', 'feeds', 'ninjs'].map((folder) => join(SAMPLE_ROOT, folder));

export const sampleInputCount = () => listFiles(SAMPLE_FOLDERS).length;

export async function loadSampleContent(
  deps: ImportDependencies,
  progress: Pick<ImportOptions, 'onParsed' | 'onDocument'> = {},
): Promise<ImportRun | undefined> {
  return importInputs(deps, readFiles(listFiles(SAMPLE_FOLDERS)), {
    ...progress,
    source: 'sample content (tests/fixtures)',
  });
}
