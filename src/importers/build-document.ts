import { createHash } from 'node:crypto';
import type { Article, ArticleDocument, Translation } from '../domain/article.js';
import { isPlain, type BodyBlock } from '../domain/body-blocks.js';
import type { EventWrite } from '../domain/event.js';
import { articleIdFromSource } from '../domain/identity.js';
import { normalizeName } from '../domain/names.js';
import type { Person } from '../domain/person.js';
import { describePerson } from '../domain/person-roles.js';
import { slugify } from '../domain/slug.js';
import { boundFlags, withFlagIds } from '../domain/quality.js';
import { extractEvents } from './enrich/events.js';
import { chooseLanguage, headlineLanguage } from './enrich/language-tags.js';
import { authorsOf, peopleOfEntry } from './enrich/entry-people.js';
import { isSportsCopy } from './enrich/categories.js';
import type { KnownPerson } from './enrich/known-people.js';
import { describeRole, type ExtractedPerson } from './enrich/people.js';
import { classifyCategories } from './taxonomy/categories.js';
import { termsOf } from './taxonomy/terms.js';
import type { Term } from '../domain/taxonomy.js';
import type { Author } from '../domain/author.js';
import { imagesFromBlocks, mergeImages } from './images.js';
import { flagQuality } from './enrich/quality.js';
import { parseByline } from './bylines.js';
import { InputRejectedError } from './raw-input.js';
import { distinctSummary } from './summary.js';
import type { ParsedEntry, SourceEvent } from './parsed-entry.js';

/** What one entry becomes: the article (if any) and the people and events it needs to exist. */
export interface BuiltEntry {
  article?: ArticleDocument;
  people: Person[];
  events: EventWrite[];
  /** Subjects, sections, organisations and places the article is filed under. */
  terms: Term[];
  contentHash: string;
}

/** Stable JSON (sorted keys) so the same content always hashes the same. */
const stableJson = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );

/** Turns a parsed entry into domain objects: identity, language, people, events, quality flags. */
export function buildEntry(
  entry: ParsedEntry,
  now: Date,
  { known = [] }: { known?: readonly KnownPerson[] } = {},
): BuiltEntry {
  const contentHash = createHash('sha256').update(stableJson(entry)).digest('base64url').slice(0, 22);
  const language = chooseLanguage(
    entry.language,
    [entry.headline, ...(entry.body.length ? entry.body.slice(0, 3) : [entry.summary ?? ''])].join(' '),
  );
  const {
    people: categoryPeople,
    events: categoryEvents,
    subjects: categorySubjects,
    sections: categorySections,
    genres: categoryGenres,
    contributors,
  } = classifyCategories(entry.categories ?? []);
  // Metadata from the source comes first (people it labels or tags), then people found in the text; authors are not the story's people.
  // ninjs event participants are people the source labels too, so they become people and participants.
  const participants = (entry.events ?? []).flatMap((e) => e.participants).map((name) => ({ name, aliases: [] }));
  const labelled: ExtractedPerson[] = [
    ...(entry.people ?? []).map((p) => ({ name: p.name, aliases: [], ...(p.role ? { role: p.role } : {}) })),
    ...categoryPeople,
    ...participants,
  ].filter((p, i, all) => all.findIndex((q) => sameName(q.name, p.name)) === i);
  const labels = [...(entry.categories ?? []), ...(entry.sections ?? []), ...(entry.subjects ?? [])].map((l) =>
    typeof l === 'string' ? l : l.name,
  );
  const peopleFound = peopleOfEntry(labelled, entry.headline, entry.body, language, authorsOf(entry), known, {
    sportsCopy: isSportsCopy(labels),
  });
  const body = entry.body.length ? entry.body : entry.summary ? [entry.summary] : [];
  const qualityFlags = flagQuality(body, {
    language,
    mentionsPeople: peopleFound.length > 0,
    importYear: now.getUTCFullYear(),
  });
  // Dates inside flagged spans are kept only as stated text: damaged text never becomes a fact.
  const sourceEvents: SourceEvent[] =
    entry.events?.length || categoryEvents.length
      ? [...(entry.events ?? []), ...categoryEvents]
      : language.startsWith('en')
        ? extractEvents(entry.body, peopleFound, qualityFlags)
        : [];

  const articleId = articleIdFromSource(entry.sourceId ?? `content:${contentHash}`);
  const statedRole = (name: string) => entry.people?.find((p) => sameName(p.name, name))?.role;
  const people = peopleFound.map((p) =>
    toPerson(p, now, entry.kind === 'event' ? undefined : articleId, statedRole(p.name)),
  );
  const events = sourceEvents.map((e) => toEvent(e, people, now));
  if (entry.kind === 'event') return { people, events, terms: [], contentHash };
  const images = mergeImages([...(entry.images ?? []), ...imagesFromBlocks(entry.bodyBlocks)]);
  // A feed item may be a headline with a link to the story, or a picture; without either there is nothing to show.
  if (!entry.body.length && !entry.summary && !entry.source.url && !images.length)
    throw new InputRejectedError(`"${entry.headline.slice(0, 60)}" has no body text, no link and no picture`);
  if (!entry.publishedAt) throw new InputRejectedError(`"${entry.headline.slice(0, 60)}" has no publication date`);

  const subjects = [...(entry.subjects ?? []), ...categorySubjects];
  const { terms, links } = termsOf(
    {
      Subject: subjects,
      Section: [...(entry.sections ?? []), ...categorySections],
      Organisation: entry.organisations ?? [],
      Place: entry.places ?? [],
      Genre: [...(entry.genres ?? []), ...categoryGenres],
    },
    language,
    now,
  );
  const id = articleIdFromSource(entry.sourceId ?? `content:${contentHash}`);
  const translations: Translation[] = entry.otherHeadlines.map((t) => ({
    articleId: id,
    // A translation's headline is in its body's language when it is too short to judge alone.
    language: headlineLanguage(t.text, t.language, t.body ?? []),
    headline: t.text,
    slug: slugify(t.text) || id.toLowerCase(),
    kind: t.kind ?? 'UNKNOWN',
    ...(t.body ? { body: t.body } : {}),
  }));
  const article: Article = {
    id,
    slug: slugify(entry.headline) || id.toLowerCase(),
    language,
    headline: entry.headline,
    ...(distinctSummary(entry.summary, body) ? { summary: entry.summary as string } : {}),
    body,
    ...(keepBlocks(entry) ? { bodyBlocks: entry.bodyBlocks } : {}),
    ...(entry.byline ? { byline: entry.byline } : {}),
    authors: withContributors(entry.authors ?? parseByline(entry.byline), contributors),
    source: entry.source,
    publishedAt: entry.publishedAt,
    dateSource: entry.dateSource ?? 'DOCUMENT',
    ...(entry.dateline ? { dateline: entry.dateline } : {}),
    updatedAt: now.toISOString(),
    version: 1,
    ...(entry.photo ? { photo: entry.photo } : {}),
    ...(images.length ? { images } : {}),
    translations: translations.map((t) => ({
      language: t.language,
      headline: t.headline,
      slug: t.slug,
      kind: t.kind,
      hasBody: Boolean(t.body),
    })),
    people: people.map((person) => {
      const role = peopleFound.find((p) => slugify(p.name) === person.id)?.role;
      return { personId: person.id, name: person.name, ...(role ? { role } : {}) };
    }),
    events: events.map((event) => ({ eventId: event.id, name: event.name })),
    related: [],
    organisations: (entry.organisations ?? []).map((o) => o.name),
    places: (entry.places ?? []).map((p) => p.name),
    subjects: subjects.map((s) => (typeof s === 'string' ? s : s.name)),
    terms: links,
    qualityFlags: boundFlags(withFlagIds([...(entry.flags ?? []), ...qualityFlags])),
    contentHash,
  };
  return { article: { article, translations }, people, events, terms, contentHash };
}

