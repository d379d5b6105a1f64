import type { Term } from './taxonomy.js';

/** The port storage implements for taxonomy terms (read by id through the entity reader). */
export interface TermRepository {
  /** Creates or replaces the term's item; its article edges are the article writes' business. */
  saveTerm(term: Term): Promise<void>;
}
