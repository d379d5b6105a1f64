import type { GraphiQLOptions, Plugin } from 'graphql-yoga';
import { GRAPHIQL_ASSETS, gzippedAsset, isGraphiQLAsset, plainAsset } from './graphiql-assets.js';

const ASSET_PATH = /\/graphiql\/([a-z.]+)$/;

/** GraphiQL's page: small, loading its code from the asset routes below (paths relative to /graphql). */
export function renderGraphiQLPage(options: GraphiQLOptions): string {
  // Escape "<" so no option value can close the script element.
  const settings = JSON.stringify(options).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${escapeHtml(options.title ?? 'GraphiQL')}</title>
    <link rel="stylesheet" href="graphiql/app.css" />
  </head>
  <body id="body" class="no-focus-outline">
    <noscript>You need to enable JavaScript to run GraphiQL.</noscript>
    <div id="root"></div>
    <script>
      const workers = { editorWorkerService: 'graphiql/editor.worker.js', json: 'graphiql/json.worker.js', graphql: 'graphiql/graphql.worker.js' };
      self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (moduleId, label) => new URL(workers[label], document.baseURI).href };
    </script>
    <script src="graphiql/app.js"></script>
    <script>YogaGraphiQL.renderYogaGraphiQL(document.querySelector('#root'), ${settings});</script>
  </body>
</html>`;
}

/** Serves GET /graphiql/<asset>: gzipped when the client accepts it, cacheable for a day. */
export function useGraphiQLAssets(): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      const name = request.method === 'GET' ? ASSET_PATH.exec(url.pathname)?.[1] : undefined;
      if (!name || !isGraphiQLAsset(name)) return;
      const acceptsGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const headers: Record<string, string> = {
        'content-type': GRAPHIQL_ASSETS[name].type,
        'cache-control': 'public, max-age=86400',
        vary: 'accept-encoding',
      };
      if (acceptsGzip) headers['content-encoding'] = 'gzip';
      const body = new Uint8Array(
        await (acceptsGzip ? gzippedAsset(name) : plainAsset(name)),
      ) as Uint8Array<ArrayBuffer>;
      endResponse(new fetchAPI.Response(body, { status: 200, headers }));
    },
  };
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
