import { partialDate } from '../../domain/event.js';
import { parseFeedDate } from '../dates.js';
import { classifyEventKind } from '../enrich/event-kinds.js';
import { bodyFromMarkup, textToParagraphs } from '../html.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser, Named, ParsedEntry } from '../parsed-entry.js';
import { normalizeLanguage } from './feed-xml.js';
import { ninjsImages } from './ninjs-images.js';
import { isObject, looksLikeJsonObject, parseJson, stringOf } from './json.js';

type Json = Record<string, unknown>;

/** IPTC ninjs 1.x–3.x: text items become articles, event items become events; the labels given win. */
export const ninjsParser: DocumentParser = {
  format: 'ninjs',
  accepts: (text) => looksLikeJsonObject(text) && /"uri"\s*:/.test(text) && /"(headlines|headline|bodies|body_text|body_html|eventDetails|standard)"\s*:/.test(text),
  parse(text) {
    const item = parseJson(text);
    if (!isObject(item)) throw new InputRejectedError('a ninjs document is a JSON object');
    return [item.type === 'event' || isObject(item.eventDetails) ? readEvent(item) : readText(item)];
  },
};

function readText(item: Json): ParsedEntry {
  const headlines = list(item.headlines);
  const main = headlines.find((h) => h.role === 'main') ?? headlines[0];
  const headline = stringOf(main?.value) ?? stringOf(item.headline) ?? stringOf(item.title);
  if (!headline) throw new InputRejectedError('a ninjs text item needs a headline');
  const uri = stringOf(item.uri);
  const language = normalizeLanguage(stringOf(item.language));
  const description = list(item.descriptions)[0];
  const published = stringOf(item.firstCreated) ?? stringOf(item.versionCreated) ?? stringOf(item.firstcreated) ?? stringOf(item.versioncreated);
  const byline = stringOf(item.by) ?? stringOf(item.byline);
  const picture = list(item.associations).find((a) => a.type === 'picture');
  const caption = stringOf(list(picture?.descriptions)[0]?.value);
  const credit = stringOf(picture?.by) ?? stringOf(picture?.creditline);
  return {
    kind: 'article',
    ...(uri ? { sourceId: uri } : {}),
    ...(language ? { language } : {}),
    headline,
    otherHeadlines: headlines.filter((h) => h !== main && stringOf(h.value) && h.role !== 'main').map((h) => ({ text: stringOf(h.value) as string, ...(normalizeLanguage(stringOf(h.lang)) ? { language: normalizeLanguage(stringOf(h.lang)) } : {}) })),
    ...(stringOf(description?.value) ? { summary: stringOf(description?.value) } : {}),
    ...bodyOf(item),
    ...(published && parseFeedDate(published) ? { publishedAt: parseFeedDate(published) } : {}),
    ...(stringOf(item.located) ? { dateline: stringOf(item.located) } : {}),
    ...(byline ? { byline } : {}),
    source: { ...(stringOf(item.copyrightHolder) ? { publisher: stringOf(item.copyrightHolder) } : {}), ...(uri ? { originalId: uri } : {}) },
    ...(credit || caption ? { photo: { ...(credit ? { credit } : {}), ...(caption ? { caption } : {}) } } : {}),
    images: ninjsImages(item),
    people: named(item.people ?? item.person),
    organisations: named(item.organisations ?? item.organisation),
    places: named(item.places ?? item.place),
    events: list(item.events).map((event) => ({ name: stringOf(event.name) ?? '', kind: classifyEventKind(stringOf(event.name) ?? ''), participants: [] })).filter((e) => e.name),
    subjects: list(item.subjects ?? item.subject).map((s) => stringOf(s.name)).filter((s): s is string => Boolean(s)),
  } as ParsedEntry;
}

function readEvent(item: Json): ParsedEntry {
  const name = stringOf(item.title) ?? stringOf(item.headline) ?? stringOf(list(item.headlines)[0]?.value);
  if (!name) throw new InputRejectedError('a ninjs event needs a title');
  const dates = isObject(item.eventDetails) && isObject(item.eventDetails.dates) ? item.eventDetails.dates : {};
  const start = stringOf(dates.startDate) ?? stringOf(dates.expectedStartDate);
  const end = stringOf(dates.endDate) ?? stringOf(dates.expectedEndDate);
  const venue = list(item.places)[0];
  const address = isObject(list(venue?.contactInfo)[0]?.address) ? (list(venue?.contactInfo)[0]?.address as Json) : undefined;
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
        ...(start ? { start: dateOf(start) } : {}),
        ...(end ? { end: dateOf(end) } : {}),
        ...(placeName ? { place: { name: placeName, ...(stringOf(address?.country) ? { country: stringOf(address?.country) } : {}) } } : {}),
        participants: named(item.people).map((p) => p.name),
      },
    ],
  } as ParsedEntry;
}

const dateOf = (value: string) => partialDate(value, value.length >= 10 ? 'DAY' : value.length >= 7 ? 'MONTH' : 'YEAR');

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
    .map((entry) => ({ name: stringOf(entry.name) ?? '', ...(stringOf(entry.uri) ? { uri: stringOf(entry.uri) } : {}), ...(stringOf(entry.rel) ? { role: stringOf(entry.rel) } : {}) }))
    .filter((entry): entry is Named => Boolean(entry.name));
}

const list = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : isObject(value) ? [value] : []);
