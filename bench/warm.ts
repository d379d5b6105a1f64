import { createInterface } from 'node:readline';
import { config } from '../src/config.js';
import { createGraphQLHandler } from '../src/http/graphql-handler.js';
import { createDocumentClient } from '../src/storage/client.js';
import { createReadRepositories } from '../src/storage/repositories.js';
import { createApolloHandler } from './peers/apollo.js';
import { createGraphQLJsHandler } from './peers/graphql-js.js';
import { postEvent, QUERIES } from './queries.js';
import { answerFromMemory } from './replay-client.js';

type Framework = 'ours' | 'ours-full-path' | 'graphql-js' | 'apollo';
type Query = 'article' | 'tiny' | 'front100';

// What each answer must contain: a wrong or empty answer must not count as a fast one.
const EXPECTED: Record<Query, string> = {
  article: 'North Korea wants',
  tiny: '"__typename":"Query"',
  front100: '"edges":[{"node":{"headline"',
};

/**
 * A warm-benchmark worker for one framework and query: `node bench/dist/warm.js <ours|ours-full-path|graphql-js|apollo> [article|tiny|front100]`
 * (npm run bench bundles this file like the Lambda handlers: minified, production builds). It warms
 * up, prints {"ready":true}, then answers each `run N` line on stdin with the timings of N requests as
 * one JSON line. bench/warm-rounds.ts drives the four workers in alternation.
 */
async function main(framework: Framework, query: Query) {
  const settings = config();
  const client = createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint });
  answerFromMemory(client);
  // What the public handler builds (src/handlers/graphql.ts): the read repositories.
  const deps = createReadRepositories(client, settings.tableName);
  const handler =
    framework === 'ours' || framework === 'ours-full-path'
      ? // ours-full-path: every request through yoga's Fetch pipeline, to show what the direct path saves
        createGraphQLHandler(deps, { ...settings, graphiql: false }, async () => undefined, {
          directPath: framework === 'ours',
        })
      : framework === 'apollo'
        ? createApolloHandler(deps)
        : createGraphQLJsHandler(deps);

  const event = postEvent(QUERIES[query]);
  async function once(): Promise<void> {
    const result = await handler(event);
    if (result.statusCode !== 200 || !result.body?.includes(EXPECTED[query]))
      throw new Error(`${framework} answered ${result.statusCode}: ${result.body?.slice(0, 200)}`);
  }
  async function segment(iterations: number) {
    const samplesUs = new Array<number>(iterations);
    // CPU time is steadier than latency on a shared machine: time the VM waits for a core is not counted.
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    for (let i = 0; i < iterations; i++) {
      const t = performance.now();
      await once();
      samplesUs[i] = (performance.now() - t) * 1000;
    }
    const cpu = process.cpuUsage(cpuBefore);
    return { samplesUs, seconds: (performance.now() - started) / 1000, cpuUs: cpu.user + cpu.system };
  }

  await segment(1000); // warm-up: JIT, caches, and the recorded DynamoDB answers
  console.log(JSON.stringify({ ready: true }));
  for await (const line of createInterface({ input: process.stdin })) {
    const [command, count] = line.trim().split(' ');
    if (command !== 'run') break;
    console.log(JSON.stringify(await segment(Number(count))));
  }
}

main(process.argv[2] as Framework, (process.argv[3] ?? 'article') as Query).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
