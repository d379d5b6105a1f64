export const EVENT_KINDS = [
  'SUMMIT',
  'MEETING',
  'VISIT',
  'ANNIVERSARY',
  'CONFLICT',
  'ELECTION',
  'DISASTER',
  'SPORT',
  'CULTURE',
  'OTHER',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

/** A date known to a day, a month or a year: "2019-04-25", "2019-04" or "2019". */
export interface PartialDate {
  value: string;
  precision: DatePrecision;
}

/** A date as the text states it when it cannot be trusted (it sits in a span flagged as damaged). */
export interface StatedDate {
  /** Exactly as written ("April 1200", "two months earlier"). */
  text: string;
  /** The month, 1-12, when that part is plausible even though the year is not. */
  month?: number;
}

export interface Place {
  name: string;
  country?: string;
}

/** Something that happened that articles cover: a summit, an anniversary, a war. */
export interface NewsEvent {
  /** A slug of name and start ("summit-in-vladivostok-2019-04"); without a date when the date is uncertain. */
  id: string;
  name: string;
  kind: EventKind;
  start?: PartialDate;
  end?: PartialDate;
  /** The text gives a date, but from damaged text: no start is published, the statement is kept. */
  dateUncertain?: boolean;
  statedDate?: StatedDate;
  place?: Place;
  description?: string;
  /**
   * How many people took part; the participants themselves are a paged list of their own. Absent on
   * the copies of an event in people's timelines (the count changes without rewriting them).
   */
  participantCount?: number;
  /**
   * How many published articles cover the event (kept on write like a person's mentionCount). Public
   * reads show an event only while it is above 0; absent on timeline copies, which carry `covered`.
   */
  articleCount?: number;
  /** On a person's timeline copy: whether the event had a published article when last synced. */
  covered?: boolean;
  /** Fields an editor set: imports leave them as the editor left them. */
  overrides?: string[];
  /** People an editor removed from the event: imports do not add them back. */
  removedParticipants?: string[];
  updatedAt: string;
}

/**
 * An event as an import or an editor writes it: its fields, and participants to add. Participants are
 * edges of their own (any number of them), so a write adds people and never needs the whole list.
 */
export interface EventWrite extends Omit<NewsEvent, 'participantCount' | 'articleCount' | 'covered'> {
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

/**
 * The partial date an ISO 8601 date or date-time states, at the precision it states: "2019" YEAR, "2019-04" MONTH,
 * "2019-04-25" or a date-time ("2019-04-25T10:00:00Z") DAY. Longer than a day means at least a day, never a year.
 */
export function partialDateOf(value: string): PartialDate {
  return partialDate(value, value.length >= 10 ? 'DAY' : value.length >= 7 ? 'MONTH' : 'YEAR');
}

/** A sortable key for a partial date: unknown dates sort first. */
export const dateSortKey = (date: PartialDate | undefined): string => date?.value ?? '0000';

/**
 * Public pages and lists show an event only while a published article covers it (issue 12): the event
 * item's articleCount, or a timeline copy's `covered` mark, so the rule costs no read.
 */
export const isCovered = (event: Pick<NewsEvent, 'articleCount' | 'covered'>): boolean =>
  event.covered ?? (event.articleCount ?? 0) > 0;
