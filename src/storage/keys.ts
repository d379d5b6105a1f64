/**
 * Every key of the single table is built here and nowhere else. The layout and the access pattern
 * each key serves are documented in schema/dynamodb.md; change both together.
 */
import type { TermKind } from '../domain/taxonomy.js';

export interface PrimaryKey {
  PK: string;
  SK: string;
}

export const INDEX = { feeds: 'GSI1', languageFeeds: 'GSI2' } as const;

const ARTICLE = 'ARTICLE';
const PERSON = 'PERSON';
const EVENT = 'EVENT';

export const articlePartition = (id: string): string => `${ARTICLE}#${id}`;
/** The article item itself: no index projects it, so a related-list update is one small write. */
export const articleKey = (id: string): PrimaryKey => ({ PK: articlePartition(id), SK: ARTICLE });

/**
 * The article's summary: the one article item the feeds index (the article without its body and its
 * related list), so a feed page's read units do not depend on article length.
 */
export const articleSummaryKey = (id: string): PrimaryKey => ({ PK: articlePartition(id), SK: 'SUMMARY' });

/** The original-language body, in parts of under one item's size: part 0 says how many there are. */
export const articleBodyKey = (id: string, part = 0): PrimaryKey => ({
  PK: articlePartition(id),
  SK: `BODY#${String(part).padStart(3, '0')}`,
});

export const translationKey = (articleId: string, language: string): PrimaryKey => ({
  PK: articlePartition(articleId),
  SK: `LANG#${language}`,
});

/**
 * A translation's body when it is too long to sit in the translation item: parts of under one item's
 * size, counted by the translation item's `bodyParts` (not LANG#-prefixed: only Translation items are).
 */
export const translationBodyKey = (articleId: string, language: string, part: number): PrimaryKey => ({
  PK: articlePartition(articleId),
  SK: `TBODY#${language}#${String(part).padStart(3, '0')}`,
});

/** Slugs are unique per language; one Query on the slug finds it in any language. */
export const slugKey = (slug: string, language: string): PrimaryKey => ({
  PK: slugPartition(slug),
  SK: `LANG#${language}`,
});
export const slugPartition = (slug: string): string => `SLUG#${slug}`;
export const languageOfSlugSortKey = (sk: string): string => sk.slice('LANG#'.length);

export const personPartition = (id: string): string => `${PERSON}#${id}`;
export const personKey = (id: string): PrimaryKey => ({ PK: personPartition(id), SK: PERSON });

export const eventPartition = (id: string): string => `${EVENT}#${id}`;
export const eventKey = (id: string): PrimaryKey => ({ PK: eventPartition(id), SK: EVENT });

/**
 * What an edited-away id now means: a Redirect (merged or renamed: to another id) or a Tombstone
 * (deleted: imports do not recreate it). It sits in the id's own partition, beside (or instead of) the
 * entity item, and no index sees it.
 */
export const redirectKey = (entity: 'Person' | 'Event', id: string): PrimaryKey => ({
  PK: entity === 'Person' ? personPartition(id) : eventPartition(id),
  SK: 'REDIRECT',
});

/** Name and alias lookups: one partition per normalized name, one item per person bearing it. */
export const nameKey = (normalizedName: string, personId: string): PrimaryKey => ({
  PK: namePartition(normalizedName),
  SK: `${PERSON}#${personId}`,
});
export const namePartition = (normalizedName: string): string => `NAME#${normalizedName}`;

/** Sort keys of feeds: ISO timestamps sort as strings; the id breaks ties so cursors are exact. */
export const feedSortKey = (publishedAt: string, id: string): string => `${publishedAt}#${id}`;

export const ALL_ARTICLES_FEED = 'FEED#ALL';
/** One feed per language tag, case folded ("en-GB" and "en-gb" are one feed). */
export const languageFeed = (language: string): string => `FEED#LANG#${language.toLowerCase()}`;

/**
 * An article is listed in the feed of each language it is available in besides its own by a small
 * entry item (the translation items, with their bodies, are not indexed). A regional variant ("en-GB")
 * is listed under its primary language too ("en"), so `language: "en"` finds every English article and
 * `language: "en-GB"` only British ones.
 */
