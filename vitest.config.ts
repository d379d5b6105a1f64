import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Node loads graphql's CommonJS build for Pothos and yoga; Vite would pick its ESM build for our
// files. One module instance avoids "Cannot use GraphQLScalarType from another module or realm".
const resolve = { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] };
const common = {
  setupFiles: ['tests/setup/env.ts'],
  // Generous: a loaded 2-core machine runs these many times slower; timing belongs in the benchmark.
  testTimeout: 120_000,
  hookTimeout: 300_000,
  pool: 'forks' as const,
};

export default defineConfig({
  resolve,
  test: {
    // The root project's, run once for both projects below (they inherit what it provides).
    globalSetup: ['tests/setup/dynamodb-local.ts'],
    // Vitest's default is one file at a time on a 2-core machine (cores - 1), but a file spends much of its
    // time waiting: on DynamoDB Local (its own Java process), on child processes, on HTTP timeouts. Two
    // files at once keep both cores busy; test files are independent (a table each, free ports).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        resolve,
        // Pure tests (no environment, no mocks, no tables) share their workers' loaded modules: loading
        // the importers and the schema again for each of ~60 files was most of their time.
        test: { ...common, name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false },
      },
      {
        resolve,
        test: { ...common, name: 'integration', include: ['tests/**/*.test.ts'], exclude: ['tests/unit/**'] },
      },
    ],
  },
});
