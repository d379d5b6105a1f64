const MAX_CONCURRENCY = 32;

/** `--concurrency N` (or `--concurrency=N`): inputs imported at once, for backfills; 1 when absent. */
export function readConcurrency(args: string[]): { concurrency: number; rest: string[] } | { error: string } {
  const rest: string[] = [];
  let raw: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--concurrency') raw = args[++i] ?? '';
    else if (arg.startsWith('--concurrency=')) raw = arg.slice('--concurrency='.length);
    else rest.push(arg);
  }
  if (raw === undefined) return { concurrency: 1, rest };
  const n = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!(n >= 1 && n <= MAX_CONCURRENCY))
    return { error: `--concurrency must be 1 to ${MAX_CONCURRENCY}, got "${raw}"` };
  return { concurrency: n, rest };
}
