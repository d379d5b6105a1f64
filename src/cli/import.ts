import { listFiles, readFiles } from '../importers/file-inputs.js';
import { fetchSource } from '../importers/http-inputs.js';
import { type ImportOptions, importInputs } from '../importers/importer.js';
import { previewInputs } from '../importers/preview.js';
import type { RawInput } from '../importers/raw-input.js';
import { createImportProgress } from '../local/import-progress.js';
import { NoRunningDatabaseError, openLocalTarget } from '../local/local-target.js';
import { type ImportArgs, parseImportArgs, USAGE } from './import-args.js';
import { formatPreviews, formatRun, previewJson, runJson } from './import-report.js';

/** `npm run import -- [options] <file | folder | URL> …`: one recorded run; exit 1 when it failed, 2 on bad usage. */
async function main(argv: string[]): Promise<number> {
  const args = parseImportArgs(argv);
  if (args === 'help') {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }
  const files = listFiles(args.files);
  const progress = createImportProgress({
    inputs: files.length + args.urls.length,
    tty: Boolean(process.stderr.isTTY),
    write: (text) => process.stderr.write(text),
  });
  const callbacks = { onParsed: progress.parsed, onDocument: progress.document };
  if (args.dryRun) {
    const previews = await previewInputs(inputs(files, args.urls), callbacks);
    progress.finish();
    console.log(args.json ? JSON.stringify(previewJson(previews), null, 2) : formatPreviews(previews));
    return 0;
  }
  return importInto(args, files, callbacks, progress.finish);
}

async function importInto(
  args: ImportArgs,
  files: string[],
  callbacks: Pick<ImportOptions, 'onParsed' | 'onDocument'>,
  finish: () => void,
): Promise<number> {
  let target: Awaited<ReturnType<typeof openLocalTarget>>;
  try {
    target = await openLocalTarget({ startLocal: args.startLocal });
  } catch (error) {
    if (!(error instanceof NoRunningDatabaseError)) throw error;
    console.error(error.message);
    return 2;
  }
  try {
    console.error(`importing into table ${target.tableName} at ${target.endpoint} (${target.origin})`);
    const run = await importInputs(target.repositories, inputs(files, args.urls), {
      ...callbacks,
      source: `cli: ${[...args.files, ...args.urls].join(' ')}`,
      concurrency: args.concurrency,
    });
    finish();
    if (!run) throw new Error('a run with this id exists already');
    console.log(args.json ? JSON.stringify(runJson(run, target), null, 2) : formatRun(run, target));
    return run.status === 'FAILED' ? 1 : 0;
  } finally {
    await target.close();
  }
}

async function* inputs(files: string[], urls: string[]): AsyncGenerator<RawInput> {
  yield* readFiles(files);
  for (const url of urls) {
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

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message ?? error);
    process.exit(1);
  },
);
