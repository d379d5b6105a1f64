import type { NewsEvent } from '../src/domain/event.js';
import { normalizeName } from '../src/domain/names.js';
import type { Person } from '../src/domain/person.js';
import type { QualityFlag } from '../src/domain/quality.js';
import { goldName, goldNames, type GoldDocument, type GoldEvent } from './gold.js';

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyTally = (): Tally => ({ tp: 0, fp: 0, fn: 0 });
export const add = (a: Tally, b: Tally): Tally => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
export const precision = (t: Tally) => (t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1);
export const recall = (t: Tally) => (t.tp + t.fn ? t.tp / (t.tp + t.fn) : 1);
export const f1 = (t: Tally) => {
  const p = precision(t);
  const r = recall(t);
  return p + r ? (2 * p * r) / (p + r) : 0;
};

/** nb, nn and no are one language for scoring, as are en-GB and en: the primary subtag decides. */
export const languageFamily = (tag: string) => {
  const primary = tag.toLowerCase().split('-')[0] ?? '';
  return ['nb', 'nn', 'no'].includes(primary) ? 'no' : primary;
};

export interface PeopleScore extends Tally {
  falsePositives: string[];
  missed: string[];
  authorsAsPeople: string[];
}

/**
 * A predicted person is right when its name or an alias matches a gold name or alias (normalizeName);
 * a second prediction for the same gold person ("Mr Ings" beside "Richard Ings") is a false positive.
 */
export function scorePeople(predicted: readonly Person[], gold: GoldDocument): PeopleScore {
  const keys = (names: readonly string[]) => names.map(normalizeName);
  const matched = new Set<number>();
  const score: PeopleScore = { ...emptyTally(), falsePositives: [], missed: [], authorsAsPeople: [] };
  const optional = keys(gold.optional ?? []);
  const authors = keys(gold.authors ?? []);
  for (const person of predicted) {
    const names = keys([person.name, ...person.aliases]);
    const index = gold.people.findIndex((g, i) => !matched.has(i) && keys(goldNames(g)).some((n) => names.includes(n)));
    if (index >= 0) {
      matched.add(index);
      score.tp++;
    } else if (!names.some((n) => optional.includes(n))) {
      score.fp++;
      score.falsePositives.push(person.name);
      if (names.some((n) => authors.includes(n))) score.authorsAsPeople.push(person.name);
    }
  }
  gold.people.forEach((g, i) => {
    if (!matched.has(i)) {
      score.fn++;
      score.missed.push(goldName(g));
    }
  });
  return score;
}

export interface FlagScore {
  byKind: Record<string, Tally>;
  wrong: string[];
  missed: string[];
}

/** A flag is right when the gold has one of the same kind whose span overlaps its text. */
export function scoreFlags(predicted: readonly QualityFlag[], gold: GoldDocument): FlagScore {
  const expected = [...(gold.flags ?? [])];
  const score: FlagScore = { byKind: {}, wrong: [], missed: [] };
  const tally = (kind: string) => (score.byKind[kind] ??= emptyTally());
  for (const flag of predicted) {
    const index = expected.findIndex(
      (g) => g.kind === flag.kind && (g.text.includes(flag.text) || flag.text.includes(g.text)),
    );
    if (index >= 0) {
      expected.splice(index, 1);
      tally(flag.kind).tp++;
    } else {
      tally(flag.kind).fp++;
      score.wrong.push(`${flag.kind} "${flag.text.slice(0, 50)}"`);
    }
  }
  for (const g of expected) {
    tally(g.kind).fn++;
    score.missed.push(`${g.kind} "${g.text.slice(0, 50)}"`);
  }
  return score;
}

export interface EventScore {
  right: number;
  extracted: number;
  wrong: string[];
}

/** An event is right when it matches a gold event by name or place and its date is not contradicted. */
export function scoreEvents(predicted: readonly NewsEvent[], gold: GoldDocument): EventScore {
  const wrong: string[] = [];
  for (const event of predicted) {
    const match = (gold.events ?? []).find((g) => sameEvent(event, g));
    const why = !match ? 'not in the gold set' : dateProblem(event, match);
    if (why) wrong.push(`${event.name} ${event.start?.value ?? ''} (${why})`.replace(/ +\(/, ' ('));
  }
  return { right: predicted.length - wrong.length, extracted: predicted.length, wrong };
}

function sameEvent(event: NewsEvent, gold: GoldEvent): boolean {
  const name = normalizeName(event.name);
  if (name === normalizeName(gold.name) || name.includes(normalizeName(gold.name))) return true;
  if (!gold.place) return false;
  const place = normalizeName(gold.place);
  return normalizeName(event.place?.name ?? '').includes(place) || name.includes(place);
}

function dateProblem(event: NewsEvent, gold: GoldEvent): string | undefined {
  if (gold.dateUncertain && event.start) return 'dated from damaged text';
  if (gold.date && event.start && !gold.date.startsWith(event.start.value)) return `gold date ${gold.date}`;
  if (event.start && Number(event.start.value.slice(0, 4)) < 1900) return 'dated before 1900';
  return undefined;
}
