/** What GraphiQL opens with: the newest articles with their translations. */
export const DEFAULT_QUERY = `# Welcome to the news content API. Press the run button (or Ctrl-Enter).
{
  articles(first: 5) {
    edges {
      node {
        id
        headline
        language
        publishedAt
        dateline
        photo { credit }
        translations { language headline kind }
        body
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;
