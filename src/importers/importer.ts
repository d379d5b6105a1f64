import { randomUUID } from 'node:crypto';
import { countOutcomes, type DocumentResult, type ImportRun } from '../domain/import-run.js';
import type { Repositories } from '../domain/repositories.js';
import { persistEntry } from './persist-entry.js';
import { describeBuilt, inputDocuments, reasonOf } from './input-documents.js';
import { createParsers } from './parse-input.js';
import type { RawInput } from './raw-input.js';

/** The importer writes through the same ports the GraphQL context reads. */
export type ImportDependencies = Repositories;

export interface ImportOptions {
  /** What the run imports from (a folder, a schedule): shown in the run record. */
  source: string;
  /** A caller-chosen id makes a run idempotent (the EventBridge event id); random otherwise. */
  runId?: string;
  now?: () => Date;
  /** Called after each document, for progress display. */
  onDocument?: (result: DocumentResult) => void;
  /** Called once an input is parsed, with the number of documents it holds (progress counts documents). */
  onParsed?: (documents: number) => void;
  /** Stops taking new inputs once this returns true (the Lambda deadline); the run is INCOMPLETE. */
  shouldStop?: () => boolean;
}

/**
 * Imports inputs into the table as one recorded run. Each document stands alone: a bad one is
 * rejected with its reason and the run goes on. Re-importing unchanged content writes nothing.
 */
export async function importInputs(
  deps: ImportDependencies,
  inputs: Iterable<RawInput | Promise<RawInput>> | AsyncIterable<RawInput>,
  options: ImportOptions,
): Promise<ImportRun | undefined> {
  const now = options.now ?? (() => new Date());
  const run: ImportRun = {
    id: options.runId ?? randomUUID(),
    source: options.source,
    startedAt: now().toISOString(),
    status: 'RUNNING',
    counts: countOutcomes([]),
    documents: [],
  };
  if (!(await deps.runs.start(run))) return undefined;
  const parsers = createParsers(now);
  const record = (result: DocumentResult) => {
    run.documents.push(result);
    options.onDocument?.(result);
  };
  try {
    for await (const input of inputs) {
      if (options.shouldStop?.()) {
        run.status = 'INCOMPLETE';
        run.message = 'stopped before the deadline; the next run goes on from here';
        break;
      }
      for (const result of await importInput(deps, input, parsers, now, options.onParsed)) record(result);
    }
    if (run.status === 'RUNNING') run.status = 'SUCCEEDED';
  } catch (error) {
    run.status = 'FAILED';
    run.message = (error as Error).message;
  }
  run.counts = countOutcomes(run.documents);
  run.finishedAt = now().toISOString();
  await deps.runs.finish(run);
  return run;
}

async function importInput(
  deps: ImportDependencies,
  input: RawInput,
  parsers: ReturnType<typeof createParsers>,
  now: () => Date,
  onParsed: ((documents: number) => void) | undefined,
): Promise<DocumentResult[]> {
  const documents = inputDocuments(input, parsers, now);
  onParsed?.(documents.length);
  const results: DocumentResult[] = [];
  for (const found of documents) {
    const { document } = found;
    if ('rejected' in found) results.push({ document, outcome: 'REJECTED', reason: found.rejected });
    else if ('duplicate' in found) results.push({ document, outcome: 'UNCHANGED', reason: found.duplicate });
    else {
      try {
        const { outcome, articleId, reason } = await persistEntry(deps, found.built);
        const described = describeBuilt(found.built);
        results.push({
          document,
          outcome,
          ...(articleId ? { articleId, ...described } : {}),
          ...(reason ? { reason } : {}),
        });
      } catch (error) {
        results.push({ document, outcome: 'REJECTED', reason: reasonOf(error) });
      }
    }
  }
  return results;
}
