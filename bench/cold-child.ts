import { subscribe } from 'node:diagnostics_channel';
import type { ClientRequest, IncomingMessage } from 'node:http';

/**
 * One cold start, timed from inside (bench/cold-phases.ts bundles this file and runs it in a fresh process):
 * `node cold-child.js handler <bundle> <expect> <event JSON>` loads a handler bundle and answers one event;
 * `node cold-child.js get|raw <bundle>` loads bench/cold-get-entry.ts's bundle and sends three GetItems, with
 * the handlers' client (get) or node:http alone (raw). Prints one JSON line of phases in milliseconds. The bundles under test call
 * `globalThis.__coldMark(name)` where cold-phases.ts's build inserted marks (schema built, handler built).
 */
const marks: Record<string, number> = { start: performance.now() };
(globalThis as { __coldMark?: (name: string) => void }).__coldMark = (name) => {
  marks[name] = performance.now();
};

// Time with at least one HTTP request to DynamoDB in flight (request written → response body read),
// the CPU this process used meanwhile, and each request's own timings.
interface Flight {
  start: number;
  connect?: number;
  end?: number;
  wasConnected: boolean;
}
const flights: Flight[] = [];
let active = 0;
let openedAt = 0;
let openedCpu = 0;
let inFlightMs = 0;
let inFlightCpuMs = 0;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
subscribe('http.client.request.start', (message) => {
  const request = (message as { request: ClientRequest }).request;
  const flight: Flight = { start: performance.now(), wasConnected: false };
  flights.push(flight);
  if (active++ === 0) {
    openedAt = flight.start;
    openedCpu = cpuMs();
  }
  // Published when the request has been written (or queued on a socket still connecting).
  flight.wasConnected = request.reusedSocket;
  if (request.socket?.connecting) request.socket.once('connect', () => (flight.connect = performance.now()));
  request.once('response', (response: IncomingMessage) =>
    response.once('end', () => {
      flight.end = performance.now();
      if (--active === 0) {
        inFlightMs += flight.end - openedAt;
        inFlightCpuMs += cpuMs() - openedCpu;
      }
    }),
  );
});

async function main(): Promise<Record<string, unknown>> {
  const [mode, bundle, expect = '', event = '{}'] = process.argv.slice(2);
  const loadedCpu0 = cpuMs();
  const module = require(bundle!);
  marks.loaded = performance.now();
  const loadCpu = cpuMs() - loadedCpu0;
  if (mode === 'get' || mode === 'raw')
    return { loadCpu, ...(await module[mode === 'get' ? 'threeGets' : 'rawGets']()), flights: flightTimes() };
  const cpu0 = cpuMs();
  const result = await module.handler(JSON.parse(event), { awsRequestId: 'cold' });
  marks.answered = performance.now();
  if (result.statusCode !== 200 || !result.body.includes(expect)) throw new Error(result.body.slice(0, 300));
  return { loadCpu, requestCpu: cpuMs() - cpu0, inFlightMs, inFlightCpuMs, flights: flightTimes() };
}

function flightTimes() {
  return flights.map((f) => ({
    start: f.start,
    connectMs: f.connect === undefined ? undefined : f.connect - f.start,
    ms: (f.end ?? Number.NaN) - f.start,
    reused: f.wasConnected,
  }));
}

main().then(
  (result) => {
    console.log(JSON.stringify({ marks, ...result }));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(3);
  },
);
