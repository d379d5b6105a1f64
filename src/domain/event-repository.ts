import type { EventKind, EventParticipant, EventWrite, NewsEvent } from './event.js';
import type { Page, PageRequest } from './pagination.js';

export interface EventFilter {
  /** Inclusive bounds on the start date: "2019", "2019-04" or "2019-04-25". */
  from?: string;
  to?: string;
  kind?: EventKind;
  personId?: string;
}

export interface EventWithParticipants {
  event: NewsEvent;
  /** The first page of its participants, by id. */
  participants: Page<EventParticipant>;
}

export interface EventRepository {
  /** The event and its first `first` participants, in one Query. */
  getWithParticipants(id: string, first: number): Promise<EventWithParticipants | undefined>;
  /** Events newest first (by start date), one Query per page. */
  listEvents(filter: EventFilter, page: PageRequest): Promise<Page<NewsEvent>>;
  /** An event's participants, by name. */
  listParticipants(eventId: string, page: PageRequest): Promise<Page<EventParticipant>>;
  /**
   * Creates or updates the event and adds its participants (each in batches, so an event takes any
   * number of them); false when nothing changed. Every participant must exist.
   */
  saveEvent(event: EventWrite): Promise<boolean>;
}
