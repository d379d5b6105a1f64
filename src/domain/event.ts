export const EVENT_KINDS = ['SUMMIT', 'MEETING', 'VISIT', 'ANNIVERSARY', 'CONFLICT', 'ELECTION', 'DISASTER', 'SPORT', 'CULTURE', 'OTHER'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date known to a day, a month or a year: "2019-04-25", "2019-04" or "2019". */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

export interface Place {
  name: string;
  country?: string;
}

/** Something that happened that articles cover: a summit, an anniversary, a war. */
export interface NewsEvent {
  /** A slug of name and start ("summit-in-vladivostok-2019-04"). */
  id: string;
  name: string;
  kind: EventKind;
  start?: PartialDate;
  end?: PartialDate;
  place?: Place;
  description?: string;
  /**
   * How many people took part; the participants themselves are a paged list of their own. Absent on
   * the copies of an event in people's timelines (the count changes without rewriting them).
   */
  participantCount?: number;
  updatedAt: string;
}

/**
 * An event as an import or an editor writes it: its fields, and participants to add. Participants are
 * edges of their own (any number of them), so a write adds people and never needs the whole list.
 */
export interface EventWrite extends Omit<NewsEvent, 'participantCount'> {
  participants: EventParticipant[];
}

export interface EventParticipant {
  personId: string;
  name: string;
}

/** An event as one article covers it. */
export interface EventCoverage {
  eventId: string;
  name: string;
}

const PRECISION_LENGTH: Record<DatePrecision, number> = { YEAR: 4, MONTH: 7, DAY: 10 };

/** The partial date's text cut to its precision ("2019-04-25" at MONTH → "2019-04"). */
export function partialDate(value: string, precision: DatePrecision): PartialDate {
  return { value: value.slice(0, PRECISION_LENGTH[precision]), precision };
}

/** A sortable key for a partial date: unknown dates sort first. */
export const dateSortKey = (date: PartialDate | undefined): string => date?.value ?? '0000';
