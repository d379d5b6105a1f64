import { ENGLISH_MONTHS } from '../../domain/calendar-names.js';
import type { EventKind, PartialDate } from '../../domain/event.js';
import type { SourceEvent } from '../parsed-entry.js';
import type { ExtractedPerson } from './people.js';

// Article text is read in English only (see build-document.ts), so the English names suffice here.
const MONTHS: readonly string[] = ENGLISH_MONTHS;

const TRIGGERS: { kind: EventKind; pattern: RegExp; label: string }[] = [
  { kind: 'SUMMIT', pattern: /\bsummits?\b/gi, label: 'Summit' },
  { kind: 'MEETING', pattern: /\b(met|meeting|talks)\b/gi, label: 'Meeting' },
  { kind: 'VISIT', pattern: /\bvisit(ed|s)?\b/gi, label: 'Visit' },
  { kind: 'CONFLICT', pattern: /\b(war|invasion)\b/gi, label: 'War' },
  { kind: 'ELECTION', pattern: /\belections?\b/gi, label: 'Election' },
];
const ANNIVERSARY = /\b(?:anniversary|celebration)\b(?:[^.,;]{0,40}?)\bof the ((?:[\p{L}-]+ ){0,8}?[\p{L}-]+?)(?= from\b| which\b| in\b|[,.;”"])/u;
const RELATIVE = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? (earlier|before|later|after)\b/i;
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

interface Clause {
  kind: EventKind;
  label: string;
  text: string;
  /** Where the trigger starts in `text`: a place or date is looked for after it. */
  triggerAt: number;
}

/**
 * Events told in English text: summits, meetings, visits, wars and elections with their place,
 * date and participants ("the summit held … in Vladivostok", "two months earlier in Hanoi"), and
 * anniversaries. Mentions of one event (same kind family, same place) are merged.
 */
export function extractEvents(paragraphs: readonly string[], people: readonly ExtractedPerson[]): SourceEvent[] {
  const found: SourceEvent[] = [];
  for (const sentence of paragraphs.flatMap(splitSentences)) {
    let previousStart: PartialDate | undefined;
    for (const clause of clausesOf(sentence)) {
      const place = placeIn(clause.text.slice(clause.triggerAt), people);
      const start = dateIn(clause.text.slice(clause.triggerAt)) ?? shift(previousStart, RELATIVE.exec(clause.text));
      previousStart = start ?? previousStart;
      if (!place) continue;
      found.push({ name: `${clause.label} in ${place}`, kind: clause.kind, ...(start ? { start } : {}), place: { name: place }, participants: participantsIn(clause.text, people) });
    }
    const anniversary = ANNIVERSARY.exec(sentence);
    if (anniversary?.[1]) found.push({ name: `Anniversary of the ${anniversary[1]}`, kind: 'ANNIVERSARY', participants: [] });
  }
  return merge(found);
}

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"])/u).filter(Boolean);
}

/** A sentence cut at each trigger: each clause runs from the previous trigger (or the start) to the next. */
function clausesOf(sentence: string): Clause[] {
  const hits = TRIGGERS.flatMap(({ kind, pattern, label }) => [...sentence.matchAll(pattern)].map((m) => ({ kind, label, at: m.index ?? 0 }))).sort((a, b) => a.at - b.at);
  return hits.map((hit, i) => {
    const from = i === 0 ? 0 : hit.at;
    const to = hits[i + 1]?.at ?? sentence.length;
    return { kind: hit.kind, label: hit.label, text: sentence.slice(from, to), triggerAt: hit.at - from };
  });
}

/** The first "in <Capitalised Name>" that is not a month, a year or a person. */
function placeIn(text: string, people: readonly ExtractedPerson[]): string | undefined {
  const personTokens = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/))));
  for (const match of text.matchAll(/\b(?:in|at) ((?:[A-Z][\p{L}-]+)(?: [A-Z][\p{L}-]+){0,2})/gu)) {
    const place = match[1] as string;
    const first = place.split(' ')[0] as string;
    if (MONTHS.includes(first.toLowerCase()) || personTokens.has(first) || /^(The|This|That|His|Her|Its)$/.test(first)) continue;
    return place;
  }
  return undefined;
}

