import type { Page, PageRequest } from './pagination.js';

/** QUEUED: the scheduler sent it to the import queue; the worker's run records what became of it. */
export type DocumentOutcome = 'WRITTEN' | 'UNCHANGED' | 'REJECTED' | 'QUEUED';

/** What happened to one document (a file, or one item of a feed). */
export interface DocumentResult {
  /** File or URL, with "#<n>" for the n-th item of a feed. */
  document: string;
  outcome: DocumentOutcome;
  /** Why it was rejected, or why an UNCHANGED document was not written (superseded by a newer version). */
  reason?: string;
  articleId?: string;
  /** The article's headline as imported, so an editor recognises it. */
  headline?: string;
  /** The kinds of the quality flags the article carries (what may need an editor's look). */
  flags?: string[];
}

export type RunStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'INCOMPLETE';

export interface RunCounts {
  documents: number;
  written: number;
  unchanged: number;
  rejected: number;
  queued: number;
}

/** One import run: documents in = written + unchanged + rejected + queued. */
export interface ImportRun {
  id: string;
  source: string;
  startedAt: string;
  finishedAt?: string;
  status: RunStatus;
  counts: RunCounts;
  /** Why the run failed or stopped early (a source that could not be fetched, the Lambda deadline). */
  message?: string;
  documents: DocumentResult[];
}

export interface ImportRunRepository {
  /** Records a new run; false when a run with this id exists (a second delivery of the same event). */
  start(run: ImportRun): Promise<boolean>;
  finish(run: ImportRun): Promise<void>;
  get(id: string): Promise<ImportRun | undefined>;
  /** The run without its documents (one GetItem). */
  getRun(id: string): Promise<ImportRun | undefined>;
  /** One page of a run's document outcomes, in input order (one Query a page), of one outcome if given. */
  documents(id: string, page: PageRequest, outcome?: DocumentOutcome): Promise<Page<DocumentResult>>;
  /** Runs, newest first, without their document lists. */
  list(page: PageRequest): Promise<Page<ImportRun>>;
}

export function countOutcomes(documents: readonly DocumentResult[]): RunCounts {
  const count = (outcome: DocumentOutcome) => documents.filter((d) => d.outcome === outcome).length;
  return {
    documents: documents.length,
    written: count('WRITTEN'),
    unchanged: count('UNCHANGED'),
    rejected: count('REJECTED'),
    queued: count('QUEUED'),
  };
}
