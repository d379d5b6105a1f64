import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { renderGraphiQLPage } from '../graphql/graphiql.js';
import { OPERATOR_PATH } from '../graphql/yoga.js';

/** What the operator GraphiQL opens with: the newest import runs, and an example takedown to adapt. */
export const OPERATOR_DEFAULT_QUERY = `# The operator API (npm start's key is in the Headers tab below).
# Find an article's ID with article(slug:) or importRuns, then run a mutation, for example:
#   mutation { unpublishArticle(id: "<ID>", reason: "legal notice") { id status } }
{
  importRuns(first: 3) {
    edges { node { id startedAt status counts { written rejected } documents(first: 20) { edges { node { articleId headline flags } } } } }
  }
}
`;

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * `npm start` only: a browser's GET on the operator path gets GraphiQL with the operator key already in
 * its headers, so an editor on this machine needs nothing but the page. Never deployed (on AWS the
 * route is IAM-signed POST only), and only for requests from this machine, since the page holds the key.
 */
export function operatorGraphiQL(
  event: APIGatewayProxyEventV2,
  operatorKey: string,
): APIGatewayProxyStructuredResultV2 | undefined {
  const { method, sourceIp } = event.requestContext.http;
  const wantsPage = method === 'GET' && /text\/html/.test(event.headers?.accept ?? '') && !event.rawQueryString;
  if (event.rawPath !== OPERATOR_PATH || !wantsPage || !LOOPBACK.test(sourceIp)) return undefined;
  const page = renderGraphiQLPage({
    title: 'News GraphQL: operator',
    endpoint: OPERATOR_PATH,
    headers: JSON.stringify({ 'x-api-key': operatorKey }, null, 2),
    defaultEditorToolsVisibility: 'headers',
    defaultQuery: OPERATOR_DEFAULT_QUERY,
  });
  // The assets are served beside the public GraphiQL (/graphiql/...): resolve the page's relative paths there.
  const body = page.replace('<head>', '<head>\n    <base href="/graphql" />');
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body,
  };
}
