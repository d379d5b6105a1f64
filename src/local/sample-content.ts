import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ArticleRepository } from '../domain/article-repository.js';
import { readSeedText } from '../importers/seed-text.js';

/** The sample articles `npm start` loads into an empty table: the project's seed-format fixtures. */
export const SAMPLE_DIRECTORY = fileURLToPath(new URL('../../tests/fixtures/seed/', import.meta.url));

export async function loadSampleContent(repository: ArticleRepository, importedAt = new Date()): Promise<number> {
  const files = readdirSync(SAMPLE_DIRECTORY).filter((name) => name.endsWith('.txt'));
  for (const file of files) {
    await repository.saveArticle(readSeedText(readFileSync(join(SAMPLE_DIRECTORY, file), 'utf8'), importedAt));
  }
  return files.length;
}
