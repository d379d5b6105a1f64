import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { compileCost, evaluateCost } from '../../../src/graphql/cost.js';
import { schema } from '../../../src/graphql/schema.js';

const cost = (query: string, variables: Record<string, unknown> = {}, operationName?: string) =>
  evaluateCost(compileCost(parse(query), schema), operationName, variables);

// Units: an item read 1 (an article item 2), a Query 5, a field resolved 0.1 (limits.ts, COST).
describe('query cost', () => {
  it('prices a connection as one Query plus the items of its page, and a tenth per field resolved', () => {
    // articles: field 0.1 + Query 5; 20 × (article 2 + edges, node, headline 0.3) = 46 → 51.1
    expect(cost('{ articles(first: 20) { edges { node { headline } } } }')).toEqual({ cost: 52 });
  });

  it('prices a page-size variable at the value sent', () => {
    const query = 'query($n: Int) { articles(first: $n) { edges { node { headline } } } }';

    // 5.1 + 3 × 2.3 = 12.0; 5.1 + 100 × 2.3 = 235.1
    expect(cost(query, { n: 3 })).toEqual({ cost: 12 });
    expect(cost(query, { n: 100 })).toEqual({ cost: 236 });
  });

  it('prices last: N like first: N, literal or variable', () => {
    const query = 'query($n: Int) { articles(last: $n) { edges { node { headline } } } }';

    expect(cost('{ articles(last: 20) { edges { node { headline } } } }')).toEqual({ cost: 52 });
    expect(cost(query, { n: 100 })).toEqual({ cost: 236 });
  });

  it("takes an absent variable from its own operation's default, then the connection default of 10", () => {
    const query =
      'query A($n: Int = 2) { articles(first: $n) { edges { cursor } } } query B($n: Int) { articles(first: $n) { edges { cursor } } }';

    // 5.1 + n × (2 + edges 0.1 + cursor 0.1)
    expect(cost(query, {}, 'A')).toEqual({ cost: 10 });
    expect(cost(query, {}, 'B')).toEqual({ cost: 28 });
  });

  it('prices a parsed document again for each request while a variable sets its cost, once when none does', () => {
    const byVariable = compileCost(parse('query($n: Int = 2) { articles(first: $n) { edges { cursor } } }'), schema);
    const literal = compileCost(parse('query($n: Int) { articles(first: 20) { edges { cursor } } }'), schema);

    // 5.1 + n × 2.2, with n = 2 (its default), then 100, then the default again
    expect(evaluateCost(byVariable, undefined, {})).toEqual({ cost: 10 });
    expect(evaluateCost(byVariable, undefined, { n: 100 })).toEqual({ cost: 226 });
    expect(evaluateCost(byVariable, undefined, undefined)).toEqual({ cost: 10 });
    // 5.1 + 20 × 2.2 whatever is sent: the first verdict is kept and reused
    const first = evaluateCost(literal, undefined, { n: 1 });
    expect(first).toEqual({ cost: 50 });
    expect(evaluateCost(literal, undefined, { n: 100 })).toBe(first);
  });

  it('clamps page sizes to 1–100 and prices a non-integer at the maximum', () => {
    const query = 'query($n: Int) { articles(first: $n) { edges { cursor } } }';

    expect(cost(query, { n: -50 })).toEqual({ cost: 8 });
    expect(cost(query, { n: 10_000 })).toEqual({ cost: 226 });
    expect(cost(query, { n: 'ten' })).toEqual({ cost: 226 });
  });

  it('prices nodes(ids:) per id, literal or variable, and reports more than 100', () => {
    // nodes 0.1 + ids × (a node read 2 + id 0.1)
    expect(cost('{ nodes(ids: ["a", "b", "c"]) { id } }')).toEqual({ cost: 7 });
    expect(cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['a', 'b'] })).toEqual({ cost: 5 });
    expect(
      cost('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, String) }),
    ).toEqual({ tooMany: { field: 'nodes', argument: 'ids', count: 101 } });
  });

  it('prices the people of each article as five reads, batched across articles', () => {
    // 5.1 + 10 × (article 2 + edges, node 0.2 + people 0.1 + 5 × (person 1 + name 0.1)) = 83.1
    expect(cost('{ articles { edges { node { people { name } } } } }')).toEqual({ cost: 84 });
  });

  it("prices a connection under a list once per parent: each person's articles is a Query", () => {
    // 100 articles × 5 people × (Query 5 + 100 articles × 2.2): refused at any sensible limit
    expect(
      cost('{ articles(first: 100) { edges { node { people { articles(first: 100) { edges { node { id } } } } } } } }'),
    ).toEqual({
      cost: 118_286,
    });
  });

  it("prices each term of an article's taxonomy lists as an item read: five assumed per list, one section, two genres", () => {
    const lists = ['subjects', 'sections', 'organisations', 'places', 'genres'].map((l) => `${l} { slug }`).join(' ');

    // 5.1 + 10 × (article 2 + edges, node 0.2 + taxonomy 0.1 + 5 lists 0.5 + (5 + 1 + 5 + 5 + 2) × (term 1 + slug 0.1)) = 231.1
    expect(cost(`{ articles { edges { node { taxonomy { ${lists} } } } } }`)).toEqual({ cost: 232 });
    // 5.1 + 10 × (2.2 + 0.1 + 0.1 + 5 × 1.1) = 84.1: one list of five costs what an article's people cost
    expect(cost('{ articles { edges { node { taxonomy { places { slug } } } } } }')).toEqual({ cost: 85 });
    // 5.1 + 10 × (2.2 + 0.1 + 0.1 + 2 × 1.1) = 51.1: a story has a genre or two
    expect(cost('{ articles { edges { node { taxonomy { genres { slug } } } } } }')).toEqual({ cost: 52 });
  });

  it("prices a term's articles under an article list as a Query per term, like a person's articles", () => {
    // 5.1 + 100 × (2.2 + taxonomy, subjects 0.2 + 5 × (term 1 + articles 0.1 + Query 5 + 100 × 2.3)) = 118,295.1
    expect(
      cost(
        '{ articles(first: 100) { edges { node { taxonomy { subjects { articles(first: 100) { edges { node { id } } } } } } } } }',
      ),
    ).toEqual({ cost: 118_296 });
    // A term page listing its articles' terms: 5.1 + 0.1 (subject) + 1 + 100 × (2.2 + 0.2 + 5 × 1.1) = 796.2
    expect(
      cost('{ subject(slug: "x") { articles(first: 100) { edges { node { taxonomy { places { name } } } } } } }'),
    ).toEqual({ cost: 797 });
  });

  it('prices related events by the timelines they read, not the five they return', () => {
    // 5.1 + 100 × (event 1 + edges, node 0.2 + relatedEvents 0.1 + 155 + 5 × (1 + id 0.1))
    expect(cost('{ events(first: 100) { edges { node { relatedEvents { id } } } } }')).toEqual({ cost: 16_186 });
  });

  it('prices a fragment used twice twice, measuring it once', () => {
    const query =
      '{ a: articles(first: 2) { ...F } b: articles(first: 2) { ...F } } fragment F on ArticleConnection { edges { cursor } }';

    // 2 × (5.1 + 2 × 2.2)
    expect(cost(query)).toEqual({ cost: 19 });
  });
});
