/** bench/results/scale.md: the measured tables, where an import's units go, and the capacity model. */
import { capacityModel, type Stored } from './capacity.js';
import { type ImportProfile, renderProfile } from './import-profile.js';

export interface PageRow {
  page: string;
  first: number;
  calls: number;
  readUnits: number;
  p50Ms: number;
}
export interface SizeResult {
  size: number;
  articles: number;
  load: { seconds: number; callsPerDoc: number; writeUnitsPerDoc: number };
  pages: PageRow[];
  throughput: {
    concurrency: number;
    docsPerSecond: number;
    callsPerDoc: number;
    writeUnitsPerDoc: number;
    readUnitsPerDoc: number;
  }[];
}

/** What the traced tables show, read against the code (src/importers, src/storage); numbers are in the tables. */
export const WHY = [
  'Why an import costs what it does (the tables below, read with the code): the article itself is a small part. Its switch is one TransactWriteItems (article, summary, body parts, slug, update entry; a transaction costs twice) and the only part that grows with the body. The rest grows with the **names** an article carries, not with the corpus:',
  '',
  '- **Name lookups** (`knownPeopleOf`): one Query on `NAME#…` per capitalised word that could be a short name (6 to 34 in the plain imports traced at 200 and 1,000 articles), at almost no units.',
  "- **People**: a new person (common early in a corpus, and for every new summit participant) costs an UpdateItem conditional on its absence and a BatchWriteItem of its name lookups; a known one is saved again only when the merge changes it (an alias, a role, a description). Every mention also adds to the person's `mentionCount` with an `ADD` that rewrites the whole person item (~3 WCU).",
  "- **Mentions**: each named person costs an edge upsert before the switch; after it a `counted` update and the edge's copy of the article summary (what person pages serve; all copied into GSI1), an `ADD mentionCount` on the person item and a put of the person's rank item (GSI2, people by mentions). The article joins its counted lists (feed, languages, each person, event and term, and their language combinations) in transactions of 50 markers and counter ADDs.",
  "- **Related lists**: one GSI1 Query per named person or event for candidates (200 edges shared among them, 5 to 50 each), one BatchGetItem of up to 100 candidate article items (~50 RCU), and up to 10 UpdateItems of other articles' items (no index projects them: ~1 WCU each).",
  '- **A summit article** (50 participants) repeats all of the above 50 times and adds a conditional PutItem per new participation edge: compare the two traced imports below.',
  '',
  "Cheap write-path wins: made, a new person is created without a GetItem first (revision 0: the update's condition refuses one that exists). Listed, not made: keep `mentionCount` on a small counter item of its own (1 WCU instead of ~3 per mention); put only name lookups that are new; look up each distinct candidate name once per run (a cache in the importer).",
];

const f = (n: number, d = 1) => n.toFixed(d);
const loads = (l: number[]) => l.map((x) => f(x, 1)).join(' / ');

