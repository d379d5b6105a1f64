/**
 * Bundled in place of urlpattern-polyfill (18.6 KB) in Lambda bundles: Node 20 has no URLPattern, and
 * yoga's only use is matching its GraphQL endpoint, a literal path ("/graphql", "/operator/graphql"),
 * after it has already compared the pathname itself. A literal pattern matches exactly its own path;
 * anything with pattern syntax is refused at creation rather than matched wrongly.
 */
const PATTERN_SYNTAX = /[:*?+(){}\\]/;

export class URLPattern {
  private readonly pathname: string;

  constructor(init: { pathname?: string } = {}) {
    const pathname = init.pathname ?? '*';
    if (PATTERN_SYNTAX.test(pathname)) throw new TypeError(`URLPattern stand-in: only literal paths, not ${pathname}`);
    this.pathname = pathname;
  }

  test(input: string | { pathname: string }, baseURL?: string): boolean {
    const url = typeof input === 'string' ? new URL(input, baseURL) : input;
    return url.pathname === this.pathname;
  }
}
