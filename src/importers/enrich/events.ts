import type { EventKind, PartialDate } from '../../domain/event.js';
import { isMonthName, RELATIVE, readDate, shiftReading, type DateReading } from './event-dates.js';
import type { SourceEvent } from '../parsed-entry.js';
import type { ExtractedPerson } from './people.js';

const TRIGGERS: { kind: EventKind; pattern: RegExp; label: string }[] = [
  { kind: 'SUMMIT', pattern: /\bsummits?\b/gi, label: 'Summit' },
  { kind: 'MEETING', pattern: /\b(met|meeting|talks)\b/gi, label: 'Meeting' },
  { kind: 'VISIT', pattern: /\bvisit(ed|s)?\b/gi, label: 'Visit' },
  { kind: 'CONFLICT', pattern: /\b(war|invasion)\b/gi, label: 'War' },
  { kind: 'ELECTION', pattern: /\belections?\b/gi, label: 'Election' },
];
const ANNIVERSARY =
  /\b(?:anniversary|celebration)\b(?:[^.,;]{0,40}?)\bof the ((?:[\p{L}-]+ ){0,8}?[\p{L}-]+?)(?= from\b| which\b| in\b|[,.;”"])/u;

interface Clause {
  kind: EventKind;
  label: string;
  text: string;
  /** Where the trigger starts in `text`: a place or date is looked for after it. */
  triggerAt: number;
  /** Where `text` starts in its sentence. */
  at: number;
}

/** A span of a paragraph flagged as damaged (a QualityFlag fits). */
export interface DamagedSpan {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Events told in English text: summits, meetings, visits, wars and elections with their place,
 * date and participants ("the summit held … in Vladivostok", "two months earlier in Hanoi"), and
 * anniversaries. Mentions of one event (same kind family, same place) are merged. A date inside a
 * damaged span is never a fact: the event keeps it as stated text (and month), without a start.
 */
export function extractEvents(
  paragraphs: readonly string[],
  people: readonly ExtractedPerson[],
  damaged: readonly DamagedSpan[] = [],
): SourceEvent[] {
  const found: SourceEvent[] = [];
  paragraphs.forEach((paragraph, index) => {
    const isDamaged = (start: number, end: number) =>
      damaged.some((span) => span.paragraph === index && span.start < end && start < span.end);
    for (const { sentence, offset } of sentencesOf(paragraph)) {
      let previous: DateReading | undefined;
      for (const clause of clausesOf(sentence)) {
        const after = clause.text.slice(clause.triggerAt);
        const place = placeIn(after, people);
        const reading =
          readDate(after, offset + clause.at + clause.triggerAt, isDamaged) ??
          shiftReading(previous, RELATIVE.exec(clause.text));
        previous = reading ?? previous;
        if (!place) continue;
        const date = reading?.start ? { start: reading.start } : reading?.stated ? { statedDate: reading.stated } : {};
        found.push({
          name: `${clause.label} in ${place}`,
          kind: clause.kind,
          ...date,
          place: { name: place },
          participants: participantsIn(clause.text, people),
        });
      }
      const anniversary = ANNIVERSARY.exec(sentence);
      if (anniversary?.[1])
        found.push({ name: `Anniversary of the ${anniversary[1]}`, kind: 'ANNIVERSARY', participants: [] });
    }
  });
  return merge(found);
}

/** The paragraph's sentences with where each starts. */
function sentencesOf(paragraph: string): { sentence: string; offset: number }[] {
  let cursor = 0;
  return splitSentences(paragraph).map((sentence) => {
    const offset = paragraph.indexOf(sentence, cursor);
    cursor = offset + sentence.length;
    return { sentence, offset };
  });
}

function splitSentences(paragraph: string): string[] {
  return paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"])/u).filter(Boolean);
}

/** A sentence cut at each trigger: each clause runs from the previous trigger (or the start) to the next. */
function clausesOf(sentence: string): Clause[] {
  const hits = TRIGGERS.flatMap(({ kind, pattern, label }) =>
    [...sentence.matchAll(pattern)].map((m) => ({ kind, label, at: m.index ?? 0 })),
  ).sort((a, b) => a.at - b.at);
  return hits.map((hit, i) => {
    const from = i === 0 ? 0 : hit.at;
    const to = hits[i + 1]?.at ?? sentence.length;
    return { kind: hit.kind, label: hit.label, text: sentence.slice(from, to), triggerAt: hit.at - from, at: from };
  });
}

/** The first "in <Capitalised Name>" that is not a month, a year or a person. */
function placeIn(text: string, people: readonly ExtractedPerson[]): string | undefined {
  const personTokens = new Set(people.flatMap((p) => [p.name, ...p.aliases].flatMap((n) => n.split(/\s+/))));
  for (const match of text.matchAll(/\b(?:in|at) ((?:[A-Z][\p{L}-]+)(?: [A-Z][\p{L}-]+){0,2})/gu)) {
    const place = match[1] as string;
    const first = place.split(' ')[0] as string;
    if (isMonthName(first) || personTokens.has(first) || /^(The|This|That|His|Her|Its)$/.test(first)) continue;
    return place;
  }
  return undefined;
}

/** People named in the clause by name, alias or the role phrase the article gave them. */
function participantsIn(text: string, people: readonly ExtractedPerson[]): string[] {
  const lower = text.toLowerCase();
  return people
    .filter((person) => {
      const names = [person.name, ...person.aliases].map(
        (n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}\\b`),
      );
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
    if (
      event.start &&
      (!existing.start || precisionRank(event.start) > precisionRank(existing.start)) &&
      (!existing.start || event.start.value.startsWith(existing.start.value))
    ) {
      existing.start = event.start;
    }
    // A trusted date wins over a stated one; of two stated dates, the one that keeps a month.
    if (
      event.statedDate &&
      (!existing.statedDate || (existing.statedDate.month === undefined && event.statedDate.month !== undefined))
    )
      existing.statedDate = event.statedDate;
    if (existing.start) delete existing.statedDate;
    for (const person of event.participants)
      if (!existing.participants.includes(person)) existing.participants.push(person);
  }
  return [...merged.values()];
}

const precisionRank = (date: PartialDate) => ({ YEAR: 0, MONTH: 1, DAY: 2 })[date.precision];
