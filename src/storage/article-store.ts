import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Table } from './table.js';
import type { ArticleDocument } from '../domain/article.js';
import type { AuditEntry } from '../domain/audit.js';
import type {
  ArticleFilter,
  ArticleListing,
  ArticleReader,
  ArticleRepository,
  SaveOutcome,
  SlugMatch,
} from '../domain/article-repository.js';
import { InvalidInputError } from '../domain/errors.js';
import type { Page, PageRequest } from '../domain/pagination.js';
import { EDGE_SUMMARY } from './edge-summaries.js';
import { fromArticleItem } from './items.js';
import * as keys from './keys.js';
import { mapPage, queryPage, type PagedQuery } from './paged-query.js';
import { checkArticle, writeArticle } from './article-writer.js';
import { listUpdatedArticles } from './updated-articles.js';

/**
 * Reading articles in the single table (see schema/dynamodb.md for each pattern's key condition): all
 * the public handler builds, so its bundle leaves the writer out (esbuild drops the unused subclass).
 */
export class DynamoArticleReader implements ArticleReader {
  constructor(protected readonly table: Table) {}

  async findBySlug(slug: string): Promise<SlugMatch[]> {
    const output = await this.table.send(
      new QueryCommand({
        TableName: this.table.name,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.slugPartition(slug) },
      }),
    );
    return (output.Items ?? []).map((item) => ({
      articleId: String(item.articleId),
      language: keys.languageOfSlugSortKey(String(item.SK)),
    }));
  }

  async listArticles(filter: ArticleFilter, page: PageRequest): Promise<Page<ArticleListing>> {
    if (filter.updatedSince !== undefined) {
      if (Object.keys(filter).length > 1)
        throw new InvalidInputError('filter: updatedSince combines with no other filter');
      return listUpdatedArticles(this.table, filter.updatedSince, page);
    }
    const items = await queryPage(this.table, articleQuery(filter), page);
    return mapPage(items, listingOf);
  }

  async isEmpty(): Promise<boolean> {
    const page = await queryPage(this.table, articleQuery({}), { first: 1 });
    return page.edges.length === 0;
  }
}

/** Articles in the single table, read and written (the importer, the operator API). */
export class DynamoArticleRepository extends DynamoArticleReader implements ArticleRepository {
  saveArticle(document: ArticleDocument, audit?: AuditEntry): Promise<SaveOutcome> {
    return writeArticle(this.table, document, audit);
  }

  checkArticle(document: ArticleDocument): void {
    checkArticle(document);
  }
}

/**
 * A feed's summary, or an edge: with the summary its article's switch left on it (mentions, coverage),
 * else only the article's id (the reader loads the article and checks that it names the edge).
 */
function listingOf(item: Record<string, unknown>): ArticleListing {
  if (item.type === 'ArticleSummary') return { id: String(item.id), article: fromArticleItem(item) };
  const summary = item[EDGE_SUMMARY];
  if (!summary || typeof summary !== 'object') return { id: String(item.articleId) };
  // Renames and merges relink the article and its feed summary, not the copies on its edges: names come from the entities.
  const { namesCanonical: _stale, ...article } = fromArticleItem(summary as Record<string, unknown>);
  return { id: String(item.articleId), article };
}

/** Which index answers a filter: the feed, a language feed, or a person's or event's inverted edges. */
function articleQuery(filter: ArticleFilter): PagedQuery {
  const edges = [filter.personId, filter.eventId, filter.term].filter((value) => value !== undefined);
  const combinable = filter.term === undefined || filter.term.kind === 'Subject';
  const alone = filter.review === undefined || (edges.length === 0 && filter.language === undefined);
  if (edges.length > 1 || (filter.language !== undefined && edges.length === 1 && !combinable) || !alone)
    throw new InvalidInputError(
      'filter: give one of language, person, event, subject, section, organisation, place and genre, or one of the combinations person + language, event + language, subject + language (each with a date range)',
    );
  const from = filter.publishedAfter;
  const to = filter.publishedBefore === undefined ? undefined : keys.upperBound(`${filter.publishedBefore}#`);
  const partition = edgePartition(filter);
  if (partition !== undefined && filter.language !== undefined) {
    // One Query on GSI2: the article's edge items per language (see article-lists.ts).
    const list = keys.edgesInLanguage(partition, filter.language);
    return {
      ...whole(filter, keys.listName(list)),
      index: keys.INDEX.languageFeeds,
      partitionAttribute: 'GSI2PK',
      sortAttribute: 'GSI2SK',
      partition: list,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      descending: true,
    };
  }
  if (partition !== undefined) {
    const prefix = keys.ARTICLE_EDGE_PREFIX;
    return {
      ...whole(filter, keys.listName(partition, prefix)),
      index: keys.INDEX.feeds,
      partitionAttribute: 'GSI1PK',
      sortAttribute: 'GSI1SK',
      partition,
      prefix,
      ...(from !== undefined ? { from: `${prefix}${from}` } : {}),
      ...(to !== undefined ? { to: `${prefix}${to}` } : {}),
      descending: true,
    };
  }
  const byLanguage = filter.language !== undefined;
  const feed = byLanguage ? keys.languageFeed(filter.language as string) : feedPartition(filter);
  return {
    // The review queues are not counted (operators page through them).
    ...(filter.review ? {} : whole(filter, keys.listName(feed))),
    index: byLanguage ? keys.INDEX.languageFeeds : keys.INDEX.feeds,
    partitionAttribute: byLanguage ? 'GSI2PK' : 'GSI1PK',
    sortAttribute: byLanguage ? 'GSI2SK' : 'GSI1SK',
    partition: feed,
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    descending: true,
  };
}

/** All articles, or a review queue (its items sort like the feed's). */
const feedPartition = (filter: ArticleFilter): string =>
  filter.review ? keys.reviewPartition(filter.review.kind ?? keys.REVIEW_ALL) : keys.ALL_ARTICLES_FEED;

/** A list read whole is counted (totalCount); one narrowed by a date range is not. */
const whole = (filter: ArticleFilter, list: string) =>
  filter.publishedAfter === undefined && filter.publishedBefore === undefined ? { list } : {};

/** The GSI1 partition holding the inverted edges a filter reads, if it names a person, event or term. */
function edgePartition(filter: ArticleFilter): string | undefined {
  if (filter.personId !== undefined) return keys.personPartition(filter.personId);
  if (filter.eventId !== undefined) return keys.eventPartition(filter.eventId);
  if (filter.term !== undefined) return keys.termPartition(filter.term.kind, filter.term.termId);
  return undefined;
}
