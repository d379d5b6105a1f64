import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ParsedEntry } from '../src/importers/parsed-entry.js';
import { createParsers, parseInput } from '../src/importers/parse-input.js';
import type { QualityFlagKind } from '../src/domain/quality.js';

export type GoldPerson = string | { name: string; aliases?: string[] };

export interface GoldEvent {
  name: string;
  kind?: string;
  place?: string;
  date?: string;
  /** The text states a date, but a damaged one: no date may be published. */
  dateUncertain?: boolean;
}

/** One annotated document, as written in tests/fixtures/gold/*.json (see the README there). */
export interface GoldDocument {
  id?: string;
  file?: string;
  item?: number;
  inline?: { headline: string; body: string[]; language?: string; byline?: string };
  language: string;
  paragraphLanguages?: Record<string, string>;
  people: GoldPerson[];
  optional?: string[];
  authors?: string[];
  flags?: { kind: QualityFlagKind; text: string }[];
  events?: GoldEvent[];
}

export interface GoldCase {
  id: string;
  gold: GoldDocument;
  entry: ParsedEntry;
  /** Annotated after the rules were written and never used to tune them. */
  heldOut: boolean;
}

const ROOT = resolve(import.meta.dirname, '..');
const GOLD_DIR = join(ROOT, 'tests/fixtures/gold');
export const EVAL_NOW = new Date('2026-11-28T00:00:00Z');

/** Every gold document with the entry the importer's own parsers read from it (or built from its inline text). */
export function loadGold(): GoldCase[] {
  const parsers = createParsers(() => EVAL_NOW);
  const parsed = new Map<string, (ParsedEntry | undefined)[]>();
  const entriesOf = (file: string) => {
    const path = resolve(ROOT, file);
    // By item position in the file: a refused item keeps its place (as undefined), so indices stay the source's.
    if (!parsed.has(path))
      parsed.set(
        path,
        parseInput({ name: path, bytes: readFileSync(path) }, parsers).items.map((item) => item.entry),
      );
    return parsed.get(path) as (ParsedEntry | undefined)[];
  };
  return readdirSync(GOLD_DIR)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const set = JSON.parse(readFileSync(join(GOLD_DIR, name), 'utf8')) as {
        source: string;
        heldOut?: boolean;
        documents: GoldDocument[];
      };
      const heldOut = set.heldOut === true;
      return set.documents.map((gold) => {
        if (gold.inline)
          return {
            id: gold.id ?? `${name}:${gold.inline.headline}`,
            gold,
            entry: inlineEntry(gold.id ?? gold.inline.headline, gold.inline),
            heldOut,
          };
        const file = gold.file ?? set.source;
        const entry = entriesOf(file)[gold.item ?? 0];
        if (!entry) throw new Error(`${name}: ${file} has no item ${gold.item}`);
        return { id: `${file.split('/').pop()}#${gold.item ?? 0}`, gold, entry, heldOut };
      });
    });
}

function inlineEntry(id: string, inline: NonNullable<GoldDocument['inline']>): ParsedEntry {
  return {
    kind: 'article',
    sourceId: `gold:${id}`,
    ...(inline.language ? { language: inline.language } : {}),
    headline: inline.headline,
    otherHeadlines: [],
    body: inline.body,
    // Hand-written documents carry no date of their own: the evaluation's fixed "now" stands in.
    publishedAt: EVAL_NOW.toISOString(),
    ...(inline.byline ? { byline: inline.byline } : {}),
    source: { publisher: 'gold set' },
  };
}

export const goldName = (person: GoldPerson) => (typeof person === 'string' ? person : person.name);
export const goldNames = (person: GoldPerson) =>
  typeof person === 'string' ? [person] : [person.name, ...(person.aliases ?? [])];
