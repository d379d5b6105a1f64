import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';

export const USAGE = `usage: npm run import -- [--dry-run] [--json] [--start-local] <file | folder | http(s) URL> ...
  --dry-run      parse and enrich, print what would be written, write nothing (no database needed)
  --json         print the result as JSON on stdout
  --start-local  with no running \`npm start\` for DATA_DIR (and no DYNAMODB_ENDPOINT), start DynamoDB Local over DATA_DIR`;

export interface ImportArgs {
  files: string[];
  urls: string[];
  dryRun: boolean;
  json: boolean;
  startLocal: boolean;
}

/** The command line, or the message to print with the usage (exit 2); `help` when help was asked for. */
export function parseImportArgs(args: string[]): ImportArgs | { error: string } | 'help' {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
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