export function renderReport(input: {
  sizes: number[];
  results: SizeResult[];
  profiles: ImportProfile[];
  shapeProblems: string[];
  verifyDocs: number;
  errors: Record<string, number>;
  /** Conditional writes that lost a race (expected, retried or left by design), apart from errors. */
  lostRaces?: Record<string, number>;
  minutes: number;
  load: { start: number[]; end: number[] };
  stored: Stored;
  quick: boolean;
}): string {
  const { results } = input;
  const out: string[] = [
    '# Scale benchmark (`npm run bench:scale`)',
    '',
    `Sizes requested: ${input.sizes.join(', ')}${input.quick ? ' (--quick)' : ''}; measured at ${results.map((r) => r.size).join(', ') || 'none'} articles. ` +
      `Whole run ${f(input.minutes)} min on DynamoDB Local (its database file on tmpfs, own instance), on a shared 2-core machine, load average (1/5/15 min) ${loads(input.load.start)} at the start and ${loads(input.load.end)} at the end: latencies and documents/s are relative, not AWS figures; calls and units are what DynamoDB Local reports.`,
    '',
    'Corpus: seeded (13), news-document/v1, bodies 2-40 KB log-uniform written in the tagged language, five languages (en 40%, de 20%, fr 15%, es 15%, pt 10%), Zipf(1.1) mentions over 400 people, every 20th article covers one summit naming 50 of its 1,000 delegates.',
    '',
    `How it is loaded: enrichment (language detection per paragraph, name extraction) costs ~0.2-1 s of CPU per 15 KB document on this machine, so a 50k corpus cannot go through the full import path in the 20 minutes. The bulk is written by bench/scale/bulk-load.ts: 16 templates built by the real parse/build path, each corpus document an article from the template nearest its body size with its own id, headline, slug, language, date, people and summit; its items from the real item builders (checkArticle, items.ts, edgeSummary: article, summary, body parts, slug, update entry, review entries, counted mention and coverage edges with their article summary, filings) in BatchWriteItem; people, the summit and terms through the real repositories; counts once per load through the real count writers (mention counts with rank items and the people list, the event's article count and coverage marks, every list counter). Left out because no measured page reads them: list membership markers (\`COUNTED#…\`) and the per-language edges of combined filters (\`INLANG#…\`). Related lists are ranked as a real write ranks them; the refresh of up to 10 other articles' lists is not replayed. Checked first against real imports of the same ${input.verifyDocs} documents (item kinds, attributes, counts): ${input.shapeProblems.length ? `**differences**: ${input.shapeProblems.join('; ')}` : 'no difference'}. Every import figure below is a real import through the whole path.`,
    '',
    '## Reads per page (median of 3; calls and read units of one request)',
    '',
    `| page | first | ${results.map((r) => `${r.size}: calls / RCU / ms`).join(' | ')} |`,
    `|---|---|${results.map(() => '---').join('|')}|`,
  ];
  for (const row of results[0]?.pages ?? []) {
    const cells = results.map((r) => {
      const m = r.pages.find((p) => p.page === row.page && p.first === row.first);
      return m ? `${m.calls} / ${f(m.readUnits)} / ${f(m.p50Ms, 0)}` : '-';
    });
    out.push(`| ${row.page} | ${row.first || '-'} | ${cells.join(' | ')} |`);
  }
  out.push(
    '',
    '## Imports (real, whole path; the same 24 plain documents at every size and level, each time as copies of their own (own ids and headlines, same people and bodies), so rows compare like with like; the summit article profiled below)',
    '',
    '| articles | concurrency | docs/s | calls/doc | WCU/doc | RCU/doc |',
    '|---|---|---|---|---|---|',
  );
  for (const r of results) {
    for (const t of r.throughput)
      out.push(
        `| ${r.size} | ${t.concurrency} | ${f(t.docsPerSecond, 2)} | ${f(t.callsPerDoc)} | ${f(t.writeUnitsPerDoc)} | ${f(t.readUnitsPerDoc)} |`,
      );
  }
  out.push(
    '',
    '| bulk load to | seconds | articles/s | calls/article | WCU/article |',
    '|---|---|---|---|---|',
    ...results.map((r, k) => {
      const count = r.size - (k ? (results[k - 1]?.articles ?? 0) : 0);
      return `| ${r.size} | ${f(r.load.seconds, 0)} | ${f(count / r.load.seconds, 0)} | ${f(r.load.callsPerDoc, 2)} | ${f(r.load.writeUnitsPerDoc)} |`;
    }),
  );
  out.push(
    '',
    '## Where one import goes (traced call by call; the same plain and summit document at each size, as copies)',
    '',
  );
  out.push('| import | calls | WCU | RCU |', '|---|---|---|---|');
  for (const p of input.profiles) out.push(`| ${p.label} | ${p.calls} | ${f(p.writeUnits)} | ${f(p.readUnits)} |`);
  out.push('', ...WHY);
  for (const p of input.profiles.slice(-2)) out.push('', ...renderProfile(p));
  const errors = Object.entries(input.errors);
  const races = Object.entries(input.lostRaces ?? {});
  out.push(
    '',
    '## DynamoDB errors seen',
    '',
    errors.length ? errors.map(([name, n]) => `- ${name}: ${n}`).join('\n') : 'None.',
    '',
    '### Lost races (retried)',
    '',
    'Conditional writes refused because a concurrent writer got there first; the writer re-reads and merges',
    '(person aliases, event participants) or leaves derived data to the next write (related lists); a rank put older than',
    'the one stored is refused by design (`PutItem Person/RANK`). Not errors.',
    '',
    races.length ? races.map(([name, n]) => `- ${name}: ${n}`).join('\n') : 'None.',
  );
  out.push('', ...capacityModel(results.at(-1), input.stored));
  return `${out.join('\n')}\n`;
}
