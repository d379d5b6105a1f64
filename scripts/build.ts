import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { GRAPHIQL_ASSETS } from '../src/graphql/graphiql-assets.js';
import { LAMBDA_BUNDLE } from './esbuild-options.js';

/** `npm run build`: one minified bundle per handler in dist/, plus GraphiQL's assets gzipped. */
const HANDLERS = {
  graphql: 'src/handlers/graphql.ts',
  'operator-graphql': 'src/handlers/operator-graphql.ts',
  'import-content': 'src/handlers/import-content.ts',
  'import-worker': 'src/handlers/import-worker.ts',
  'refresh-names': 'src/handlers/refresh-names.ts',
  'content-changes': 'src/handlers/content-changes.ts',
  'invalidate-cache': 'src/handlers/invalidate-cache.ts',
};

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist/graphiql', { recursive: true });

await build({ ...LAMBDA_BUNDLE, entryPoints: HANDLERS, outdir: 'dist' });
// The project is "type": "module"; the bundles are CommonJS, for Lambda and for `node dist/x.js` alike.
writeFileSync('dist/package.json', '{ "type": "commonjs" }\n');

const assets = (await import('@graphql-yoga/render-graphiql/graphiql')) as Record<string, string>;
for (const [name, { export: key }] of Object.entries(GRAPHIQL_ASSETS)) {
  writeFileSync(`dist/graphiql/${name}.gz`, gzipSync(assets[key] ?? '', { level: 9 }));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
for (const name of Object.keys(HANDLERS)) {
  const file = `dist/${name}.js`;
  const size = statSync(file).size;
  console.log(
    `${file.padEnd(26)} ${kb(size).padStart(10)} minified  ${kb(gzipSync(readFileSync(file)).length).padStart(10)} gzipped`,
  );
}
