import { existsSync } from 'node:fs';
import type { DocumentResult, ImportRun } from '../domain/import-run.js';
import { listFiles, readFiles } from '../importers/file-inputs.js';
import { fetchSource } from '../importers/http-inputs.js';
import { importInputs } from '../importers/importer.js';
import type { RawInput } from '../importers/raw-input.js';
import { cleanReason } from '../importers/reasons.js';
import { readConcurrency } from './concurrency-option.js';
import { connectLocalDatabase } from './local-database.js';

const USAGE = 'usage: npm run import -- [--concurrency N] <file | folder | http(s) URL> ...';
/** `npm run import -- <file | folder | URL> …`: one recorded run; exit 1 when the run failed. */
async function main(argv: string[]): Promise<number> {
  if (argv.length === 0 || argv.includes('--help')) {
    console.error(USAGE);
    return argv.length ? 0 : 2;
  }
  const options = readConcurrency(argv);
  if ('error' in options) {
    console.error(`${options.error}\n${USAGE}`);
    return 2;
  }
  const { concurrency, rest: args } = options;
  const missing = args.filter((arg) => !/^https?:\/\//.test(arg) && !existsSync(arg));
  if (missing.length) {
    console.error(`no such file or folder: ${missing.join(', ')}\n${USAGE}`);
    return 2;
  }
  const files = listFiles(args.filter((arg) => !/^https?:\/\//.test(arg)));
  const urls = args.filter((arg) => /^https?:\/\//.test(arg));
  const database = await connectLocalDatabase();
  try {
    const progress = createProgress(files.length + urls.length);
    const run = await importInputs(database.repositories, inputs(files, urls, progress.input), {
      source: `cli: ${argv.join(' ')}`,
      onDocument: progress.document,
      concurrency,
    });
    progress.done();
    if (!run) throw new Error('a run with this id exists already');
    printSummary(run);
    return run.status === 'FAILED' ? 1 : 0;
  } finally {
    await database.close();
  }
}

async function* inputs(files: string[], urls: string[], onInput: () => void): AsyncGenerator<RawInput> {
  for (const input of readFiles(files)) {
    onInput();
    yield input;
  }
  for (const url of urls) {
    onInput();
    const result = await fetchSource(url, {});
    if (result.status === 'fetched') yield result.input;
    else
      yield {
        name: url,
        bytes: new Uint8Array(),
        unreadable: result.status === 'failed' ? result.reason : 'not modified',
      };
  }
}

/** A one-line progress bar on a terminal (stderr), silent otherwise. */
function createProgress(total: number) {
  const tty = process.stderr.isTTY;
  let inputs = 0;
  let documents = 0;
  const draw = () => {
    if (!tty) return;
    const width = 30;
    const filled = Math.round((inputs / Math.max(total, 1)) * width);
    process.stderr.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${inputs}/${total} inputs, ${documents} documents`,
    );
  };
  return {
    input: () => {
      inputs += 1;
      draw();
    },
    document: (_: DocumentResult) => {
      documents += 1;
      draw();
    },
    done: () => tty && process.stderr.write('\n'),
  };
}

function printSummary(run: ImportRun): void {
  const rows: [string, string][] = [
    ['run', run.id],
    ['status', run.status],
    ['documents', String(run.counts.documents)],
    ['written', String(run.counts.written)],
    ['unchanged', String(run.counts.unchanged)],
    ['rejected', String(run.counts.rejected)],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  console.log(rows.map(([label, value]) => `${label.padEnd(width)}  ${value}`).join('\n'));
  if (run.message) console.log(`message    ${run.message}`);
  const rejected = run.documents.filter((d) => d.outcome === 'REJECTED');
  if (rejected.length) {
    console.log('\nrejected:');
    // Names and reasons come from the documents: cleaned so a hostile file cannot drive the terminal.
    for (const document of rejected)
      console.log(`  ${cleanReason(document.document)}: ${cleanReason(document.reason ?? '')}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message ?? error);
    process.exit(1);
  },
);
