import { NotFoundError } from '../domain/errors.js';
import type { ImportRun, ImportRunRepository } from '../domain/import-run.js';
import { pageRequest, type Page } from '../domain/pagination.js';

/** Import run reads for resolvers. */
export class RunQueries {
  constructor(private readonly repository: ImportRunRepository) {}

  async get(id: string): Promise<ImportRun> {
    const run = await this.repository.get(id);
    if (!run) throw new NotFoundError(`no import run with id "${id}"`);
    return run;
  }

  list(first: number | null | undefined, after: string | null | undefined): Promise<Page<ImportRun>> {
    return this.repository.list(pageRequest(first, after));
  }
}
