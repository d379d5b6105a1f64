import { randomUUID } from 'node:crypto';
import { WriteRejectedError } from '../domain/errors.js';
import { countOutcomes, type DocumentResult, type ImportRun } from '../domain/import-run.js';
import type { Repositories } from '../domain/repositories.js';
import { buildEntry } from './build-document.js';
import { knownPeopleOf } from './known-people-lookup.js';
import { persistEntry } from './persist-entry.js';
import { createParsers, parseInput } from './parse-input.js';
import { InputRejectedError, type RawInput } from './raw-input.js';
import { cleanReason } from './reasons.js';

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
      for (const result of await importInput(deps, input, parsers, now)) record(result);
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
): Promise<DocumentResult[]> {
  if (input.unreadable) return [{ document: input.name, outcome: 'REJECTED', reason: cleanReason(input.unreadable) }];
  let items: ReturnType<typeof parseInput>['items'];
  try {
    items = parseInput(input, parsers).items;
  } catch (error) {
    return [{ document: input.name, outcome: 'REJECTED', reason: reasonOf(error) }];
  }
  const results: DocumentResult[] = [];
  const positions = new Map<string, number>();
  for (const [index, { entry, reason }] of items.entries()) {
    // "#n" is the item's position in the feed, counting refused items, so an editor can find it.
    const document = items.length > 1 ? `${input.name}#${index + 1}` : input.name;
    if (!entry) {
      results.push({ document, outcome: 'REJECTED', reason });
      continue;
    }
    // Two items of one feed that are one story (the same link, once wrapped): the first one stands,
    // else each run would write them over each other.
    const first = entry.sourceId ? positions.get(entry.sourceId) : undefined;
    if (first !== undefined) {
      results.push({
        document,
        outcome: 'UNCHANGED',
        reason: cleanReason(`the same story as item #${first} (${entry.sourceId})`),
      });
      continue;
    }
    if (entry.sourceId) positions.set(entry.sourceId, index + 1);
    try {
      const built = buildEntry(entry, now(), { known: await knownPeopleOf(deps, entry) });
      const { outcome, articleId, reason } = await persistEntry(deps, built);
      results.push({ document, outcome, ...(articleId ? { articleId } : {}), ...(reason ? { reason } : {}) });
    } catch (error) {
      results.push({ document, outcome: 'REJECTED', reason: reasonOf(error) });
    }
  }
  return results;
}

/** Known rejections keep their message; anything else is a bug or an outage and says so. */
function reasonOf(error: unknown): string {
  if (error instanceof InputRejectedError || error instanceof WriteRejectedError) return cleanReason(error.message);
  return cleanReason(`unexpected ${(error as Error).name ?? 'error'}: ${(error as Error).message ?? String(error)}`);
}
