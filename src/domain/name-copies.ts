/**
 * Articles keep a copy of the current name of each person and event they name (`Article.namesCanonical`),
 * so a page of a hundred articles serves their names from its one Query instead of reading every entity
 * (a summit article names fifty people: a front page would need a BatchGetItem per hundred names). A
 * rename makes the copies stale, so it starts a refresh: a job that relinks the articles naming the entity,
 * a page at a time (the job carries where it got to), off the editor's call.
 */
export interface NameRefreshJob {
  type: 'Person' | 'Event';
  id: string;
  /** Where the previous page ended (storage's opaque cursor); absent: from the start. */
  cursor?: string;
  /**
   * The second pass, some minutes after the first ends: it catches an import that read the old name
   * before the rename and wrote after the first pass went by (or that the index showed it late), and a
   * step of an earlier rename that read its name before this one. Relinking current names writes nothing.
   */
  sweep?: true;
}

/** How long after a refresh's first pass its sweep runs: longer than an import of a batch takes. */
export const SWEEP_DELAY_SECONDS = 300;

/** Where refresh jobs go: a queue and its worker when deployed, done on the spot locally. */
export interface NameRefreshQueue {
  start(job: NameRefreshJob, delaySeconds?: number): Promise<void>;
}

/** The job after a step: the next page, else (after a first pass) the sweep, else nothing. */
export function nextRefresh(job: NameRefreshJob, cursor: string | undefined): NameRefreshJob | undefined {
  if (cursor) return { ...job, cursor };
  return job.sweep ? undefined : { type: job.type, id: job.id, sweep: true };
}

/** Checks a refresh job read from a queue message; a malformed one is refused whole. */
export function parseNameRefreshJob(body: string): NameRefreshJob {
  const job = JSON.parse(body) as Partial<NameRefreshJob>;
  if ((job.type !== 'Person' && job.type !== 'Event') || typeof job.id !== 'string' || !job.id)
    throw new Error(`not a name refresh job: ${body.slice(0, 200)}`);
  if (job.cursor !== undefined && typeof job.cursor !== 'string')
    throw new Error('name refresh job: cursor is not a string');
  return {
    type: job.type,
    id: job.id,
    ...(job.cursor ? { cursor: job.cursor } : {}),
    ...(job.sweep === true ? { sweep: true as const } : {}),
  };
}