export const languageEntryKeys = (articleId: string, language: string, publishedAt: string) => ({
  ...languageEntryKey(articleId, language),
  GSI2PK: languageFeed(language),
  GSI2SK: feedSortKey(publishedAt, articleId),
});
export const languageEntryKey = (articleId: string, language: string): PrimaryKey => ({
  PK: articlePartition(articleId),
  SK: `FEEDLANG#${language.toLowerCase()}`,
});

export const articleFeedKeys = (article: { id: string; publishedAt: string; language: string }) => ({
  GSI1PK: ALL_ARTICLES_FEED,
  GSI1SK: feedSortKey(article.publishedAt, article.id),
  GSI2PK: languageFeed(article.language),
  GSI2SK: feedSortKey(article.publishedAt, article.id),
});

/**
 * The review queues (GSI1), sparse: an article with open quality flags has one item in `REVIEW#ALL` and
 * one in `REVIEW#<kind>` per open kind, in its own collection; none once every flag is dismissed.
 */
export const REVIEW_ALL = 'ALL';
export const reviewPartition = (queue: string): string => `REVIEW#${queue}`;
export const reviewKey = (articleId: string, queue: string): PrimaryKey => ({
  PK: articlePartition(articleId),
  SK: `REVIEW#${queue}`,
});
export const reviewKeys = (articleId: string, queue: string, publishedAt: string) => ({
  ...reviewKey(articleId, queue),
  GSI1PK: reviewPartition(queue),
  GSI1SK: feedSortKey(publishedAt, articleId),
});

/**
 * Articles by last change, oldest first, for polling clients (`articles(filter: { updatedSince })`): a
 * slim entry per article in its collection, on GSI1 in one partition per month of `updatedAt`, so the
 * head of the feed moves to a new partition every month and no partition holds every change ever made.
 */
export const UPDATE_ENTRY_SORT_KEY = 'UPDATED';
export const updatedPartition = (month: string): string => `UPDATED#${month}`;
export const updateEntryKeys = (articleId: string, updatedAt: string) => ({
  PK: articlePartition(articleId),
  SK: UPDATE_ENTRY_SORT_KEY,
  GSI1PK: updatedPartition(updatedAt.slice(0, 7)),
  GSI1SK: feedSortKey(updatedAt, articleId),
});

/** Inverted edges on GSI1: a person's or an event's articles, newest first. */
export const ARTICLE_EDGE_PREFIX = 'ART#';
export const articleEdgeSortKey = (publishedAt: string, articleId: string): string =>
  `${ARTICLE_EDGE_PREFIX}${feedSortKey(publishedAt, articleId)}`;

/** Mention (article → person) lives in the article's collection; GSI1 inverts it. */
export const mentionKey = (articleId: string, personId: string): PrimaryKey => ({
  PK: articlePartition(articleId),
  SK: `${PERSON}#${personId}`,
});
export const mentionKeys = (articleId: string, personId: string, publishedAt: string) => ({
  ...mentionKey(articleId, personId),
  GSI1PK: personPartition(personId),
  GSI1SK: articleEdgeSortKey(publishedAt, articleId),
});

/** Coverage (article → event), inverted on GSI1 the same way. */
export const coverageKey = (articleId: string, eventId: string): PrimaryKey => ({
  PK: articlePartition(articleId),
  SK: `${EVENT}#${eventId}`,
});
export const coverageKeys = (articleId: string, eventId: string, publishedAt: string) => ({
  ...coverageKey(articleId, eventId),
  GSI1PK: eventPartition(eventId),
  GSI1SK: articleEdgeSortKey(publishedAt, articleId),
});

