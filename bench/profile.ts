import { buildProfiledWorker, openProfileDatabase, profileWorker, selfTimes } from './warm-profile.js';

/**
 * `npx tsx bench/profile.ts <article|tiny|front100> [requests] [framework]`: a CPU profile of the warm
 * worker as the benchmark runs it (bundled, production settings, data answered from memory), unminified
 * so functions keep their names. Prints the self-time shares by function and by package: on a shared
 * machine, shares and call sites survive the noise that absolute timings do not.
 * `npx tsx bench/profile-compare.ts` sets two frameworks' profiles side by side.
 */
const [query = 'tiny', requests = '20000', framework = 'ours'] = process.argv.slice(2);
const worker = await buildProfiledWorker('bench/dist/profile');
const database = await openProfileDatabase();
let file: string;
try {
  file = await profileWorker(worker, database, framework, query, Number(requests));
} finally {
  await database.close();
}
const { byFunction, byPackage, total } = selfTimes(file, worker);
const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => `${((100 * hits) / total).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n');
console.log(`${framework} ${query} × ${requests}: ${total} samples (${file})\n${top(byFunction, 40)}`);
console.log(`\nby module or package:\n${top(byPackage, 25)}`);
