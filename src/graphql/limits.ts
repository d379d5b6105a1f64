/**
 * Every limit on incoming GraphQL, in one place. Per stage they are the same; what changes on prod is
 * only that rejections do not reveal the limits or the computed cost (see README, Security).
 */
export const LIMITS = {
  /** Characters in the query document, checked before parsing. */
  maxQueryLength: 20_000,
  /** Lexical tokens, enforced by graphql-js's parser (maxTokens). */
  maxTokens: 2_000,
  /** Selection depth; a connection spends two levels on `edges { node }`. */
  maxDepth: 8,
  /** Depth inside __schema/__type: GraphiQL's introspection needs about 13; recursion past 15 is refused. */
  maxIntrospectionDepth: 15,
  /** Aliased fields, `__typename` included. */
  maxAliases: 15,
  /** Directives in the document. */
  maxDirectives: 10,
  /** Brackets ({, [, () nested in the query text, checked before parsing (the parser recurses on them). */
  maxNesting: 40,
  /**
   * Cost, in units of work (COST below): a Query per connection executed, the items each read, the
   * entities loaded for lists (people, events, related articles, mentions), a tenth per field resolved;
   * page sizes (`first` as sent, default 10) and list arguments (`nodes(ids:)`) multiply what is under
   * them. Calibrated against measured DynamoDB calls and read units in docs/query-cost.md.
   */
  maxCost: 3_000,
  /**
   * Entities read per item returned, in item reads (an article item carries its body: about two). A
   * taxonomy term is one small item, read with the page's other entities (an article's `taxonomy` lists).
   */
  itemWeights: {
    Article: 2,
    Person: 1,
    Event: 1,
    Node: 2,
    Subject: 1,
    Section: 1,
    Organisation: 1,
    Place: 1,
    Genre: 1,
  } as Readonly<Record<string, number>>,
  /**
   * Fields whose resolver reads far more than it returns, priced by what they read once per execution:
   * an event's related events come from the timelines of up to ten participants (eleven Queries and
   * up to ten timelines of events). A connection's totalCount reads its counter item, priced with a call of its own (counters are batched, but
   * into a BatchGetItem separate from the page's).
   */
  fieldReads: { relatedEvents: 11 * 5 + 100, totalCount: 1 + 5 } as Readonly<Record<string, number>>,
  /** Items in a list argument such as `nodes(ids:)`. */
  maxListArgument: 100,
  /** Lists without a page size (people of an article, its ≤5 related articles) count as this many. */
  listMultiplier: 5,
  /**
   * Lists without a page size that sources keep short, by `Type.field`: a story sits in one section
   * (Guardian, ninjs, news-document) and has a genre or two (IPTC genre, Guardian tone/type tags).
   */
  listSizes: { 'ArticleTaxonomy.sections': 1, 'ArticleTaxonomy.genres': 2 } as Readonly<Record<string, number>>,
  /** Request body, checked before it is read as JSON. */
  maxBodyBytes: 100 * 1024,
} as const;

/**
 * The unit of cost is one item read (an item of up to 4 KB: half a read capacity unit, eventually
 * consistent). A Query is a round trip of its own, priced as five item reads; a field resolved in memory
 * as a tenth of one (serializing a 100-article page of 70 fields each is about 700 units of CPU).
 */
export const COST = { item: 1, call: 5, field: 0.1 } as const;
