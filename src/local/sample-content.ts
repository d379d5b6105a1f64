import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportRun } from '../domain/import-run.js';
import { listFiles, readFiles } from '../importers/file-inputs.js';
import { importInputs, type ImportDependencies } from '../importers/importer.js';

/** The sample content `npm start` imports into an empty table: the project's real fixtures. */
export const SAMPLE_ROOT = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));
export const SAMPLE_FOLDERS = ['seed', 'feeds', 'ninjs'].map((folder) => join(SAMPLE_ROOT, folder));

export async function loadSampleContent(deps: ImportDependencies): Promise<ImportRun | undefined> {
  return importInputs(deps, readFiles(listFiles(SAMPLE_FOLDERS)), { source: 'sample content (tests/fixtures)' });
}
