import type { ArticleDeletionRepository } from './article-deletion.js';
import type { ArticleReader, ArticleRepository } from './article-repository.js';
import type { AuditLogRepository } from './audit.js';
import type { EditorialRepository } from './editorial.js';
import type { EntityReader } from './entity-reader.js';
import type { EventRepository } from './event-repository.js';
import type { ImportRunRepository } from './import-run.js';
import type { ListCounts } from './list-counts.js';
import type { PersonRepository } from './person-repository.js';
import type { ArticleStatusRepository } from './takedown.js';
import type { TermRepository } from './term-repository.js';

/**
 * What the public API reads: no article writer and no editors' writes, so its handler's bundle carries
 * neither (issue 17: the bundle target).
 */
export interface ReadRepositories {
  articles: ArticleReader;
  people: PersonRepository;
  events: EventRepository;
  /** Only where merged, renamed or deleted ids now point. */
  editorial: Pick<EditorialRepository, 'resolve'>;
  terms: TermRepository;
  entities: EntityReader;
  runs: ImportRunRepository;
  audit: AuditLogRepository;
  /** Lists' sizes (totalCount), kept as counters on write. */
  counts: ListCounts;
}

/** The ports storage implements over the one table: what the operator API and the importer are built from. */
export interface Repositories extends ReadRepositories {
  articles: ArticleRepository;
  editorial: EditorialRepository;
  takedowns: ArticleStatusRepository;
  deletions: ArticleDeletionRepository;
}
