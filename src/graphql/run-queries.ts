import { NotFoundError, UnauthorizedError } from '../domain/errors.js';
import type { DocumentOutcome, DocumentResult, ImportRun, ImportRunRepository } from '../domain/import-run.js';
import { pageRequest, type Page, type PageArgs } from '../domain/pagination.js';
import { boundedKey, quoted } from './arguments.js';

/** Import run reads for resolvers: operators only. */
export class RunQueries {
  constructor(
    private readonly repository: ImportRunRepository,
    private readonly operator: boolean,
  ) {}

  private requireOperator(): void {
    if (!this.operator)
      throw new UnauthorizedError(
        'import runs are for operators: send the x-api-key header, or call the IAM-signed operator endpoint',
      );
  }

  async get(id: string): Promise<ImportRun> {
    this.requireOperator();
    const run = await this.repository.getRun(boundedKey('id', id));
    if (!run) throw new NotFoundError(`no import run with id ${quoted(id)}`);
    return run;
  }

  /** A page of the run's documents (one Query), of one outcome if given. */
  documents(runId: string, args: PageArgs, outcome?: DocumentOutcome | null): Promise<Page<DocumentResult>> {
    this.requireOperator();
    return this.repository.documents(runId, pageRequest(args), outcome ?? undefined);
  }

  list(args: PageArgs): Promise<Page<ImportRun>> {
    this.requireOperator();
    return this.repository.list(pageRequest(args));
  }
}