/** Taxonomy terms: one partition per term, its item on top of its inverted article edges (GSI1). */
const TERM_PREFIX: Record<TermKind, string> = {
  Subject: 'SUBJECT',
  Section: 'SECTION',
  Organisation: 'ORG',
  Place: 'PLACE',
  Genre: 'GENRE',
};
export const termPartition = (kind: TermKind, id: string): string => `${TERM_PREFIX[kind]}#${id}`;
export const termKey = (kind: TermKind, id: string): PrimaryKey => ({
  PK: termPartition(kind, id),
  SK: TERM_PREFIX[kind],
});

/** Filing (article → term) in the article's collection, inverted on GSI1 like mentions. */
export const TERM_EDGE_PREFIX = 'TERM#';
export const termEdgeKey = (articleId: string, kind: TermKind, termId: string): PrimaryKey => ({
  PK: articlePartition(articleId),
  SK: `${TERM_EDGE_PREFIX}${kind}#${termId}`,
});
export const termEdgeKeys = (articleId: string, kind: TermKind, termId: string, publishedAt: string) => ({
  ...termEdgeKey(articleId, kind, termId),
  GSI1PK: termPartition(kind, termId),
  GSI1SK: articleEdgeSortKey(publishedAt, articleId),
});

/**
 * A person's part in an event: an edge in the event's collection, keyed by the person's id (a slug of
 * their name, so the list reads by name; one edge per person whatever name an article used), inverted
 * on GSI1 into the person's partition by start date (their timeline). Any number of them.
 */
export const PARTICIPANT_PREFIX = 'PTP#';
export const EVENT_EDGE_PREFIX = 'EVT#';
export const participationKey = (eventId: string, personId: string): PrimaryKey => ({
  PK: eventPartition(eventId),
  SK: `${PARTICIPANT_PREFIX}${personId}`,
});
export const participationKeys = (eventId: string, personId: string, startSortKey: string, kind: string) => ({
  ...participationKey(eventId, personId),
  GSI1PK: personPartition(personId),
  GSI1SK: `${EVENT_EDGE_PREFIX}${startSortKey}#${eventId}`,
  GSI2PK: personEventsOfKind(personId, kind),
  GSI2SK: `${startSortKey}#${eventId}`,
});
/** A person's events of one kind ("a person's summits"): GSI2 on their participation edges. */
export const personEventsOfKind = (personId: string, kind: string): string =>
  `${personPartition(personId)}#KIND#${kind}`;

/**
 * Combined filters (a person's, an event's or a subject's articles in one language): one item per
 * edge and language the article is listed in, on GSI2 (GSI1 cannot take them: a person's GSI1 partition
 * is read from EVT# to PERSON for their page, and any LANG# sort key would land in between).
 */
export const LANGUAGE_EDGE_PREFIX = 'INLANG#';
export const edgesInLanguage = (partition: string, language: string): string =>
  `${partition}#LANG#${language.toLowerCase()}`;
export const languageEdgeKeys = (articleId: string, partition: string, language: string, publishedAt: string) => ({
  PK: articlePartition(articleId),
  SK: `${LANGUAGE_EDGE_PREFIX}${partition}#${language.toLowerCase()}#${publishedAt}`,
  GSI2PK: edgesInLanguage(partition, language),
  GSI2SK: feedSortKey(publishedAt, articleId),
});

/**
 * A person's own item sits in their GSI1 partition above their event edges ("PERSON" sorts after
 * "EVT#", which sorts after "ART#"), so one descending Query reads the person and their newest events.
 */
export const PERSON_PAGE_SORT_KEY = PERSON;

/** All people, by normalized name, on GSI2 (name-prefix searches are a begins_with on the sort key). */
export const PEOPLE_LIST = 'PEOPLE';
export const personListKeys = (normalizedName: string, id: string) => ({
  GSI1PK: personPartition(id),
  GSI1SK: PERSON_PAGE_SORT_KEY,
  GSI2PK: PEOPLE_LIST,
  GSI2SK: `${normalizedName}#${id}`,
});

/**
 * People by how many articles mention them, on GSI2: a small rank item per person (the person item's
 * own GSI slots are taken), its sort key the zero-padded count, so `ADD mentionCount` moves it.
 */
