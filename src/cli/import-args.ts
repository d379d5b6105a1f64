import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConcurrency } from './concurrency-option.js';

export const USAGE = `usage: npm run import -- [--dry-run] [--json] [--start-local] [--concurrency N] <file | folder | http(s) URL> ...
  --dry-run      parse and enrich, print what would be written, write nothing (no database needed)
  --json         print the result as JSON on stdout
  --start-local  with no running \`npm start\` for DATA_DIR (and no DYNAMODB_ENDPOINT), start DynamoDB Local over DATA_DIR
  --concurrency N  inputs imported at once (1 to 32; default 1), for backfills`;

export interface ImportArgs {
  files: string[];
  urls: string[];
  dryRun: boolean;
  json: boolean;
  startLocal: boolean;
  /** Inputs imported at once. */
  concurrency: number;
}

/** The command line, or the message to print with the usage (exit 2); `help` when help was asked for. */
export function parseImportArgs(args: string[]): ImportArgs | { error: string } | 'help' {
  const withConcurrency = readConcurrency(args);
  if ('error' in withConcurrency) return withConcurrency;
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(withConcurrency.rest);
  } catch (error) {
    // An unknown option is refused, never taken for a file name.
    return { error: (error as Error).message };
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length === 0) return { error: 'nothing to import' };
  const isUrl = (arg: string) => /^https?:\/\//.test(arg);
  const missing = positionals.filter((arg) => !isUrl(arg) && !existsSync(arg));
  if (missing.length) return { error: `no such file or folder: ${missing.join(', ')}` };
  return {
    files: positionals.filter((arg) => !isUrl(arg)),
    urls: positionals.filter(isUrl),
    dryRun: values['dry-run'] ?? false,
    json: values.json ?? false,
    startLocal: values['start-local'] ?? false,
    concurrency: withConcurrency.concurrency,
  };
}

const parse = (args: string[]) =>
  parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      'start-local': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
