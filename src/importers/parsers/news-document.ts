import { z } from 'zod';
import { LANGUAGE_TAG } from '../../domain/locale.js';
import { EVENT_KINDS, partialDateOf } from '../../domain/event.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser, ParsedEntry } from '../parsed-entry.js';
import { looksLikeJsonObject, parseJson } from './json.js';
import { describeIssue } from './schema-issues.js';

const LANGUAGE = z.string().regex(LANGUAGE_TAG, 'a BCP 47 tag such as "en" or "pt-BR"');
const DATE = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date such as 2019, 2019-04 or 2019-04-25');
const TEXT = z.string().trim().min(1).max(100_000);
const PIXELS = z.number().int().positive().max(100_000);

/** The project's own document format for systems that push content (documented in the README). */
export const newsDocumentSchema = z.strictObject({
  format: z.literal('news-document/v1'),
  id: TEXT.max(2048).describe("The sender's stable id for the document: re-sending it updates the article."),
  language: LANGUAGE,
  headline: TEXT.max(1000),
  summary: TEXT.max(5000).optional(),
  body: z.array(TEXT).min(1).max(2000),
  publishedAt: z.iso.datetime({ offset: true }),
  byline: TEXT.max(500).optional(),
  source: z.strictObject({ publisher: TEXT.max(500).optional(), url: z.url().max(2048).optional() }).optional(),
  photo: z.strictObject({ credit: TEXT.max(1000).optional(), caption: TEXT.max(2000).optional() }).optional(),
  images: z
    .array(
      z.strictObject({
        renditions: z
          .array(
            z.strictObject({
              url: z.url({ protocol: /^https?$/ }).max(2048),
              width: PIXELS.optional(),
              height: PIXELS.optional(),
              mimeType: z
                .string()
                .regex(/^image\/[\w.+-]+$/, 'an image media type such as "image/jpeg"')
                .optional(),
            }),
          )
          .min(1)
          .max(20),
        caption: TEXT.max(2000).optional(),
        credit: TEXT.max(1000).optional(),
        altText: TEXT.max(1000).optional(),
      }),
    )
    .max(50)
    .optional()
    .describe('Pictures, the lead image first; each with its renditions (sizes) of one picture.'),
  translations: z
    .array(
      z.strictObject({
        language: LANGUAGE,
        headline: TEXT.max(1000),
        body: z.array(TEXT).max(2000).optional(),
        kind: z.enum(['HUMAN', 'MACHINE', 'UNKNOWN']).optional(),
      }),
    )
    .max(50)
    .optional(),
  people: z
    .array(z.strictObject({ name: TEXT.max(200), role: TEXT.max(300).optional() }))
    .max(50)
    .optional(),
  events: z
    .array(
      z.strictObject({
        name: TEXT.max(300),
        kind: z.enum(EVENT_KINDS),
        start: DATE.optional(),
        end: DATE.optional(),
        place: z.strictObject({ name: TEXT.max(300), country: TEXT.max(100).optional() }).optional(),
        participants: z.array(TEXT.max(200)).max(50).optional(),
      }),
    )
    .max(20)
    .optional(),
  organisations: z.array(TEXT.max(300)).max(100).optional(),
  places: z.array(TEXT.max(300)).max(100).optional(),
  subjects: z.array(TEXT.max(300)).max(100).optional(),
});

export type NewsDocument = z.infer<typeof newsDocumentSchema>;

export const newsDocumentParser: DocumentParser = {
  format: 'news-document',
  accepts: (text) => looksLikeJsonObject(text) && /"format"\s*:\s*"news-document\//.test(text.slice(0, 4096)),
  parse(text) {
    const result = newsDocumentSchema.safeParse(parseJson(text));
    if (!result.success) {
      throw new InputRejectedError(
        `not a valid news-document/v1: ${result.error.issues.slice(0, 5).map(describeIssue).join('; ')}`,
      );
    }
    const doc = result.data;
    const entry: ParsedEntry = {
      kind: 'article',
      sourceId: doc.id,
      language: doc.language,
      headline: doc.headline,
      otherHeadlines: (doc.translations ?? []).map((t) => ({
        text: t.headline,
        language: t.language,
        kind: t.kind ?? 'UNKNOWN',
        ...(t.body ? { body: t.body } : {}),
      })),
      ...(doc.summary ? { summary: doc.summary } : {}),
      body: doc.body,
      publishedAt: new Date(doc.publishedAt).toISOString(),
      dateSource: 'DOCUMENT',
      ...(doc.byline ? { byline: doc.byline } : {}),
      source: { ...doc.source, originalId: doc.id },
      ...(doc.photo ? { photo: doc.photo } : {}),
      ...(doc.images ? { images: doc.images } : {}),
      people: (doc.people ?? []).map((p) => ({ name: p.name, ...(p.role ? { role: p.role } : {}) })),
      events: (doc.events ?? []).map((e) => ({
        name: e.name,
        kind: e.kind,
        ...(e.start ? { start: partialDateOf(e.start) } : {}),
        ...(e.end ? { end: partialDateOf(e.end) } : {}),
        ...(e.place ? { place: e.place } : {}),
        participants: e.participants ?? [],
      })),
      organisations: (doc.organisations ?? []).map((name) => ({ name })),
      places: (doc.places ?? []).map((name) => ({ name })),
      subjects: doc.subjects ?? [],
    };
    return [{ entry }];
  },
};
