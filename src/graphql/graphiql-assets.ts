import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * GraphiQL's code is ~9 MB, more than a Lambda response may carry and too much to put in the handler
 * bundle. The page therefore loads it from separate, cacheable routes: `npm run build` writes the
 * assets gzipped next to the bundle (dist/graphiql/); from source they come from the npm package.
 */
export const GRAPHIQL_ASSETS = {
  'app.js': { export: 'js', type: 'text/javascript; charset=utf-8' },
  'app.css': { export: 'css', type: 'text/css; charset=utf-8' },
  'editor.worker.js': { export: 'editorWorkerService', type: 'text/javascript; charset=utf-8' },
  'json.worker.js': { export: 'jsonWorker', type: 'text/javascript; charset=utf-8' },
  'graphql.worker.js': { export: 'graphqlWorker', type: 'text/javascript; charset=utf-8' },
} as const;

export type GraphiQLAssetName = keyof typeof GRAPHIQL_ASSETS;

export const isGraphiQLAsset = (name: string): name is GraphiQLAssetName => Object.hasOwn(GRAPHIQL_ASSETS, name);

const cache = new Map<GraphiQLAssetName, Promise<Uint8Array>>();

/** The asset's bytes, gzip-compressed; loaded once per process. */
export function gzippedAsset(name: GraphiQLAssetName): Promise<Uint8Array> {
  let pending = cache.get(name);
  if (!pending) {
    pending = loadGzipped(name);
    cache.set(name, pending);
  }
  return pending;
}

const plainCache = new Map<GraphiQLAssetName, Promise<Uint8Array>>();

/** The asset's bytes for clients that do not take gzip: decompressed once per process, not per request. */
export function plainAsset(name: GraphiQLAssetName): Promise<Uint8Array> {
  let pending = plainCache.get(name);
  if (!pending) {
    pending = gzippedAsset(name).then((gzipped) => gunzipSync(gzipped));
    plainCache.set(name, pending);
  }
  return pending;
}

function assetsDirectory(): string {
  return process.env.GRAPHIQL_ASSETS_DIR ?? join(process.env.LAMBDA_TASK_ROOT ?? process.cwd(), 'dist', 'graphiql');
}

async function loadGzipped(name: GraphiQLAssetName): Promise<Uint8Array> {
  const built = join(assetsDirectory(), `${name}.gz`);
  if (existsSync(built)) return readFileSync(built);
  const module = (await import('@graphql-yoga/render-graphiql/graphiql')) as Record<string, string>;
  const source = module[GRAPHIQL_ASSETS[name].export];
  if (source === undefined) throw new Error(`GraphiQL asset ${name} is missing from @graphql-yoga/render-graphiql`);
  return gzipSync(source, { level: 9 });
}
