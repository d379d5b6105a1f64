/** What GraphiQL opens with: the newest articles with their translations, people and events. */
export const DEFAULT_QUERY = `# Welcome to the news content API. Press the run button (or Ctrl-Enter).
# Try locale: ["es", "en"] on articles, or person(name: "kim jong un").
{
  articles(first: 5) {
    edges {
      node {
        id
        headline
        servedLanguage
        publishedAt
        dateline
        photo { credit }
        translations { language headline kind }
        people { name description mentionCount }
        events { name kind start { value precision } place { name } }
        relatedArticles { headline }
        body
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}
`;
