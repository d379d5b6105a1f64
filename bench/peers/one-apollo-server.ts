import type { Plugin } from 'esbuild';

/**
 * @as-integrations/aws-lambda is CommonJS only, so its `require('@apollo/server')` resolves to Apollo's CJS build
 * while our `import` resolves to the ESM build: a default bundle holds both copies (about 1,330 KB against 1,020 KB).
 * Apollo users bundle one copy, so the benchmark does too: every `@apollo/server` import resolves as ESM.
 */
export const oneApolloServer: Plugin = {
  name: 'one-apollo-server',
  setup(build) {
    build.onResolve({ filter: /^@apollo\/server(\/.*)?$/ }, async (args) => {
      if (args.pluginData === 'one-apollo-server') return undefined;
      const resolved = await build.resolve(args.path, {
        kind: 'import-statement',
        resolveDir: args.resolveDir,
        pluginData: 'one-apollo-server',
      });
      return { path: resolved.path, external: resolved.external, errors: resolved.errors };
    });
  },
};
