/**
 * Bundled in place of @fastify/busboy (multipart form parsing) in Lambda bundles: the API accepts only
 * JSON POSTs (anything else is answered 415 before the body is read), so multipart is never parsed.
 */
export default function busboy(): never {
  throw new Error('multipart bodies are not accepted');
}
export { busboy as Busboy };
