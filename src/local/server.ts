import { createServer, type Server } from 'node:http';
import { logger } from '../observability/logger.js';
import { toHttpApiEvent, writeHttpApiResult, type HttpApiHandler } from './http-bridge.js';

/** An HTTP server that passes every request through the Lambda handler, as API Gateway would. */
export function createLocalServer(handler: HttpApiHandler): Server {
  return createServer((request, response) => {
    toHttpApiEvent(request)
      .then(handler)
      .then((result) => writeHttpApiResult(result, response))
      .catch((error: unknown) => {
        // API Gateway answers 500 "Internal Server Error" when a handler throws; so do we.
        logger.error('handler failed', { error: error as Error });
        if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
        response.end('{"message":"Internal Server Error"}');
      });
  });
}

export function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}
