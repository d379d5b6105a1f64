import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileCost, evaluateCost } from '../../../src/graphql/cost.js';
import { schema } from '../../../src/graphql/schema.js';

const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  evaluateCost(compileCost(parse(query), schema), operationName, variables);

describe('query cost', () => {
  it('counts each field once and multiplies a connection by its literal page size', () => {
    // articles 1 + 20 × (edges 1 + node 1 + headline 1)
    expect(cost('{ articles(first: 20) { edges { node { headline } } } }')).toEqual({ cost: 61 });
  });

  it('prices a page-size variable at the value sent', () => {
    const query = 'query($n: Int) { articles(first: $n) { edges { node { headline } } } }';

    expect(cost(query, { n: 3 })).toEqual({ cost: 10 });
    expect(cost(query, { n: 100 })).toEqual({ cost: 301 });
  });

  it("takes an absent variable from its own operation's default, then the connection default of 10", () => {
    const query =
      'query A($n: Int = 2) { articles(first: $n) { edges { cursor } } } query B($n: Int) { articles(first: $n) { edges { cursor } } }';

    expect(cost(query, {}, 'A')).toEqual({ cost: 5 });
    expect(cost(query, {}, 'B')).toEqual({ cost: 21 });
  });

  it('clamps page sizes to 1–100 and prices a non-integer at the maximum', () => {
    const query = 'query($n: Int) { articles(first: $n) { edges { cursor } } }';

    expect(cost(query, { n: -50 })).toEqual({ cost: 3 });
    expect(cost(query, { n: 10_000 })).toEqual({ cost: 201 });
    expect(cost(query, { n: 'ten' })).toEqual({ cost: 201 });
  });

  it('prices nodes(ids:) per id, literal or variable, and reports more than 100', () => {
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toEqual({ cost: 4 });
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b'] })).toEqual({ cost: 3 });
    expect(
      cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, String) }),
    ).toEqual({ tooMany: { field: 'nodes', argument: 'ids', count: 101 } });
  });

  it('prices related events by the timelines they read, not the five they return', () => {
    // events 1 + 100 × (edges 1 + node 1 + relatedEvents (1 + 50 × id 1))
    expect(cost('{ events(first: 100) { edges { node { relatedEvents { id } } } } }')).toEqual({ cost: 5301 });
  });

  it('prices a fragment used twice twice, measuring it once', () => {
    const query =
      '{ a: articles(first: 2) { ...F } b: articles(first: 2) { ...F } } fragment F on ArticleConnection { edges { cursor } }';

    expect(cost(query)).toEqual({ cost: 10 });
  });
});
