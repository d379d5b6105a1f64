import type { ArticleDeletionRepository } from './article-deletion.js';
import type { ArticleRepository } from './article-repository.js';
import type { AuditLogRepository } from './audit.js';
import type { EditorialRepository } from './editorial.js';
import type { EntityReader } from './entity-reader.js';
import type { EventRepository } from './event-repository.js';
import type { ImportRunRepository } from './import-run.js';
import type { ListCounts } from './list-counts.js';
import type { PersonRepository } from './person-repository.js';
import type { ArticleStatusRepository } from './takedown.js';
import type { TermRepository } from './term-repository.js';

/** The ports storage implements over the one table: what the GraphQL context and the importer are built from. */
export interface Repositories {
  articles: ArticleRepository;
  people: PersonRepository;
  events: EventRepository;
  editorial: EditorialRepository;
  terms: TermRepository;
  entities: EntityReader;
  runs: ImportRunRepository;
  audit: AuditLogRepository;
  takedowns: ArticleStatusRepository;
  deletions: ArticleDeletionRepository;
  counts: ListCounts;
}
