import type { Term, TermKind, TermLink } from '../../src/domain/taxonomy.js';
import { termIdOf } from '../../src/domain/taxonomy.js';

/** A term with its name in English unless the test says otherwise. */
export function makeTerm(kind: TermKind, name: string, overrides: Partial<Term> = {}): Term {
  const code = overrides.code;
  return {
    id: termIdOf({ name, ...(code ? { code } : {}) }),
    kind,
    name,
    names: [{ language: 'en', name }],
    updatedAt: '2026-11-28T00:00:00.000Z',
    ...overrides,
  };
}

export const linkTo = (term: Term): TermLink => ({ kind: term.kind, termId: term.id, name: term.name });
