import type { GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './types/article.js';
import './types/article-status.js';
import './types/audit-entry.js';
import './types/deleted-article.js';
import './types/event.js';
import './types/import-run.js';
import './types/mention.js';
import './types/partial-date.js';
import './types/person.js';
import './types/person-edits.js';
import './types/event-edits.js';
import './types/photo.js';
import './types/event-place.js';
import './types/organisation.js';
import './types/place.js';
import './types/genre.js';
import './types/section.js';
import './types/subject.js';
import './types/quality-flag.js';
import './types/quality-review.js';
import './types/correct-article.js';
import './types/source.js';
import './types/translation.js';

/** The public schema (GET and POST /graphql); built once per process. */
export const schema = builder.toSchema({ sortSchema: false, subGraph: 'public' });

let operator: GraphQLSchema | undefined;

/**
 * The operator schema (its own endpoint, operators only): the public one plus operator fields. Built on
 * first use: the public handler never needs it, and building it was ~5% of every cold start.
 */
export function operatorSchema(): GraphQLSchema {
  operator ??= builder.toSchema({ sortSchema: false, subGraph: 'operator' });
  return operator;
}
