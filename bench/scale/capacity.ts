import type { SizeResult } from './report.js';

/** What the loaded articles weigh (bulk-load.ts stats) and how concentrated mentions are. */
export interface Stored {
  articles: number;
  tableBytes: number;
  indexBytes: number;
  summaryBytes: number;
  bodyBytes: number;
  /** Share of articles naming the most-mentioned person. */
  topPersonShare: number;
}

// The traffic the issue names, and the assumptions the model adds (stated in the report).
const READS_PER_SECOND = 5000;
const IMPORTS_PER_MINUTE = 200;
const PARTITION_RCU = 3000;
const PARTITION_WCU = 1000;
const MIX: Record<string, number> = {
  front: 0.3,
  'language feed (de)': 0.2,
  article: 0.35,
  'person by name': 0.1,
  event: 0.05,
};
const CDN_HIT = 0.9;
// The share of a page's requests that read one partition key: every front page reads FEED#ALL, every
// German feed page FEED#LANG#de; a viral article is 10% of article traffic, the top person 30% of person pages.
const HOT_SHARE: Record<string, number> = {
  front: 1,
  'language feed (de)': 1,
  article: 0.1,
  'person by name': 0.3,
  event: 1,
};
const LANGUAGE_SHARE_EN = 0.4;

const f = (n: number, d = 1) => n.toFixed(d);
const units = (bytes: number) => Math.max(1, Math.ceil(bytes / 1024));

export function capacityModel(last: SizeResult | undefined, stored: Stored): string[] {
  if (!last || !stored.articles) return ['## Capacity model', '', 'No size finished; no model.'];
  const lines = [
    '## Capacity model (1M and 100M articles)',
    '',
    `From the per-page costs measured at ${last.size} articles, page size 10. A page reads a bounded number of items whatever the corpus size, so it costs the same at 1M and 100M articles **if** the figures above stay flat across the sizes measured (they are the evidence; nothing larger than ${last.size} articles was measured). Traffic: ${READS_PER_SECOND} reads/s in the mix ${Object.entries(
      MIX,
    )
      .map(([k, v]) => `${k} ${v * 100}%`)
      .join(
        ', ',
      )}; a CDN hit ratio of ${CDN_HIT * 100}% (public GETs, max-age 300 s on prod); ${IMPORTS_PER_MINUTE} imports/min. DynamoDB's per-partition limits: ${PARTITION_RCU} RCU/s and ${PARTITION_WCU} WCU/s (adaptive capacity and split-for-heat spread a hot key range, not one hot key). Eventually consistent reads (what the pages use) cost half a unit per 4 KB.`,
    '',
    '| page | RCU/page | hot-key share | hot key RCU/s without CDN | with CDN | of the 3,000 limit (with CDN) |',
    '|---|---|---|---|---|---|',
  ];
  for (const [page, share] of Object.entries(MIX)) {
    const row = last.pages.find((p) => p.page === page && (p.first === 10 || page === 'article'));
    if (!row) continue;
    const raw = READS_PER_SECOND * share * (HOT_SHARE[page] ?? 1) * row.readUnits;
    lines.push(
      `| ${page} | ${f(row.readUnits)} | ${(HOT_SHARE[page] ?? 1) * 100}% | ${f(raw, 0)} | ${f(raw * (1 - CDN_HIT), 0)} | ${f((raw * (1 - CDN_HIT) * 100) / PARTITION_RCU, 0)}% |`,
    );
  }
  lines.push(
    '',
    "A page's units are all counted on its hot key: an upper bound (its people and events come from other keys in a BatchGetItem). The front page is the one key that needs the CDN: every front-page read lands on `FEED#ALL` in GSI1.",
  );
  const steady = last.throughput.at(-1);
  const perSecond = IMPORTS_PER_MINUTE / 60;
  const summary = units(stored.summaryBytes / stored.articles);
  const hot = [
    ['GSI1 `FEED#ALL` (every summary)', perSecond * summary],
    [`GSI2 \`FEED#LANG#en\` (${LANGUAGE_SHARE_EN * 100}% of summaries)`, perSecond * LANGUAGE_SHARE_EN * summary],
    ['GSI1 `UPDATED#<month>` (every update entry)', perSecond],
    [
      `GSI1 \`PERSON#<most mentioned>\` (in ${f(stored.topPersonShare * 100, 0)}% of articles: mention edge + count)`,
      perSecond * stored.topPersonShare * 2,
    ],
    ['GSI1 `EVENT#<summit>` (every 20th article: coverage edge)', perSecond / 20],
  ] as const;
  if (steady) {
    const wcu = steady.writeUnitsPerDoc * perSecond;
    lines.push(
      '',
      `Writes: ${f(steady.writeUnitsPerDoc)} WCU per real import at ${last.size} articles (concurrency 8) → ${f(wcu, 0)} WCU/s for the whole table at ${IMPORTS_PER_MINUTE} imports/min, spread over many keys. The hottest keys (a summary is ${f(stored.summaryBytes / stored.articles / 1024)} KB on average, ${summary} WCU per index write):`,
      '',
      '| key | WCU/s at 200 imports/min | of the 1,000 limit |',
      '|---|---|---|',
      ...hot.map(([key, rate]) => `| ${key} | ${f(rate)} | ${f((rate * 100) / PARTITION_WCU, 2)}% |`),
      '',
      `None depends on the corpus size: an import writes one summary per feed and one edge per person or event it names (the WCU/doc column above is the evidence of flatness). The head of a feed stays far below its limit at 200 imports/min; it would reach 1,000 WCU/s at about ${f((PARTITION_WCU / summary) * 60, 0)} imports/min.`,
    );
  }
  const perArticle = (stored.tableBytes + stored.indexBytes) / stored.articles;
  lines.push(
    '',
    `Storage: ${f(stored.tableBytes / stored.articles / 1024)} KB per article in the table (body ${f(stored.bodyBytes / stored.articles / 1024)} KB in its own unindexed parts) and ${f(stored.indexBytes / stored.articles / 1024)} KB copied into the indexes (the summary into GSI1 and GSI2, the edges into GSI1; no body, no related list): ${f((perArticle * 1e6) / 1e9, 0)} GB at 1M articles, ${f((perArticle * 1e8) / 1e12, 1)} TB at 100M.`,
    '',
    `What a CDN absorbs: every cacheable GET within max-age is served at the edge; at ${CDN_HIT * 100}% hits the origin sees ${f(READS_PER_SECOND * (1 - CDN_HIT), 0)} reads/s of the ${READS_PER_SECOND}. Without it the front page alone puts the "without CDN" figure on one key.`,
  );
  return lines;
}
