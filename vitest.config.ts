import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for Pothos and yoga; Vite would pick its ESM build for our
    // files. One module instance avoids "Cannot use GraphQLScalarType from another module or realm".
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/dynamodb-local.ts'],
    setupFiles: ['tests/setup/env.ts'],
    // Generous: a loaded 2-core machine runs these many times slower; timing belongs in the benchmark.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Vitest's default is one file at a time on a 2-core machine (cores - 1), but a file spends much of its
    // time waiting: on DynamoDB Local (its own Java process), on child processes, on HTTP timeouts. Two
    // files at once keep both cores busy; test files are independent (a table each, free ports).
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
