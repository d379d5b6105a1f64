import { spread } from './measure.js';

/** What bench/cold-child.ts prints for one fresh process (milliseconds), plus the process's wall time. */
export interface ChildRun {
  marks: Record<string, number>;
  loadCpu: number;
  requestCpu?: number;
  inFlightMs?: number;
  inFlightCpuMs?: number;
  flights: { start: number; connectMs?: number; ms: number; reused: boolean }[];
  gets?: { start: number; ms: number }[];
  /** bench/cold-get-entry.ts with COLD_PRIME: the aborted send's outcome, and load → its end. */
  prime?: { outcome: string; ms: number };
  processMs: number;
}

const HANDLERS = ['ours', 'graphql-js', 'apollo'];
const PROBES = ['sdk GetItem', 'sdk GetItem, primed at load', 'node:http GetItem'];
const median = (values: number[]) => spread(values.filter((v) => Number.isFinite(v))).median;
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(1)} ms` : '–');

/** One handler's phases, each the median over its runs. */
function phases(runs: ChildRun[], bare: number) {
  const at = (run: ChildRun, name: string) => run.marks[name] ?? Number.NaN;
  const schema = (r: ChildRun) => at(r, 'schema:end') - at(r, 'schema:start');
  const construction = (r: ChildRun) => at(r, 'handler') - at(r, 'modules');
  const request = (r: ChildRun) => at(r, 'answered') - at(r, 'loaded');
  const cpuOutside = (r: ChildRun) => (r.requestCpu ?? 0) - (r.inFlightCpuMs ?? 0);
  return {
    total: median(runs.map((r) => r.processMs - bare)),
    // From the child's first line to the answer: the same span without process start-up and exit.
    inProcess: median(runs.map((r) => at(r, 'answered') - at(r, 'start'))),
    load: median(runs.map((r) => at(r, 'loaded') - at(r, 'start') - schema(r) - construction(r))),
    loadCpu: median(runs.map((r) => r.loadCpu)),
    schema: median(runs.map(schema)),
    construction: median(runs.map(construction)),
    request: median(runs.map(request)),
    waiting: median(runs.map((r) => r.inFlightMs ?? 0)),
    cpuOutside: median(runs.map(cpuOutside)),
    rest: median(runs.map((r) => request(r) - (r.inFlightMs ?? 0) - cpuOutside(r))),
    calls: median(runs.map((r) => r.flights.length)),
    firstCall: median(runs.map((r) => r.flights[0]?.ms ?? Number.NaN)),
    laterCalls: median(runs.flatMap((r) => r.flights.slice(1).map((f) => f.ms))),
    connect: median(runs.map((r) => r.flights[0]?.connectMs ?? Number.NaN)),
  };
}

/** The SDK's (or node:http's) first GetItem from a fresh process against its second and third. */
function probe(runs: ChildRun[]) {
  const call = (i: number) => median(runs.map((r) => r.gets?.[i]?.ms ?? Number.NaN));
  const flight = (i: number) => median(runs.map((r) => r.flights[i]?.ms ?? Number.NaN));
  // From send() to the request written: the SDK's middleware, endpoint, credentials, signing, HTTP agent.
  const before = median(runs.map((r) => (r.flights[0]?.start ?? Number.NaN) - (r.gets?.[0]?.start ?? Number.NaN)));
  if (runs.some((r) => r.prime && r.prime.outcome !== 'AbortError')) throw new Error('a primed send was not aborted');
  const primed = runs.some((r) => r.prime);
  return {
    prime: primed ? median(runs.map((r) => r.prime?.ms ?? Number.NaN)) : Number.NaN,
    calls: [call(0), call(1), call(2)],
    // From the bundle loaded to the first GetItem's answer: what priming must shorten to be worth it.
    firstAnswer: median(
      runs.map((r) => (r.gets?.[0]?.start ?? Number.NaN) + (r.gets?.[0]?.ms ?? Number.NaN) - (r.marks.loaded ?? 0)),
    ),
    flights: [flight(0), flight(1), flight(2)],
    before,
    connect: median(runs.map((r) => r.flights[0]?.connectMs ?? Number.NaN)),
  };
}

export function phaseReport(runs: Record<string, (ChildRun | number)[]>, bare: number) {
  const handlers = Object.fromEntries(HANDLERS.map((name) => [name, phases(runs[name] as ChildRun[], bare)]));
  const probes = Object.fromEntries(PROBES.map((name) => [name, probe(runs[name] as ChildRun[])]));
  const apollo = handlers.apollo?.total ?? Number.NaN;
  const apolloIn = handlers.apollo?.inProcess ?? Number.NaN;
  const count = (runs.ours ?? []).length;
  const rows = HANDLERS.map((name) => {
    const p = handlers[name];
    if (!p) return '';
    return `| ${name} | ${ms(p.total)} | ${(p.total / apollo).toFixed(2)}× | ${ms(p.inProcess)} | ${(p.inProcess / apolloIn).toFixed(2)}× | ${ms(p.load)} (CPU ${ms(p.loadCpu)}) | ${ms(p.schema)} | ${ms(p.construction)} | ${ms(p.request)} | ${ms(p.waiting)} | ${ms(p.cpuOutside)} | ${ms(p.rest)} | ${p.calls} | ${ms(p.firstCall)} / ${ms(p.laterCalls)} |`;
  });
  const bound = (value: number) => `${(value / apolloIn).toFixed(2)}×`;
  const waits = HANDLERS.map((name) => handlers[name]?.waiting ?? Number.NaN);
  const probeRows = PROBES.map((name) => {
    const p = probes[name];
    if (!p) return '';
    return `| ${name} | ${ms(p.prime)} | ${ms(p.firstAnswer)} | ${p.calls.map(ms).join(' / ')} | ${p.flights.map(ms).join(' / ')} | ${ms(p.connect)} | ${name.startsWith('sdk') ? ms(p.before) : '–'} |`;
  });
  const markdown = `Cold start by phase (median of ${count} interleaved fresh processes each; bare \`node -e 0\` = ${ms(bare)}, subtracted from "total"; "in process": from the child's first line to the answer)

| handler | total | vs Apollo | in process | vs Apollo | load + evaluate (CPU) | schema build | handler construction | first request | of which DynamoDB in flight | CPU outside it | rest | DynamoDB calls | first call / later calls in flight |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

Lower bounds for ours vs Apollo, in process: DynamoDB's wait alone ${bound(handlers.ours?.waiting ?? 0)}; with the schema build too (the same Pothos schema in all three) ${bound((handlers.ours?.waiting ?? 0) + (handlers.ours?.schema ?? 0))}; the floor, which adds no framework at all, ${bound(handlers['graphql-js']?.inProcess ?? 0)}. DynamoDB waits: ${HANDLERS.map((n, i) => `${n} ${ms(waits[i] ?? Number.NaN)}`).join(', ')}.

A bare GetItem from a fresh process (1st / 2nd / 3rd call; "in flight": request written → response read)

| client | priming (load → aborted send's end) | load → 1st answer | call wall time | in flight | TCP connect done, after the request was queued (1st) | send() → request written (1st) |
|---|---|---|---|---|---|---|
${probeRows.join('\n')}
`;
  return { markdown, json: { bare, handlers, probes } };
}