/** "in April 1200" (month), "in 2019" (year), "on 25 April 2019" (day). */
function dateIn(text: string): PartialDate | undefined {
  const day = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{3,4})\b/.exec(text);
  if (day) return { value: `${(day[3] as string).padStart(4, '0')}-${month(day[2] as string)}-${(day[1] as string).padStart(2, '0')}`, precision: 'DAY' };
  const monthYear = /\b(January|February|March|April|May|June|July|August|September|October|November|December) (\d{3,4})\b/.exec(text);
  if (monthYear) return { value: `${(monthYear[2] as string).padStart(4, '0')}-${month(monthYear[1] as string)}`, precision: 'MONTH' };
  const year = /\bin (\d{3,4})\b/.exec(text);
  if (year) return { value: (year[1] as string).padStart(4, '0'), precision: 'YEAR' };
  return undefined;
}

const month = (name: string) => String(MONTHS.indexOf(name.toLowerCase()) + 1).padStart(2, '0');

/** "two months earlier" than a known date, at that date's precision or coarser. */
function shift(anchor: PartialDate | undefined, relative: RegExpExecArray | null): PartialDate | undefined {
  if (!anchor || !relative) return undefined;
  const amount = NUMBERS.indexOf((relative[1] as string).toLowerCase()) >= 0 ? NUMBERS.indexOf((relative[1] as string).toLowerCase()) : Number(relative[1]);
  const sign = /earlier|before/i.test(relative[3] as string) ? -1 : 1;
  const unit = (relative[2] as string).toLowerCase();
  const [y = 0, m = 1] = anchor.value.split('-').map(Number);
  if (unit === 'year') return { value: String(y + sign * amount).padStart(4, '0'), precision: 'YEAR' };
  if (unit === 'month' && anchor.precision !== 'YEAR') {
    const total = y * 12 + (m - 1) + sign * amount;
    return { value: `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`, precision: 'MONTH' };
  }
  return { value: String(y), precision: 'YEAR' };
}

/** People named in the clause by name, alias or the role phrase the article gave them. */
function participantsIn(text: string, people: readonly ExtractedPerson[]): string[] {
  const lower = text.toLowerCase();
  return people
    .filter((person) => {
      const names = [person.name, ...person.aliases].map((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\b`));
      const role = person.role?.replace(/^(the|an?)\s+/i, '').toLowerCase();
      return names.some((pattern) => pattern.test(text)) || (role !== undefined && lower.includes(role));
    })
    .map((person) => person.name);
}

/** Merges mentions of the same event: same place, meeting-like kinds folded into the strongest. */
function merge(events: SourceEvent[]): SourceEvent[] {
  const rank: EventKind[] = ['SUMMIT', 'VISIT', 'MEETING'];
  const merged = new Map<string, SourceEvent>();
  for (const event of events) {
    const family = rank.includes(event.kind) ? 'MEETING' : event.kind;
    const key = `${family}:${event.place?.name ?? event.name}`;
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, { ...event, participants: [...event.participants] });
      continue;
    }
    if (rank.indexOf(event.kind) >= 0 && rank.indexOf(event.kind) < rank.indexOf(existing.kind)) {
      existing.kind = event.kind;
      existing.name = event.name;
    }
    if (event.start && (!existing.start || precisionRank(event.start) > precisionRank(existing.start)) && (!existing.start || event.start.value.startsWith(existing.start.value))) {
      existing.start = event.start;
    }
    for (const person of event.participants) if (!existing.participants.includes(person)) existing.participants.push(person);
  }
  return [...merged.values()];
}

const precisionRank = (date: PartialDate) => ({ YEAR: 0, MONTH: 1, DAY: 2 })[date.precision];
