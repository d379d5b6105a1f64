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
   * Cost: every field 1, times the page size (`first` as sent, default 10) of each enclosing connection
   * and the length of each list argument (`nodes(ids:)`); priced per request with its variables.
   */
  maxCost: 5_000,
  /**
   * Fields whose resolver reads far more than it returns, priced by what they read: an event's related
   * events come from the timelines of up to ten participants (eleven Queries for at most five events).
   */
  fieldFactors: { relatedEvents: 50 } as Readonly<Record<string, number>>,
  /** Items in a list argument such as `nodes(ids:)`. */
  maxListArgument: 100,
  /** Lists without a page size (people of an article, its ≤5 related articles) count as this many. */
  listMultiplier: 5,
  /** Request body, checked before it is read as JSON. */
  maxBodyBytes: 100 * 1024,
} as const;
