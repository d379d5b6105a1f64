import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { Article } from '../domain/article.js';
import * as keys from './keys.js';
import type { Table } from './table.js';

/** The attribute of a mention or coverage edge holding its article's summary. */
export const EDGE_SUMMARY = 'summary';

const PARALLEL = 10;

/**
 * What a person's or event's article list serves from an edge, so the page needs no read of the
 * articles: the article as its feed summary has it (no body, no related list).
 */
export function edgeSummary(article: Article): Record<string, unknown> {
  const { body: _body, bodyBlocks: _blocks, related: _related, ...rest } = article;
  return rest;
}

/**
 * After the switch: each mention and coverage edge the article names gets the summary of the version
 * that now names it. Written only after the switch, so a summary on an edge is always of a version
 * readers may see; an edge without one (new, its write still going) is checked against the article
 * item by the reader. An edge removed meanwhile is not recreated.
 */
export async function publishEdgeSummaries(table: Table, article: Article): Promise<void> {
  const summary = edgeSummary(article);
  const edgeKeys = [
    ...article.people.map((p) => keys.mentionKey(article.id, p.personId)),
    ...article.events.map((e) => keys.coverageKey(article.id, e.eventId)),
  ];
  for (let i = 0; i < edgeKeys.length; i += PARALLEL)
    await Promise.all(edgeKeys.slice(i, i + PARALLEL).map((key) => setSummary(table, key, summary)));
}

async function setSummary(table: Table, key: keys.PrimaryKey, summary: Record<string, unknown>): Promise<void> {
  try {
    await table.send(
      new UpdateCommand({
        TableName: table.name,
        Key: key,
        UpdateExpression: 'SET #summary = :summary',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#summary': EDGE_SUMMARY },
        ExpressionAttributeValues: { ':summary': summary },
      }),
    );
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
  }
}
