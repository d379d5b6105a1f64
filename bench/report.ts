import { readFileSync, writeFileSync } from 'node:fs';
import type { Spread } from './measure.js';
import type { WarmResult } from './warm-rounds.js';

type Results = Record<string, any>;
const COLORS: Record<string, string> = {
  ours: '#d6336c',
  'ours-full-path': '#f59f00',
  'graphql-js': '#868e96',
  apollo: '#1c7ed6',
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const times = (s: Spread) => `${s.median.toFixed(2)}× (${s.p10.toFixed(2)}–${s.p90.toFixed(2)})`;

/** bench/results/latest.md (tables) and latency.svg (the warm latency distributions as CDFs). */
export function writeReport(r: Results): void {
  const warm = r.warm as Record<string, WarmResult>;
  const tiny = r.warmTiny as Record<string, WarmResult>;
  const cold = r.coldStart as Record<string, { median: number; p10: number; p90: number; raw: number }>;
  const lines = [
    `# Benchmark results`,
    '',
    `${r.date}, Node ${r.machine.node}, ${r.machine.cpus} cores (shared machine: compare ratios within this run, not absolute numbers across runs). Reproduce: \`npm run bench\`.`,
    '',
    '## Bundles',
    '',
    '| bundle | minified | gzipped |',
    '|---|---|---|',
    ...r.sizes.map(
      (s: { file: string; minifiedBytes: number; gzippedBytes: number }) =>
        `| ${s.file} | ${kb(s.minifiedBytes)} | ${kb(s.gzippedBytes)} |`,
    ),
    '',
    `## Cold start (fresh process → first answer to the article page, DynamoDB Local; minus bare \`node -e 0\` = ${cold['node -e 0']?.median.toFixed(0)} ms)`,
    '',
    '| handler | median | p10–p90 | vs Apollo |',
    '|---|---|---|---|',
    ...['ours', 'graphql-js', 'apollo'].map(
      (n) =>
        `| ${n} | ${cold[n]?.median.toFixed(0)} ms | ${cold[n]?.p10.toFixed(0)}–${cold[n]?.p90.toFixed(0)} ms | ${ratio(cold[n]!.median, cold.apollo!.median)} |`,
    ),
    '',
    `## Warm per-request cost (in-process, article page, data answered from memory; bundled like the Lambda handler)`,
    '',
    `One warmed-up process per framework; ${warm.apollo?.p50VsApollo.runs.length} rounds in which each serves ${(warm.apollo?.requests ?? 0) / (warm.apollo?.p50VsApollo.runs.length ?? 1)} requests in turn. p50, p99 and CPU over all requests; "vs Apollo" is the median of the per-round ratios, with the middle 80% of rounds (p10–p90).`,
    '',
    ...warmTable(warm),
    '',
    '### The smallest query, `{ __typename }`: framework overhead alone, no data',
    '',
    ...warmTable(tiny),
    '',
    "`ours-full-path` is our handler with the direct path turned off: every request through yoga's Fetch pipeline. All four cache parsed and validated documents (the graphql-js floor in a plain Map) and run with production settings (introspection and GraphiQL off).",
    '',
    ...sdkLine(r),
    '',
    '![warm latency distributions](latency.svg)',
    '',
    '## DynamoDB client CPU per call (SDK only: canned HTTP answers, no network; median of 10 alternating rounds of 300 calls)',
    '',
    '| operation | lib-dynamodb DynamoDBDocumentClient | our DocumentClient (cached middleware) | ours vs lib-dynamodb |',
    '|---|---|---|---|',
    ...Object.entries(r.sdkCalls ?? {}).map(
      ([n, c]: [string, any]) =>
        `| ${n} | ${c.libDynamodbUs.toFixed(0)} µs | ${c.oursUs.toFixed(0)} µs | ${times(c.ratio)} |`,
    ),
    '',
    `## End to end (autocannon, ${r.endToEnd.connections} connections × ${r.endToEnd.seconds} s per page, \`npm start\` on loopback over DynamoDB Local)`,
    '',
    '| page | requests/s | p50 | p99 | non-2xx |',
    '|---|---|---|---|---|',
    ...Object.entries(r.endToEnd.pages).map(
      ([n, p]: [string, any]) =>
        `| ${n} | ${p.requestsPerSecond.toFixed(0)} | ${p.p50ms} ms | ${p.p99ms} ms | ${p.non2xx} |`,
    ),
    '',
    '## DynamoDB per query (ReturnConsumedCapacity, fresh request context)',
    '',
    '| query | calls | read capacity units |',
    '|---|---|---|',
    ...Object.entries(r.capacity).map(([n, c]: [string, any]) => `| ${n} | ${c.calls} | ${c.readUnits} |`),
    '',
    '## Import (every fixture into an empty table)',
    '',
    `${r.importing.documents} documents (${r.importing.written} written) in ${r.importing.seconds.toFixed(1)} s: **${r.importing.documentsPerSecond.toFixed(1)} documents/s**; ${r.importing.writeUnitsPerArticle.toFixed(1)} write capacity units per article written; ${r.importing.callsPerDocument.toFixed(1)} DynamoDB calls per document.`,
    '',
  ];
  writeFileSync('bench/results/latest.md', lines.join('\n'));
  updateReadme(lines.slice(2));
  writeFileSync('bench/results/latency.svg', chart(warm));
}

/**
 * The warm tables answer DynamoDB from memory, so they leave out the AWS SDK's own CPU (serializing the request,
 * parsing the answer), which every framework pays alike. This line adds it back for the article page: its calls
 * times the measured SDK cost per call, added to each side, so the ratios a Lambda actually sees are shown too.
 */
function sdkLine(r: Results): string[] {
  const warm = r.warm as Record<string, WarmResult>;
  const calls = r.capacity?.article?.calls as number | undefined;
  const perCall = Object.values(r.sdkCalls ?? {}).map((c) => (c as { oursUs: number }).oursUs);
  if (!calls || !perCall.length || !warm.ours || !warm['graphql-js'] || !warm.apollo) return [];
  const sdkUs = calls * (perCall.reduce((a, b) => a + b, 0) / perCall.length);
  const withSdk = (n: string) => warm[n]!.p50us + sdkUs;
  return [
    `Including the AWS SDK (the article page's ${calls} DynamoDB calls × ${(sdkUs / calls).toFixed(0)} µs of SDK CPU per call, the mean of the operations measured below, added to each handler's p50): ours ${withSdk('ours').toFixed(0)} µs, ${ratio(withSdk('ours'), withSdk('graphql-js'))} the floor and ${ratio(withSdk('ours'), withSdk('apollo'))} Apollo.`,
  ];
}

function warmTable(results: Record<string, WarmResult>): string[] {
  return [
    '| handler | requests/s | p50 | p99 | CPU per request | p50 vs floor | p50 vs Apollo | CPU vs Apollo |',
    '|---|---|---|---|---|---|---|---|',
    ...['ours', 'ours-full-path', 'graphql-js', 'apollo']
      .filter((n) => results[n])
      .map((n) => {
        const w = results[n]!;
        return `| ${n} | ${w.requestsPerSecond.toFixed(0)} | ${w.p50us.toFixed(0)} µs | ${w.p99us.toFixed(0)} µs | ${w.cpuUsPerRequest.toFixed(0)} µs | ${w.p50VsFloor ? times(w.p50VsFloor) : '–'} | ${times(w.p50VsApollo)} | ${times(w.cpuVsApollo)} |`;
      }),
  ];
}

function chart(warm: Record<string, { samplesUs: number[] }>): string {
  const width = 640;
  const height = 320;
  const pad = 48;
  const max =
    Math.max(...Object.values(warm).map((w) => w.samplesUs[Math.floor(w.samplesUs.length * 0.99)] ?? 0)) * 1.1;
  const x = (us: number) => pad + (Math.min(us, max) / max) * (width - 2 * pad);
  const y = (q: number) => height - pad - q * (height - 2 * pad);
  const curves = Object.entries(warm).map(([name, w], i) => {
    const points = w.samplesUs
      .map((us, k) => `${x(us).toFixed(1)},${y(k / (w.samplesUs.length - 1)).toFixed(1)}`)
      .join(' ');
    return `<polyline fill="none" stroke="${COLORS[name] ?? '#000'}" stroke-width="2" points="${points}"/><text x="${width - pad - 110}" y="${pad + 16 * i}" fill="${COLORS[name] ?? '#000'}" font-size="12">${name}</text>`;
  });
  const ticks = [0, 0.25, 0.5, 0.75, 1].map(
    (f) =>
      `<text x="${x(max * f)}" y="${height - pad + 16}" font-size="10" text-anchor="middle">${((max * f) / 1000).toFixed(2)} ms</text>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">
<rect width="100%" height="100%" fill="white"/>
<text x="${pad}" y="20" font-size="13">Warm per-request latency, article page (cumulative share of requests, p0–p99 shown)</text>
<line x1="${pad}" y1="${height - pad}" x2="${width - pad}" y2="${height - pad}" stroke="#333"/><line x1="${pad}" y1="${pad}" x2="${pad}" y2="${height - pad}" stroke="#333"/>
<text x="${pad - 8}" y="${y(0.5)}" font-size="10" text-anchor="end">50%</text><text x="${pad - 8}" y="${y(1)}" font-size="10" text-anchor="end">100%</text>
${ticks.join('\n')}
${curves.join('\n')}
</svg>
`;
}

/** The README's performance section shows the latest tables, between its bench markers (headings one level down). */
function updateReadme(lines: string[]): void {
  const readme = readFileSync('README.md', 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const from = readme.indexOf(start);
  const to = readme.indexOf(end);
  if (from < 0 || to < from) return;
  const tables = lines.map(
    (line) => `${/^#{2,} /.test(line) ? '#' : ''}${line.replace('](latency.svg)', '](bench/results/latency.svg)')}`,
  );
  writeFileSync(
    'README.md',
    `${readme.slice(0, from + start.length)}\n${tables.join('\n').trim()}\n${readme.slice(to)}`,
  );
}