// Blocks roughly double a body's size; past this the article keeps its plain paragraphs (DynamoDB items stop at 400 KB).
const MAX_BLOCKS_JSON = 150_000;

/** Blocks are stored when they say more than the paragraphs do, and fit. */
const keepBlocks = (entry: ParsedEntry): entry is ParsedEntry & { bodyBlocks: BodyBlock[] } =>
  Boolean(
    entry.body.length &&
      entry.bodyBlocks &&
      !isPlain(entry.bodyBlocks) &&
      JSON.stringify(entry.bodyBlocks).length <= MAX_BLOCKS_JSON,
  );

/**
 * The person as this entry names them. A role the source states is their description; a role the text gives
 * is only this article's (roles), and becomes the description when most of their articles agree (person-roles.ts).
 */
function toPerson(found: ExtractedPerson, now: Date, articleId?: string, statedRole?: string): Person {
  const role = found.role && describeRole(found.role);
  const described = describePerson(undefined, {
    id: '',
    name: found.name,
    aliases: [],
    mentionCount: 0,
    updatedAt: '',
    ...(statedRole ? { description: statedRole, descriptionSource: 'SOURCE' as const } : {}),
    ...(role && articleId ? { roles: { [articleId]: role } } : {}),
  });
  return {
    id: slugify(found.name),
    name: found.name,
    aliases: found.aliases.filter((alias) => !sameName(alias, found.name)),
    ...described,
    mentionCount: 0,
    updatedAt: now.toISOString(),
  };
}

function toEvent(event: SourceEvent, people: Person[], now: Date): EventWrite {
  const participants = event.participants
    .map((name) => people.find((p) => sameName(p.name, name) || p.aliases.some((a) => sameName(a, name))))
    .filter((p): p is Person => Boolean(p))
    .map((p) => ({ personId: p.id, name: p.name }));
  return {
    id: slugify(`${event.name} ${event.start?.value ?? ''}`),
    name: event.name,
    kind: event.kind,
    ...(event.start ? { start: event.start } : {}),
    ...(event.end ? { end: event.end } : {}),
    ...(event.statedDate && !event.start ? { dateUncertain: true, statedDate: event.statedDate } : {}),
    ...(event.place ? { place: event.place } : {}),
    participants: participants.filter((p, i) => participants.findIndex((q) => q.personId === p.personId) === i),
    updatedAt: now.toISOString(),
  };
}

/** Contributors a feed tags the item with are its authors too, when the byline did not already name them. */
function withContributors(authors: Author[], contributors: readonly string[]): Author[] {
  const more = contributors.filter((name) => !authors.some((a) => sameName(a.name, name)));
  return [...authors, ...more.map((name) => ({ name }))];
}

const sameName = (a: string, b: string) => normalizeName(a) === normalizeName(b);
