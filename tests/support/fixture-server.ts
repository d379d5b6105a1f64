import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';

export interface FixtureServer {
  url: (path: string) => string;
  requests: Map<string, number>;
  close: () => Promise<void>;
}

/**
 * A loopback HTTP server for the real fetch path: /guardian.rss with an ETag (304 on If-None-Match),
 * /flaky.json (429 once, then the JSON Feed), /down (always 503), /slow (answers after 60 s: longer than any
 * client timeout a test sets, however busy the machine).
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const requests = new Map<string, number>();
  const guardian = readFileSync(new URL('../fixtures/feeds/guardian.rss', import.meta.url));
  const jsonFeed = readFileSync(new URL('../fixtures/feeds/jsonfeed_example_1.json', import.meta.url));
  const server: Server = createServer((request, response) => {
    const path = request.url ?? '/';
    const count = (requests.get(path) ?? 0) + 1;
    requests.set(path, count);
    if (path === '/guardian.rss') {
      if (request.headers['if-none-match'] === '"guardian-v1"') return void response.writeHead(304).end();
      return void response
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"guardian-v1"' })
        .end(guardian);
    }
    if (path === '/flaky.json') {
      if (count === 1) return void response.writeHead(429, { 'retry-after': '0' }).end('slow down');
      return void response.writeHead(200, { 'content-type': 'application/feed+json' }).end(jsonFeed);
    }
    if (path === '/down') return void response.writeHead(503).end('maintenance');
    if (path === '/slow') return void setTimeout(() => response.writeHead(200).end('late'), 60_000).unref();
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
