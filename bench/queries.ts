import type { APIGatewayProxyEventV2 } from 'aws-lambda';

export const SEED_SLUG = 'north-korea-wants-to-crash-bilateral-ties-with-russia';

/** The pages the issue names: article page (with translations, people, events, 5 related), front page, person page. */
export const QUERIES = {
  article: `{ article(slug: "${SEED_SLUG}") { headline body translations { language headline body } people { name description } events { name kind start { value } place { name } } relatedArticles { headline publishedAt } } }`,
  front10:
    '{ articles(first: 10) { edges { node { headline publishedAt translations { language headline } people { name } events { name } } } } }',
  front:
    '{ articles(first: 20) { edges { node { headline publishedAt translations { language headline } people { name } events { name } } } } }',
  front100:
    '{ articles(first: 100) { edges { node { headline publishedAt translations { language headline } people { name } events { name } } } } }',
  person10:
    '{ person(slug: "donald-trump") { name description events(first: 10) { edges { node { name start { value } } } } articles(first: 10) { edges { node { headline publishedAt } } } } }',
  person:
    '{ person(slug: "donald-trump") { name description events(first: 10) { edges { node { name start { value } } } } articles(first: 20) { edges { node { headline publishedAt } } } } }',
  person100:
    '{ person(slug: "donald-trump") { name description events(first: 10) { edges { node { name start { value } } } } articles(first: 100) { edges { node { headline publishedAt } } } } }',
  /** The smallest request: framework overhead only, no data. */
  tiny: '{ __typename }',
} as const;

/** A POST /graphql HTTP API v2 event, as API Gateway sends it. */
export function postEvent(query: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: 'POST /graphql',
    rawPath: '/graphql',
    rawQueryString: '',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      host: 'bench.example.com',
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'bench',
      domainName: 'bench.example.com',
      domainPrefix: 'bench',
      http: { method: 'POST', path: '/graphql', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: 'bench',
      routeKey: 'POST /graphql',
      stage: '$default',
      time: '28/Nov/2026:03:00:00 +0000',
      timeEpoch: 1795834800000,
    },
    body: JSON.stringify({ query }),
    isBase64Encoded: false,
  };
}
