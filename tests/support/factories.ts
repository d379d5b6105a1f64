import type { ArticleDocument, Translation } from '../../src/domain/article.js';
import type { EventWrite } from '../../src/domain/event.js';
import type { Person } from '../../src/domain/person.js';
import { slugify } from '../../src/domain/slug.js';

let counter = 0;

type ArticleOverrides = Partial<ArticleDocument['article']> & { spanishBody?: string[]; spanish?: boolean };

/** An article document with sensible defaults and a Spanish translation; override what the test is about. */
export function makeArticle(overrides: ArticleOverrides = {}): ArticleDocument {
  counter += 1;
  const { spanishBody, spanish = true, ...fields } = overrides;
  const id = fields.id ?? `article-${counter}`;
  const headline = fields.headline ?? `Headline number ${counter}`;
  const translation: Translation = {
    articleId: id,
    language: 'es',
    headline: `Titular número ${counter}`,
    slug: slugify(`titular numero ${counter} ${id}`),
    kind: 'MACHINE',
    ...(spanishBody ? { body: spanishBody } : {}),
  };
  const translations = spanish ? [translation] : [];
  return {
    article: {
      id,
      slug: slugify(`${headline} ${id}`),
      language: 'en',
      headline,
      body: ['First paragraph.', 'Second paragraph.'],
      publishedAt: new Date(Date.UTC(2024, 0, 1) + counter * 3_600_000).toISOString(),
      updatedAt: '2026-11-28T00:00:00.000Z',
      version: 1,
      translations: translations.map((t) => ({
        language: t.language,
        headline: t.headline,
        slug: t.slug,
        kind: t.kind,
        hasBody: Boolean(t.body),
      })),
      people: [],
      events: [],
      related: [],
      ...fields,
    },
    translations,
  };
}

export function makePerson(name: string, overrides: Partial<Person> = {}): Person {
  return { id: slugify(name), name, aliases: [], mentionCount: 0, updatedAt: '2026-11-28T00:00:00.000Z', ...overrides };
}

export function makeEvent(name: string, overrides: Partial<EventWrite> = {}): EventWrite {
  return {
    id: slugify(`${name} ${overrides.start?.value ?? ''}`),
    name,
    kind: 'SUMMIT',
    participants: [],
    updatedAt: '2026-11-28T00:00:00.000Z',
    ...overrides,
  };
}

/** Mentions for an article's `people` field. */
export const mentioning = (...people: Person[]) => people.map((p) => ({ personId: p.id, name: p.name }));
export const covering = (...events: EventWrite[]) => events.map((e) => ({ eventId: e.id, name: e.name }));
export const participants = (...people: Person[]) => people.map((p) => ({ personId: p.id, name: p.name }));