export const PEOPLE_BY_MENTIONS = 'PEOPLE#MENTIONS';
export const personRankKey = (id: string): PrimaryKey => ({ PK: personPartition(id), SK: 'RANK' });
export const personRankListKeys = (mentionCount: number, id: string) => ({
  GSI2PK: PEOPLE_BY_MENTIONS,
  GSI2SK: `${String(Math.max(0, mentionCount)).padStart(10, '0')}#${id}`,
});
/** The lowest rank sort key of a mentioned person: people at 0 sort below it and stay out of the list. */
export const MENTIONED_RANK_FROM = '0000000001';

/** The events timeline (GSI1) and one timeline per kind (GSI2), by start date. */
export const EVENTS_TIMELINE = 'EVENTS';
export const eventsOfKind = (kind: string): string => `EVENTS#KIND#${kind}`;
export const eventListKeys = (kind: string, startSortKey: string, id: string) => ({
  GSI1PK: EVENTS_TIMELINE,
  GSI1SK: `${startSortKey}#${id}`,
  GSI2PK: eventsOfKind(kind),
  GSI2SK: `${startSortKey}#${id}`,
});

/**
 * List counts (totalCount). A list is named by the index partition and sort-key prefix it is read from
 * (`FEED#ALL|`, `EVENT#<id>|ART#`); its counter is one item, and each item counted in it has a
 * membership marker in its own collection, so counting is idempotent (src/storage/counters.ts).
 */
export const listName = (partition: string, prefix = ''): string => `${partition}|${prefix}`;
export const counterKey = (list: string): PrimaryKey => ({ PK: `COUNT#${list}`, SK: 'COUNT' });
export const MEMBERSHIP_PREFIX = 'COUNTED#';
export const membershipKey = (owner: string, list: string): PrimaryKey => ({
  PK: owner,
  SK: `${MEMBERSHIP_PREFIX}${list}`,
});

/** The highest string sharing a prefix, for BETWEEN bounds ("2024" … "2024\uffff"). */
export const upperBound = (prefix: string): string => `${prefix}\uffff`;

/** Import runs: the run and its per-document outcomes in one collection; GSI1 lists runs newest first. */
export const runPartition = (id: string): string => `RUN#${id}`;
export const runKey = (id: string): PrimaryKey => ({ PK: runPartition(id), SK: 'RUN' });
export const RUN_DOCUMENT_PREFIX = 'DOC#';
export const runDocumentKey = (id: string, index: number): PrimaryKey => ({
  PK: runPartition(id),
  SK: `${RUN_DOCUMENT_PREFIX}${String(index).padStart(6, '0')}`,
});
export const RUNS_LIST = 'RUNS';
export const runListKeys = (startedAt: string, id: string) => ({ GSI1PK: RUNS_LIST, GSI1SK: `${startedAt}#${id}` });

/** What the scheduled importer remembers of a source between runs (ETag, Last-Modified). */
export const sourceStateKey = (sourceHash: string): PrimaryKey => ({ PK: `SOURCE#${sourceHash}`, SK: 'STATE' });
/** Where an interrupted scheduled import resumes. */
export const IMPORT_CURSOR_KEY: PrimaryKey = { PK: 'IMPORT', SK: 'CURSOR' };

/** Automatic persisted operations: the query text under its sha256. */
export const persistedOperationKey = (sha256Hash: string): PrimaryKey => ({ PK: `APQ#${sha256Hash}`, SK: 'APQ' });

/**
 * The audit log: one partition per audited entity (`AUDIT#Article#<id>`), entries by time, so an
 * entity's log newest first is one Query. An entity deleted keeps its log.
 */
export const auditPartition = (type: string, id: string): string => `AUDIT#${type}#${id}`;
export const auditKey = (type: string, id: string, at: string, sequence: string): PrimaryKey => ({
  PK: auditPartition(type, id),
  SK: `${at}#${sequence}`,
});

/** A deleted article's tombstone, by the id its source identity hashes to: imports check it by key. */
export const tombstoneKey = (articleId: string): PrimaryKey => ({ PK: `TOMBSTONE#${articleId}`, SK: 'TOMBSTONE' });
