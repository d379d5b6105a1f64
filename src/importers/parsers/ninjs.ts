import { partialDateOf } from '../../domain/event.js';
import type { SourceRevision } from '../../domain/revision.js';
import { parseFeedDate } from '../dates.js';
import { parseByline } from '../bylines.js';
import { classifyEventKind } from '../enrich/event-kinds.js';
import { bodyFromMarkup, textToParagraphs } from '../html.js';
import { resolveItemDate } from '../item-date.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser, Named, ParsedEntry } from '../parsed-entry.js';
import { itemRef, readItems } from '../parsed-items.js';
import { normalizeLanguage } from './language-tag.js';
import { ninjsImages } from './ninjs-images.js';
import { isObject, parseJson, stringOf } from './json.js';

type Json = Record<string, unknown>;

/** IPTC ninjs 1.x–3.x: text items become articles, event items become events; the labels given win. */
export const ninjsParser: DocumentParser = {
  format: 'ninjs',
  // One ninjs object, or a JSON array of them (a collection, e.g. an event timeline).
  accepts: (text) =>
    /^\s*[[{]/.test(text) &&
    /"uri"\s*:/.test(text) &&
    /"(headlines|headline|title|bodies|body_text|body_html|body_xhtml|eventDetails|standard)"\s*:/.test(text),
  parse(text) {
    const parsed = parseJson(text);
    const items = Array.isArray(parsed) ? parsed : [parsed];
    if (!items.length || !items.every(isObject))
      throw new InputRejectedError('a ninjs document is a JSON object, or an array of them');
    return readItems(
      'ninjs document',
      items as Json[],
      (it) => (it.type === 'event' || isObject(it.eventDetails) ? readEvent(it) : readText(it)),
      (it) => itemRef('uri', stringOf(it.uri)),
    );
  },
};

function readText(item: Json): ParsedEntry {
  const headlines = list(item.headlines);
  const main = headlines.find((h) => h.role === 'main') ?? headlines[0];
  const language = normalizeLanguage(stringOf(item.language));
  // Another headline in the item's own language is a sub-headline (a standfirst), not a translation.
  const sameLanguage = (h: Json) =>
    !stringOf(h.lang) ||
    normalizeLanguage(stringOf(h.lang))?.split('-')[0] ===
      (language ?? normalizeLanguage(stringOf(main?.lang)))?.split('-')[0];
  const others = headlines.filter((h) => h !== main && stringOf(h.value));
  const subHeadline = stringOf(others.find(sameLanguage)?.value);
  const headline = stringOf(main?.value) ?? stringOf(item.headline) ?? stringOf(item.title);
  if (!headline) throw new InputRejectedError('it has no headline (headlines, headline)');
  const uri = stringOf(item.uri);
  const description = list(item.descriptions).find((d) => d.role === 'summary') ??
    list(item.descriptions)[0] ?? { value: item.description_text };
  // firstCreated is when the story was first published; versionCreated when this version was (ninjs 1.x: lower case).
  const date = resolveItemDate(
    ['firstCreated', 'firstcreated', 'versionCreated', 'versioncreated'].map((field) => ({
      field,
      value: stringOf(item[field]),
    })),
  );
  // ninjs 2.x/3.x lists bylines ({ byline, name, role }); 1.x has one "by" or "byline" text.
  const bylines = list(item.bylines)
    .map((b) => ({ text: stringOf(b.byline) ?? stringOf(b.name), role: stringOf(b.role) }))
    .filter((b) => b.text);
  const byline =
    stringOf(item.by) ?? stringOf(item.byline) ?? (bylines.length ? bylines.map((b) => b.text).join(', ') : undefined);
  const authors = bylines.flatMap((b) =>
    parseByline(b.text).map((a) => (b.role && !/[:/]/.test(b.role) && !a.role ? { ...a, role: b.role } : a)),
  );
  const picture = list(item.associations).find((a) => a.type === 'picture');
  const caption = stringOf(list(picture?.descriptions)[0]?.value);
  const credit = stringOf(picture?.by) ?? stringOf(picture?.creditline);
  return {
    kind: 'article',
    ...(uri ? { sourceId: uri } : {}),
    ...(language ? { language } : {}),
    headline,
    otherHeadlines: others
      .filter((h) => !sameLanguage(h))
      .map((h) => ({
        text: stringOf(h.value) as string,
        ...(normalizeLanguage(stringOf(h.lang)) ? { language: normalizeLanguage(stringOf(h.lang)) } : {}),
      })),
    ...((stringOf(description?.value) ?? subHeadline) ? { summary: stringOf(description?.value) ?? subHeadline } : {}),
    ...bodyOf(item),
    publishedAt: date.publishedAt,
    dateSource: date.dateSource,
    ...(stringOf(item.located) ? { dateline: stringOf(item.located) } : {}),
    ...(byline ? { byline } : {}),
    ...(authors.length ? { authors } : {}),
    source: {
      ...(stringOf(item.copyrightHolder) ? { publisher: stringOf(item.copyrightHolder) } : {}),
      ...(uri ? { originalId: uri } : {}),
      ...revisionOf(item),
    },
    ...(credit || caption ? { photo: { ...(credit ? { credit } : {}), ...(caption ? { caption } : {}) } } : {}),
    images: ninjsImages(item),
    people: named(item.people ?? item.person),
    organisations: named(item.organisations ?? item.organisation),
    places: named(item.places ?? item.place),
    genres: named(item.genres ?? item.genre),
    events: list(item.events)
      .map((event) => ({
        name: stringOf(event.name) ?? '',
        kind: classifyEventKind(stringOf(event.name) ?? ''),
        participants: [],
      }))
      .filter((e) => e.name),
    subjects: named(item.subjects ?? item.subject),
  } as ParsedEntry;
}

function readEvent(item: Json): ParsedEntry {
  const name = stringOf(item.title) ?? stringOf(item.headline) ?? stringOf(list(item.headlines)[0]?.value);
  if (!name) throw new InputRejectedError('the event has no title (title, headline, headlines)');
  const dates = isObject(item.eventDetails) && isObject(item.eventDetails.dates) ? item.eventDetails.dates : {};
  const start = stringOf(dates.startDate) ?? stringOf(dates.expectedStartDate);
  const end = stringOf(dates.endDate) ?? stringOf(dates.expectedEndDate);
  // An estimated date is the source's guess: kept as stated, never published as the event's start.
  const estimated = start ? undefined : stringOf(dates.estimatedStartDate);
  const venue = list(item.places)[0];
  const address = isObject(list(venue?.contactInfo)[0]?.address)
    ? (list(venue?.contactInfo)[0]?.address as Json)
    : undefined;
  const placeName = [stringOf(venue?.name), stringOf(address?.locality)].filter(Boolean).join(', ');
  const uri = stringOf(item.uri);
  return {
    kind: 'event',
    ...(uri ? { sourceId: uri } : {}),
    headline: name,
    otherHeadlines: [],
    body: [],
    source: uri ? { originalId: uri } : {},
    events: [
      {
        name,
        kind: classifyEventKind(name),
        ...(start ? { start: partialDateOf(start) } : {}),
        ...(start && end ? { end: partialDateOf(end) } : {}),
        ...(estimated
          ? {
              statedDate: {
                text: `estimated ${estimated}`,
                ...(/^\d{4}-(\d{2})/.test(estimated) ? { month: Number(estimated.slice(5, 7)) } : {}),
              },
            }
          : {}),
        ...(placeName
          ? {
              place: {
                name: placeName,
                ...(stringOf(address?.country) ? { country: stringOf(address?.country) } : {}),
              },
            }
          : {}),
        participants: named(item.people).map((p) => p.name),
      },
    ],
  } as ParsedEntry;
}

/** ninjs `version` (a number in a string) and `versionCreated`: which version of the uri this file is. */
function revisionOf(item: Json): { revision?: SourceRevision } {
  const version = typeof item.version === 'number' ? item.version : Number(stringOf(item.version));
  const createdAt = parseFeedDate(stringOf(item.versionCreated) ?? stringOf(item.versioncreated));
  const revision = { ...(Number.isFinite(version) ? { version } : {}), ...(createdAt ? { createdAt } : {}) };
  return Object.keys(revision).length ? { revision } : {};
}

/** The richest body the item has: NITF or (X)HTML as blocks, else plain text (ninjs 1.x and 2.x/3.x names). */
function bodyOf(item: Json): Pick<ParsedEntry, 'body' | 'bodyBlocks'> {
  const bodies = list(item.bodies);
  const kind = (b: Json) => `${stringOf(b.contentType) ?? ''} ${stringOf(b.role) ?? ''}`.toLowerCase();
  const nitf = bodies.find((b) => /nitf/.test(kind(b)));
  const html = bodies.find((b) => /html/.test(kind(b)));
  const plain = bodies.find((b) => b !== html && b !== nitf);
  if (nitf && stringOf(nitf.value)) return bodyFromMarkup(String(nitf.value), { xml: true });
  if (html && stringOf(html.value)) return bodyFromMarkup(String(html.value));
  if (plain && stringOf(plain.value)) return { body: textToParagraphs(String(plain.value)) };
  const markup = stringOf(item.body_html) ?? stringOf(item.body_xhtml);
  if (markup) return bodyFromMarkup(markup);
  return { body: textToParagraphs(stringOf(item.body_text) ?? '') };
}

function named(value: unknown): Named[] {
  return list(value)
    .map((entry) => ({
      name: stringOf(entry.name) ?? '',
      ...(stringOf(entry.uri) ? { uri: stringOf(entry.uri) } : {}),
      ...(stringOf(entry.rel) ? { rel: stringOf(entry.rel) } : {}),
      ...vocabularyOf(entry),
    }))
    .filter((entry): entry is Named => Boolean(entry.name));
}

const list = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : [];

/** ninjs 1.x gives `scheme` and `code`; 2.x and 3.x a `uri` and a `literal` (the code inside its vocabulary). */
function vocabularyOf(entry: Json): Pick<Named, 'scheme' | 'code'> {
  const code = stringOf(entry.code) ?? stringOf(entry.literal);
  const scheme = stringOf(entry.scheme);
  return { ...(code ? { code } : {}), ...(scheme ? { scheme } : {}) };
}
