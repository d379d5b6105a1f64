import type { EventKind, NewsEvent } from './event.js';
import type { Page, PageRequest } from './pagination.js';

export interface EventFilter {
  /** Inclusive bounds on the start date: "2019", "2019-04" or "2019-04-25". */
  from?: string;
  to?: string;
  kind?: EventKind;
  personId?: string;
}

export interface EventRepository {
  /** Events newest first (by start date), one Query per page. */
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<NewsEvent>>;
  /** Creates or updates the event and its place in each participant's timeline. */
  saveEvent(event: NewsEvent): Promise<void>;
}
