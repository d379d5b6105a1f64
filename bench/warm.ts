import { config } from '../src/config.js';
import { createGraphQLHandler } from '../src/http/graphql-handler.js';
import { createDocumentClient } from '../src/storage/client.js';
import { createRepositories } from '../src/storage/repositories.js';
import { createApolloHandler } from './peers/apollo.js';
import { createGraphQLJsHandler } from './peers/graphql-js.js';
import { postEvent, QUERIES } from './queries.js';
import { answerFromMemory } from './replay-client.js';

type Framework = 'ours' | 'graphql-js' | 'apollo';

/**
 * One framework's warm per-request cost, in its own process, printed as JSON. npm run bench bundles
 * this file like the Lambda handlers (bench/dist/warm.js: minified, production builds of the
 * libraries) and runs `node bench/dist/warm.js <ours|graphql-js|apollo>`.
 */
async function main(framework: Framework, iterations: number) {
  const settings = config();
  const client = createDocumentClient({ region: settings.region, endpoint: settings.dynamodbEndpoint });
  answerFromMemory(client);
  const deps = createRepositories(client, settings.tableName);
  const handler =
    framework === 'ours'
      ? createGraphQLHandler(deps, { ...settings, graphiql: false }, async () => undefined)
      : framework === 'apollo'
        ? createApolloHandler(deps)
        : createGraphQLJsHandler(deps);

  const event = postEvent(QUERIES.article);
  async function once(): Promise<void> {
    const result = await handler(event);
    if (result.statusCode !== 200 || !result.body?.includes('North Korea wants')) throw new Error(`${framework} answered ${result.statusCode}: ${result.body?.slice(0, 200)}`);
  }
  for (let i = 0; i < 500; i++) await once(); // warm-up: JIT, caches, and the recorded DynamoDB answers
  const samples = new Float64Array(iterations);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    await once();
    samples[i] = (performance.now() - t) * 1000;
  }
  const seconds = (performance.now() - started) / 1000;
  // CPU time is steadier than latency on a shared machine: time the VM waits for a core is not counted.
  const cpu = process.cpuUsage(cpuBefore);
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? 0;
  return { framework, iterations, requestsPerSecond: iterations / seconds, cpuUsPerRequest: (cpu.user + cpu.system) / iterations, p50us: at(0.5), p99us: at(0.99), samplesUs: sorted.filter((_, i) => i % Math.ceil(sorted.length / 400) === 0) };
}

main(process.argv[2] as Framework, Number(process.env.BENCH_ITERATIONS ?? 3000)).then(
  (result) => console.log(JSON.stringify(result)),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
