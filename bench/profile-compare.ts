import { writeFileSync } from 'node:fs';
import {
  buildProfiledWorker,
  openProfileDatabase,
  profileWorker,
  SAMPLE_INTERVAL_US,
  selfTimes,
  WARM_UP_REQUESTS,
} from './warm-profile.js';

/**
 * `npx tsx bench/profile-compare.ts [article|tiny|front100] [requests] [ours] [graphql-js]`: CPU profiles of two
 * warm workers (bench/profile.ts's), taking turns in 2 rounds, set side by side as µs of self time per request:
 * by package, and the functions where the two differ most (also written to bench/results/profile-compare-<query>.md). The profile includes each worker's start and
 * warm-up (bench/warm.ts), spread over the requests here; both pay the same, so the differences stand.
 */
const [query = 'article', requests = '30000', a = 'ours', b = 'graphql-js'] = process.argv.slice(2);
const ROUNDS = 2;
const perRound = Math.round(Number(requests) / ROUNDS);
const worker = await buildProfiledWorker('bench/dist/profile-compare');
const database = await openProfileDatabase();
const sums = { [a]: new Map<string, number>(), [b]: new Map<string, number>() };
const packages = { [a]: new Map<string, number>(), [b]: new Map<string, number>() };
const add = (into: Map<string, number>, from: Map<string, number>) => {
  for (const [key, hits] of from) into.set(key, (into.get(key) ?? 0) + hits);
};
try {
  for (let round = 0; round < ROUNDS; round++)
    for (const framework of round % 2 ? [b, a] : [a, b]) {
      const times = selfTimes(await profileWorker(worker, database, framework, query, perRound), worker);
      add(sums[framework] as Map<string, number>, times.byFunction);
      add(packages[framework] as Map<string, number>, times.byPackage);
    }
} finally {
  await database.close();
}

const [left, right] = [sums[a] as Map<string, number>, sums[b] as Map<string, number>];
// The machine's speed drifts between runs: the second worker's times are scaled so that the functions both
// run (the resolvers, graphql-js, the SDK's unmarshalling) cost the same, leaving what differs.
const shared = [...left.keys()].filter((key) => right.has(key) && key !== '(idle) ');
const sum = (map: Map<string, number>, keys: string[]) => keys.reduce((total, key) => total + (map.get(key) ?? 0), 0);
const scale = sum(left, shared) / sum(right, shared);
const us = (hits: number | undefined) => ((hits ?? 0) * SAMPLE_INTERVAL_US) / (ROUNDS * (perRound + WARM_UP_REQUESTS));
const fmt = (value: number) => value.toFixed(1).padStart(7);
const total = (map: Map<string, number>) => [...map.values()].reduce((sum, hits) => sum + hits, 0);
function table(left: Map<string, number>, right: Map<string, number>, rows: number, minimum: number) {
  const keys = new Set([...left.keys(), ...right.keys()]);
  return [...keys]
    .map((key) => ({ key, l: us(left.get(key)), r: us(right.get(key)) * scale }))
    .filter((row) => Math.abs(row.l - row.r) >= minimum)
    .sort((x, y) => Math.abs(y.l - y.r) - Math.abs(x.l - x.r))
    .slice(0, rows)
    .map((row) => `| ${row.key} | ${fmt(row.l)} | ${fmt(row.r)} | ${fmt(row.l - row.r)} |`)
    .join('\n');
}
const report = `${query}, ${ROUNDS} × ${perRound} requests each (plus ${WARM_UP_REQUESTS} warm-up per run): CPU µs of self time per request
total: ${a} ${us(total(left)).toFixed(1)} µs, ${b} ${us(total(right)).toFixed(1)} µs as measured, ${(us(total(right)) * scale).toFixed(1)} µs scaled by ${scale.toFixed(3)} (${b}'s columns below are scaled: the functions both run cost the same)

| package or module | ${a} | ${b} | difference |
|---|---|---|---|
${table(packages[a] as Map<string, number>, packages[b] as Map<string, number>, 25, 0.5)}

| function | ${a} | ${b} | difference |
|---|---|---|---|
${table(left, right, 40, 1)}`;
writeFileSync(`bench/results/profile-compare-${query}.md`, `${report}\n`);
console.log(report);
