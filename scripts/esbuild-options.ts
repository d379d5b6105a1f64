import type { BuildOptions } from 'esbuild';

/** How every Lambda bundle is built (the handlers, and the benchmark's peers, so they compare fairly). */
export const LAMBDA_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  sourcemap: false,
  // ESM entry points let esbuild tree-shake the AWS SDK and graphql (about 2/3 of the default size).
  mainFields: ['module', 'main'],
  legalComments: 'none',
  // Production builds of graphql-js and friends: graphql's development-mode instanceOf checks (for a
  // second copy of graphql, impossible in a bundle) cost about 2% of a warm request (npm run bench).
  // whatwg-node compares its own Request class with Node's global one once, when yoga is created; in
  // Node they always differ, and reading globalThis.Request makes Node load undici for the comparison
  // (~10 ms of every cold start, bench/profile-cold.ts). Nothing else in the bundles reads it.
  define: { 'process.env.NODE_ENV': '"production"', 'globalThis.Request': 'undefined' },
  // GraphiQL's 9 MB of code is served from dist/graphiql/, never bundled into the handler.
  external: ['@graphql-yoga/render-graphiql/graphiql'],
  logLevel: 'warning',
  // See the four files for why: together about 150 KB less to load on every cold start.
  alias: {
    '@aws-sdk/credential-provider-node': './src/lambda-shims/credentials.ts',
    '@fastify/busboy': './src/lambda-shims/busboy.ts',
    'lru-cache': './src/lambda-shims/lru-cache.ts',
    'urlpattern-polyfill': './src/lambda-shims/urlpattern.ts',
  },
};
