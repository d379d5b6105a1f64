/**
 * The version of what an import makes of a document: the items it stores (their layout and keys) and what
 * the enrichment finds (people, events, languages, flags). An unchanged document is normally not written
 * again; an article stored by an older build is, once, by the next import of its source. Bump this when a
 * release changes either, so a deployed table catches up (a scheduled import refreshes what its feeds
 * still list; `npm run import -- --concurrency 8 <archive>` refreshes the rest).
 *
 * 1: slim feed summaries (SUMMARY), bodies in BODY#nnn parts, update entries, review items.
 * 2: edges carry their article's summary; counted lists (totalCount) and events' article counts.
 * 3: quality flags bounded (50 per article, 200 characters each).
 * 4: articles copy their people's and events' names as stored (namesCanonical; lists serve them).
 */
export const BUILD_VERSION = 4;
