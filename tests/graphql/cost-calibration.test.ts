import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileCost, evaluateCost } from '../../src/graphql/cost.js';
import { COST, LIMITS } from '../../src/graphql/limits.js';
import { schema } from '../../src/graphql/schema.js';
import { graphqlClient } from '../support/graphql-client.js';
import { readmeExamples } from '../support/readme.js';
import { createSampleTable } from '../support/sample-table.js';
import type { TestTable } from '../support/test-table.js';

/** The app's list page the cost model must let through: 100 articles with what a list shows. */
const APP_PAGE = `{ articles(first: 100) { edges { cursor node { id slug headline summary publishedAt url
  image { url(width: 600) caption credit altText } photo { credit caption } source { publisher url }
  people { id name slug } events { id name slug kind } subjects translations { language headline slug } } }
  pageInfo { hasNextPage endCursor } } }`;

/** A 100-article list with every term list: five terms of each kind per article (one section, two genres), one item read each. */
const TAXONOMY_PAGE = `{ articles(first: 100) { edges { node { id headline taxonomy { subjects { slug name code }
  sections { slug name } organisations { slug name } places { slug name } genres { slug name } } } } } }`;

/** The README's example queries, titled by their comment's first words, and the app page. */
function pages(): [string, string][] {
  const examples = readmeExamples().map(({ title, query }): [string, string] => [
    title.split(/[:,(.]/)[0]?.trim() ?? title,
    query,
  ]);
  return [...examples, ['App list page, 100 articles', APP_PAGE], ['Taxonomy list, 100 articles', TAXONOMY_PAGE]];
}

const costOf = (query: string) => evaluateCost(compileCost(parse(query), schema), undefined, {});

let table: TestTable;
let query: ReturnType<typeof graphqlClient>;
const measured: { page: string; cost: number; calls: number; items: number; readUnits: number }[] = [];

beforeAll(async () => {
  table = await createSampleTable('calibration');
  query = graphqlClient(table);
  table.calls.measure(true);
  for (const [page, source] of pages()) {
    table.calls.reset();
    const { errors } = await query(source);
    if (errors) throw new Error(`${page}: ${errors[0]?.message}`);
    const verdict = costOf(source);
    measured.push({
      page,
      cost: 'cost' in verdict ? verdict.cost : Number.NaN,
      calls: table.calls.calls.length,
      items: table.calls.reads.items,
      readUnits: table.calls.reads.readUnits,
    });
  }
  table.calls.measure(false);
  // The table in docs/query-cost.md is this output.
  console.log(measured.map((m) => `| ${m.page} | ${m.cost} | ${m.calls} | ${m.items} | ${m.readUnits} |`).join('\n'));
}, 300_000);
afterAll(() => table.drop());

describe('the cost model, calibrated on the work pages do', () => {
  it('lets the 100-article app page through, measured at three DynamoDB calls', () => {
    const app = measured.find((m) => m.page.startsWith('App list page'));

    expect(app?.cost).toBeLessThanOrEqual(LIMITS.maxCost);
    // The feed Query, then the page's people and events at 100 keys per BatchGetItem (110 on the sample).
    expect(app?.calls).toBeLessThanOrEqual(3);
  });

  it('lets a 100-article list with all five term lists through', () => {
    const taxonomy = measured.find((m) => m.page.startsWith('Taxonomy list'));

    // 5.1 + 100 × (article 2 + edges, node, id, headline, taxonomy 0.5 + 5 lists 0.5 + subjects 5 × (term 1 +
    //   3 fields 0.3) + (1 section + 5 organisations + 5 places + 2 genres) × (term 1 + 2 fields 0.2)) = 2,515.1
    expect(taxonomy?.cost).toBe(2_516);
    expect(taxonomy?.cost).toBeLessThanOrEqual(LIMITS.maxCost);
  });

  it('never prices a page below the work it measured (items read, plus each call as COST.call items)', () => {
    for (const m of measured) expect(m.cost, m.page).toBeGreaterThanOrEqual(m.items + COST.call * m.calls);
  });

  it('never prices a page below its read units (an item of up to 4 KB is half a unit)', () => {
    for (const m of measured) expect(m.cost, m.page).toBeGreaterThanOrEqual(2 * m.readUnits);
  });
});
