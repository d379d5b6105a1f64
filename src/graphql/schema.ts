import { builder } from './builder.js';
import './types/article.js';
import './types/article-status.js';
import './types/audit-entry.js';
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
import './types/section.js';
import './types/subject.js';
import './types/quality-flag.js';
import './types/source.js';
import './types/translation.js';

/** The public schema (GET and POST /graphql); built once per process. */
export const schema = builder.toSchema({ sortSchema: false, subGraph: 'public' });

/** The operator schema (its own endpoint, operators only): the public one plus operator fields. */
export const operatorSchema = builder.toSchema({ sortSchema: false, subGraph: 'operator' });
