export interface ProgressOptions {
  /** How many inputs (files, URLs) the run reads. */
  inputs: number;
  write: (text: string) => void;
  /** Redraws one line on a terminal; elsewhere (a log, a pipe) prints a line every `every` documents. */
  tty: boolean;
  every?: number;
}

/**
 * Progress counted in documents, the unit an editor thinks in: a feed file holds many. The total is
 * known only as inputs are parsed, so it grows; the inputs read so far are shown beside it.
 */
export function createImportProgress({ inputs, write, tty, every = 50 }: ProgressOptions) {
  let read = 0;
  let found = 0;
  // By outcome, in the order first seen (WRITTEN, UNCHANGED, REJECTED for an import; READY, ... for a dry run).
  const counts = new Map<string, number>();
  let done = 0;
  const line = () =>
    `${done}/${found} documents (${read}/${inputs} inputs)${[...counts].map(([outcome, n], i) => `${i ? ',' : ':'} ${n} ${outcome.toLowerCase()}`).join('')}`;
  const draw = () => {
    if (tty) {
      const width = 24;
      const filled = Math.round((done / Math.max(found, 1)) * width);
      write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${line()}\u001b[K`);
    } else if (done % every === 0) write(`${line()}\n`);
  };
  return {
    /** An input was parsed into this many documents. */
    parsed: (documents: number) => {
      read += 1;
      found += documents;
      if (tty) draw();
    },
    document: ({ outcome }: { outcome: string }) => {
      counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
      done += 1;
      draw();
    },
    finish: () => write(tty ? '\n' : done % every === 0 ? '' : `${line()}\n`),
  };
}
