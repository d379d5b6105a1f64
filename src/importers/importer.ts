import { randomUUID } from 'node:crypto';
import { countOutcomes, type DocumentResult, type ImportRun, type ImportRunRepository } from '../domain/import-run.js';
import type { Repositories } from '../domain/repositories.js';
import { documentItems, isEntry } from './document-items.js';
import { importEntry } from './import-entry.js';
import { createParsers } from './parse-input.js';
import { forEachConcurrently } from './pool.js';
import type { RawInput } from './raw-input.js';
import { reasonOf } from './reject-reason.js';

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
  /** Inputs imported at once (a backfill); 1 by default. Version conditions keep overlapping documents right. */
  concurrency?: number;
}

/**
 * Imports inputs into the table as one recorded run. Each document stands alone: a bad one is
 * rejected with its reason and the run goes on. Re-importing unchanged content writes nothing.
 */
export function importInputs(
  deps: ImportDependencies,
  inputs: Iterable<RawInput | Promise<RawInput>> | AsyncIterable<RawInput>,
  options: ImportOptions,
): Promise<ImportRun | undefined> {
  const now = options.now ?? (() => new Date());
  const parsers = createParsers(now);
  return recordRun(deps.runs, inputs, options, (input) => importInput(deps, input, parsers, now, options.onParsed));
}

/**
 * One recorded run over the inputs: `handle` turns each input into document results (imported here,
 * or queued for workers). Undefined when a run with this id exists (a second delivery of one event).
 */
export async function recordRun<T>(
  runs: ImportRunRepository,
  inputs: Iterable<T | Promise<T>> | AsyncIterable<T>,
  options: ImportOptions,
  handle: (input: T) => Promise<DocumentResult[]>,
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
  if (!(await runs.start(run))) return undefined;
  // Results are kept per input and listed in input order, whatever order concurrent imports end in.
  const byInput: DocumentResult[][] = [];
  try {
    const finished = await forEachConcurrently(
      inputs,
      options.concurrency ?? 1,
      async (input, index) => {
        byInput[index] = await handle(input);
        for (const result of byInput[index]) options.onDocument?.(result);
      },
      () => options.shouldStop?.() ?? false,
    );
    if (!finished) {
      run.status = 'INCOMPLETE';
      run.message = 'stopped before the deadline; the next run goes on from here';
    }
    if (run.status === 'RUNNING') run.status = 'SUCCEEDED';
  } catch (error) {
    run.status = 'FAILED';
    run.message = (error as Error).message;
  }
  run.documents.push(...byInput.flat());
  run.counts = countOutcomes(run.documents);
  run.finishedAt = now().toISOString();
  await runs.finish(run);
  return run;
}

async function importInput(
  deps: ImportDependencies,
  input: RawInput,
  parsers: ReturnType<typeof createParsers>,
  now: () => Date,
  onParsed: ((documents: number) => void) | undefined,
): Promise<DocumentResult[]> {
  const results: DocumentResult[] = [];
  const items = documentItems(input, parsers);
  onParsed?.(items.length);
  for (const item of items) {
    if (!isEntry(item)) {
      results.push(item);
      continue;
    }
    try {
      results.push(await importEntry(deps, item, now()));
    } catch (error) {
      results.push({ document: item.document, outcome: 'REJECTED', reason: reasonOf(error) });
    }
  }
  return results;
}
