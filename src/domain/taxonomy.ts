import { slugify } from './slug.js';

/**
 * The kinds of taxonomy term; each is its own entity type (and GraphQL type) of the same name. A Genre says
 * what kind of piece an article is (an interview, an obituary, comment), not what it is about.
 */
export const TERM_KINDS = ['Subject', 'Section', 'Organisation', 'Place', 'Genre'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

export interface LocalizedName {
  language: string;
  name: string;
}

/**
 * A topic, section, organisation, place or genre articles are filed under. The id is a slug (of the code when
 * the source's scheme has one, so "medtop:20000763" is one subject whatever its label's language).
 */
export interface Term {
  id: string;
  kind: TermKind;
  /** The name as first read. */
  name: string;
  /** The name in each language a source gave one. */
  names: LocalizedName[];
  /** The vocabulary the code belongs to ("http://cv.iptc.org/newscodes/mediatopic/", a Guardian domain). */
  scheme?: string;
  /** The term's id in that vocabulary ("medtop:20000763", "world/northkorea"). */
  code?: string;
  updatedAt: string;
}

/** An article's link to a term; the name is kept so lists need no read of the term. */
export interface TermLink {
  kind: TermKind;
  termId: string;
  name: string;
}

export const termIdOf = (term: { name: string; code?: string }): string =>
  slugify(term.code ?? term.name, 120) || slugify(term.name, 120);

/** The same link twice (one subject from two schemes' labels) is kept once. */
export const sameLink = (a: Pick<TermLink, 'kind' | 'termId'>, b: Pick<TermLink, 'kind' | 'termId'>): boolean =>
  a.kind === b.kind && a.termId === b.termId;

export const linkKey = (link: Pick<TermLink, 'kind' | 'termId'>): string => `${link.kind}#${link.termId}`;

/** Names merged: the known ones stay, a language not yet named is added. */
export function mergeNames(known: readonly LocalizedName[], found: readonly LocalizedName[]): LocalizedName[] {
  return [...known, ...found.filter((n) => !known.some((k) => k.language === n.language))];
}
