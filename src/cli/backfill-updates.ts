import { parseArgs } from 'node:util';
import { NoRunningDatabaseError, openLocalTarget } from '../local/local-target.js';
import { Table } from '../storage/table.js';
import { backfillUpdateEntries } from '../storage/update-entry-backfill.js';

const USAGE = `usage: npm run backfill:updates -- [--limit N] [--cursor C] [--all] [--start-local]
  Writes the missing UpdateEntry items (articles(filter: { updatedSince })) of articles stored before
  them: N feed items per call (default 200), from cursor C (printed by the previous call); --all goes
  on until the end, printing a cursor after each call, so an interrupted run resumes from the last one.`;

/** `npm run backfill:updates`: exit 0 when done (or one call made), 1 on an error, 2 on bad usage. */
async function main(argv: string[]): Promise<number> {
  let options: { limit: number; cursor?: string | undefined; all: boolean; startLocal: boolean };
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        limit: { type: 'string', default: '200' },
        cursor: { type: 'string' },
        all: { type: 'boolean', default: false },
        'start-local': { type: 'boolean', default: false },
      },
    });
    options = {
      limit: Number(values.limit),
      cursor: values.cursor,
      all: values.all,
      startLocal: values['start-local'],
    };
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  let target: Awaited<ReturnType<typeof openLocalTarget>>;
  try {
    target = await openLocalTarget({ startLocal: options.startLocal });
  } catch (error) {
    if (!(error instanceof NoRunningDatabaseError)) throw error;
    console.error(error.message);
    return 2;
  }
  try {
    console.error(`backfilling update entries in table ${target.tableName} at ${target.endpoint} (${target.origin})`);
    const table = new Table(target.client, target.tableName);
    let cursor = options.cursor;
    do {
      const progress = await backfillUpdateEntries(table, { cursor, limit: options.limit });
      cursor = progress.cursor;
      const next = cursor ? `next: --cursor ${cursor}` : 'complete';
      console.log(`read ${progress.read}, wrote ${progress.written}, undated ${progress.undated}; ${next}`);
    } while (options.all && cursor);
    return 0;
  } finally {
    await target.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
