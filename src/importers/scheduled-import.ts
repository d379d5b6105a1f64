import type { ImportRun } from '../domain/import-run.js';
import { DEFAULT_FETCH_OPTIONS, fetchSource, type FetchOptions, type SourceState } from './http-inputs.js';
import { enqueueInput } from './enqueue.js';
import { importInputs, recordRun, type ImportDependencies } from './importer.js';
import { createParsers } from './parse-input.js';
import type { DocumentQueue } from './queued-document.js';
import type { RawInput } from './raw-input.js';
import type { ImportSource } from './sources.js';

/** Where the scheduler keeps HTTP validators and its resume position (storage implements it). */
export interface SourceStateStore {
  get(url: string): Promise<SourceState>;
  put(url: string, state: SourceState): Promise<void>;
  getCursor(): Promise<number>;
  putCursor(next: number): Promise<void>;
}

export interface ScheduledImportOptions {
  sources: readonly ImportSource[];
  /** The triggering event's id: a second delivery of the same event finds the run and does nothing. */
  runId: string;
  remainingMs: () => number;
  fetchOptions?: FetchOptions;
}

/**
 * One scheduled run over the configured sources, starting where the last run stopped. Unchanged
 * sources answer 304 and cost nothing; the run stops taking sources while there is still time to
 * record it, and the next run resumes from there. With a queue the run only fetches and splits: each
 * document becomes one message, imported by the queue's workers (handlers/import-worker.ts).
 */
export async function runScheduledImport(
  deps: ImportDependencies & { sources: SourceStateStore; queue?: DocumentQueue },
  options: ScheduledImportOptions,
): Promise<ImportRun | undefined> {
  const fetchOptions = options.fetchOptions ?? DEFAULT_FETCH_OPTIONS;
  const count = options.sources.length;
  const first = count ? (await deps.sources.getCursor()) % count : 0;
  // Enough time for one more source at its worst (every attempt timing out), plus recording the run.
  const reserveMs = fetchOptions.timeoutMs * fetchOptions.attempts + 5_000;
  let visited = 0;

  async function* inputs(): AsyncGenerator<RawInput> {
    for (; visited < count; visited++) {
      const source = options.sources[(first + visited) % count] as ImportSource;
      const result = await fetchSource(source.url, await deps.sources.get(source.url), fetchOptions);
      if (result.status === 'not-modified') continue;
      if (result.status === 'failed') {
        yield {
          name: source.url,
          bytes: new Uint8Array(),
          unreadable: `could not fetch ${source.name}: ${result.reason}`,
        };
        continue;
      }
      yield result.input;
      // Remember the validators only once the content is imported, so a crash means a re-fetch, not a loss.
      await deps.sources.put(source.url, result.state);
    }
  }

  const runOptions = {
    source: `schedule (${count} sources)`,
    runId: options.runId,
    shouldStop: () => options.remainingMs() < reserveMs,
  };
  const queue = deps.queue;
  const parsers = createParsers(() => new Date());
  // With a queue, each document goes to the workers; without one (local, tests) it is imported here.
  const run = queue
    ? await recordRun(deps.runs, inputs(), runOptions, (input) => enqueueInput(queue, input, parsers, options.runId))
    : await importInputs(deps, inputs(), runOptions);
  if (run && count) await deps.sources.putCursor((first + visited) % count);
  return run;
}
