import { readFileSync } from 'node:fs';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';

type EventName = 'post-json' | 'get-query';

/** A real HTTP API v2 event from tests/fixtures/events, with the given parts replaced. */
export function httpApiEvent(
  name: EventName,
  change: (event: APIGatewayProxyEventV2) => void = () => {},
): APIGatewayProxyEventV2 {
  const event = JSON.parse(
    readFileSync(new URL(`../fixtures/events/${name}.json`, import.meta.url), 'utf8'),
  ) as APIGatewayProxyEventV2;
  change(event);
  return event;
}

/** A POST /graphql event carrying `body` as JSON. */
export function postGraphQL(body: unknown): APIGatewayProxyEventV2 {
  return httpApiEvent('post-json', (event) => {
    event.body = JSON.stringify(body);
  });
}
