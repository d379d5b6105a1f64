import type { Article, Photo } from '../../domain/article.js';
import type { ArticleFilter as ArticleFilterInput } from '../../domain/article-repository.js';
import { renderBodyHtml } from '../../domain/body-html.js';
import { InvalidInputError } from '../../domain/errors.js';
import { COPIED_FIELDS } from '../name-copies.js';
import { isOpen, withFlagIds } from '../../domain/quality.js';
import { TERM_KINDS } from '../../domain/taxonomy.js';
import { builder } from '../builder.js';
import { nodeLoader } from '../node-loader.js';
import { decodeIdFor, idOrSlug, languageTagArg, localesFrom } from '../arguments.js';
import { pageArgs, pageOf, toConnection, totalCountField } from '../connection.js';
import { ArticleOrderEnum, reversed } from './list-order.js';
import { selectsOnly } from '../selection.js';
import {
  availableLanguages,
  bodyLanguage,
  localize,
  servedLanguage,
  servedTranslation,
  type Localized,
} from '../localization.js';
import { ArticleTaxonomyRef } from './article-taxonomy.js';
import { AuthorRef } from './author.js';
import { BodyBlockRef } from './body-block.js';
import { CorrectionRef } from './correction.js';
import { DateSourceEnum } from './date-source.js';
import { EventRef } from './event.js';
import { ImageRef } from './image.js';
import { MentionRef } from './mention.js';
import { PersonRef } from './person.js';
import { PhotoRef } from './photo.js';
import { QualityFlagRef } from './quality-flag.js';
import { PendingSourceChangeRef } from './pending-source-change.js';
import { SourceRef } from './source.js';
import { TranslationRef } from './translation.js';

export const ArticleRef = builder.objectRef<Localized<Article>>('Article');

builder.node(ArticleRef, {
  description: 'A news article. Headline, slug and body are served in the best language of the requested locale list.',
  id: { resolve: (article) => article.id },
  loadOne: nodeLoader('Article'),
  fields: (t) => ({
    language: t.exposeString('language', { description: 'BCP 47 tag of the original text.' }),
    servedLanguage: t.string({
      description: 'The language headline and slug are served in.',
      resolve: (article) => servedLanguage(article),
    }),
    bodyLanguage: t.string({
      description: 'The language body is served in (a translation may have a headline only).',
      resolve: (article) => bodyLanguage(article),
    }),
    availableLanguages: t.stringList({
      description: 'The original language first, then the translations.',
      resolve: (article) => availableLanguages(article),
    }),
    headline: t.string({ resolve: (article) => servedTranslation(article)?.headline ?? article.headline }),
    slug: t.string({
      description: 'URL slug in the served language, unique per language.',
      resolve: (article) => servedTranslation(article)?.slug ?? article.slug,
    }),
    summary: t.exposeString('summary', { nullable: true }),
    body: t.stringList({
      description:
        'The body as plain-text paragraphs (headings, quotes and list items included; images and embeds left out).',
      resolve: (article, _, ctx) => ctx.articles.body(article),
    }),
    bodyBlocks: t.field({
      type: [BodyBlockRef],
      description:
        "The body's structure: paragraphs with links and emphasis, headings, quotes, lists, images, embeds, preformatted text. A translation's body comes as paragraphs.",
      resolve: (article, _, ctx) => ctx.articles.bodyBlocks(article),
    }),
    bodyHtml: t.string({
      description:
        'The body as sanitized HTML built from bodyBlocks: allow-listed tags only, http(s) and mailto URLs only, all text escaped.',
      resolve: async (article, _, ctx) => renderBodyHtml(await ctx.articles.bodyBlocks(article)),
    }),
    byline: t.exposeString('byline', { nullable: true, description: 'The byline exactly as the source wrote it.' }),
    authors: t.field({
      type: [AuthorRef],
      description: 'The people the byline credits, in its order.',
      resolve: (article) => article.authors ?? [],
    }),
    publishedAt: t.expose('publishedAt', {
      type: 'DateTime',
      description: 'From the source, never the import time; dateSource says where.',
    }),
    dateSource: t.field({ type: DateSourceEnum, resolve: (article) => article.dateSource ?? 'DOCUMENT' }),
    dateline: t.exposeString('dateline', { nullable: true, description: 'The date line as written in the source.' }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
    version: t.exposeInt('version', {
      description: 'Goes up by one each time an import or an editor changes the article.',
    }),
    url: t.string({
      nullable: true,
      description:
        "The publisher's canonical URL of the story (the feed item's link, ninjs/JSON Feed url), when the source gave one.",
      resolve: (article) => article.source?.url ?? null,
    }),
    webUrl: t.string({
      nullable: true,
      description:
        "The article's page on this site in the served language, from the WEB_URL_TEMPLATES setting; null when none is configured.",
      resolve: (article, _, ctx) => ctx.articles.webUrl(article),
    }),
    source: t.field({ type: SourceRef, nullable: true, resolve: (article) => article.source ?? null }),
    photo: t.field({
      type: PhotoRef,
      nullable: true,
      deprecationReason: 'Use image',
      resolve: (article) => leadPhoto(article),
    }),
    image: t.field({
      type: ImageRef,
      nullable: true,
      description: 'The lead image.',
      resolve: (article) => article.images?.[0] ?? null,
    }),
    images: t.field({
      type: [ImageRef],
      description: 'Every picture, the lead image first: attached by the source, then those placed in the body.',
      resolve: (article) => article.images ?? [],
    }),
    translations: t.field({
      type: [TranslationRef],
      description: 'The article in other languages.',
      resolve: (article) =>
        article.translations.map((summary) => localize({ articleId: article.id, summary }, article.locales)),
    }),
    people: t.field({
      type: [PersonRef],
      description: 'People the article mentions, in order of first mention.',
      resolve: (article, _, ctx, info) => ctx.people.ofArticle(article, selectsOnly(info, COPIED_FIELDS)),
    }),
    mentions: t.field({
      type: [MentionRef],
      description: 'The same people with the role the article gives them.',
      resolve: (article) => article.people.map((p) => localize(p, article.locales)),
    }),
    events: t.field({
      type: [EventRef],
      description: 'Events the article covers.',
      resolve: (article, _, ctx, info) => ctx.events.ofArticle(article, selectsOnly(info, COPIED_FIELDS)),
    }),
    taxonomy: t.field({
      type: ArticleTaxonomyRef,
      description: 'Subjects, sections, organisations and places as entities (ids, codes, their own articles).',
      resolve: (article) => article,
    }),
    organisations: t.stringList({
      description: 'Organisations the source names.',
      deprecationReason: 'Use taxonomy.organisations (entities with ids and their own articles)',
      resolve: (article) => article.organisations ?? [],
    }),
    places: t.stringList({
      description: 'Places the source names.',
      deprecationReason: 'Use taxonomy.places (entities with ids and their own articles)',
      resolve: (article) => article.places ?? [],
    }),
    subjects: t.stringList({
      description: 'Topics: source subjects and feed categories.',
      deprecationReason:
        'Use taxonomy.subjects and taxonomy.sections (entities with ids, codes and their own articles)',
      resolve: (article) => article.subjects ?? [],
    }),
    qualityFlags: t.field({
      type: [QualityFlagRef],
      description:
        'What looks damaged in the original text (implausible years, foreign fragments, doubled phrases) and no editor has dismissed.',
      resolve: (article) => withFlagIds(article.qualityFlags ?? []).filter(isOpen),
    }),
    dismissedQualityFlags: t.field({
      type: [QualityFlagRef],
      subGraphs: ['operator'],
      description: 'Flags editors dismissed, with who, when and why.',
      resolve: (article) => withFlagIds(article.qualityFlags ?? []).filter((flag) => !isOpen(flag)),
    }),
    corrections: t.field({
      type: [CorrectionRef],
      description: 'Dated correction notes, oldest first.',
      resolve: (article) => article.corrections ?? [],
    }),
    pendingSourceChanges: t.field({
      type: [PendingSourceChangeRef],
      subGraphs: ['operator'],
      description: 'Changes the source made to corrected fields, waiting for an editor (acceptSourceChange).',
      resolve: (article) => article.pendingSourceChanges ?? [],
    }),
    relatedArticles: t.field({
      type: [ArticleRef],
      description: 'Up to five articles sharing the most people and events, then the newest.',
      resolve: (article, _, ctx) => ctx.articles.related(article),
    }),
  }),
});

/** The old photo field: the stored photo, else the lead image's caption and credit. */
function leadPhoto(article: Article): Photo | null {
  if (article.photo) return article.photo;
  const lead = article.images?.[0];
  if (!lead?.caption && !lead?.credit) return null;
  return { ...(lead.caption ? { caption: lead.caption } : {}), ...(lead.credit ? { credit: lead.credit } : {}) };
}

export const ArticleConnection = builder.connectionObject({
  type: ArticleRef,
  name: 'ArticleConnection',
  fields: (t) => ({ totalCount: totalCountField(t) }),
});

type FieldBuilder<Parent> = PothosSchemaTypes.ObjectFieldBuilder<
  typeof builder extends PothosSchemaTypes.SchemaBuilder<infer Types> ? Types : never,
  Parent
>;

/** The `articles` connection of an entity that articles link to (a person, an event, …), in the entity's locales. */
export function articlesOf<Parent extends { locales: readonly string[] }>(
  t: FieldBuilder<Parent>,
  description: string,
  filterOf: (parent: Parent) => ArticleFilterInput,
) {
  return t.field({
    type: ArticleConnection,
    description,
    args: { ...pageArgs(t.arg), orderBy: t.arg({ type: ArticleOrderEnum, required: false }) },
    resolve: async (parent, args, ctx) =>
      toConnection(await ctx.articles.list(filterOf(parent), pageOf(args, reversed(args.orderBy)), parent.locales)),
  });
}

const ArticleFilter = builder.inputType('ArticleFilter', {
  description:
    'One of language, person, event, subject, section, organisation, place and genre, or person, event or subject together with language; each with a publication date range. updatedSince stands alone. Other combinations are BAD_USER_INPUT.',
  fields: (t) => ({
    language: t.string({
      description:
        'Articles available in this language (original or translation), any case: "en" matches en, en-GB, en-US…; "en-GB" exactly that.',
    }),
    person: t.id({ description: "A person's ID or slug." }),
    event: t.id({ description: "An event's ID or slug." }),
    subject: t.id({ description: "A subject's ID or slug." }),
    section: t.id({ description: "A section's ID or slug." }),
    organisation: t.id({ description: "An organisation's ID or slug." }),
    place: t.id({ description: "A place's ID or slug." }),
    genre: t.id({ description: "A genre's ID or slug." }),
    publishedAfter: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    publishedBefore: t.field({ type: 'DateTime', description: 'Inclusive.' }),
    updatedSince: t.field({
      type: 'DateTime',
      description:
        'Articles changed at or after this instant (inclusive), oldest change first, for clients that poll: keep the last endCursor and pass it as after next time. An article changed again moves to the end. Combines with no other filter.',
    }),
  }),
});

/** The one taxonomy filter given (several are refused with the other combinations by the repository). */
function termFilter(
  filter: Partial<Record<'subject' | 'section' | 'organisation' | 'place' | 'genre', string | null>>,
) {
  const given = TERM_KINDS.flatMap((kind) => {
    const argument = (kind.charAt(0).toLowerCase() + kind.slice(1)) as keyof typeof filter;
    const value = filter[argument];
    return value ? [{ kind, termId: idOrSlug(kind, value, `filter.${argument}`) as string }] : [];
  });
  if (given.length > 1)
    throw new InvalidInputError(`filter: give at most one of subject, section, organisation, place and genre`);
  return given[0] ? { term: given[0] } : {};
}

const LOCALE_HELP = 'Languages in order of preference, e.g. ["es", "en"]; default: Accept-Language, else the original.';

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    description:
      'One article by ID, or by the slug of any of its languages (served in that language). NOT_FOUND when there is none.',
    args: {
      id: t.arg.id({ required: false }),
      slug: t.arg.string({ required: false }),
      locale: t.arg.stringList({ required: false, description: LOCALE_HELP }),
    },
    resolve: (_, { id, slug, locale }, ctx) =>
      ctx.articles.byIdOrSlug(id ? decodeIdFor('Article', id) : undefined, slug, localesFrom(locale, ctx)),
  }),
  articles: t.field({
    type: ArticleConnection,
    description:
      'Articles, newest first unless orderBy says otherwise (oldest change first with updatedSince). first or last: 1 to 100 (default first 10).',
    args: {
      filter: t.arg({ type: ArticleFilter, required: false }),
      ...pageArgs(t.arg),
      orderBy: t.arg({ type: ArticleOrderEnum, required: false }),
      locale: t.arg.stringList({ required: false, description: LOCALE_HELP }),
    },
    resolve: async (_, { filter, locale, orderBy, ...page }, ctx) =>
      toConnection(
        await ctx.articles.list(
          {
            ...(filter?.language ? { language: languageTagArg('filter.language', filter.language) } : {}),
            ...(filter?.person ? { personId: idOrSlug('Person', filter.person, 'filter.person') } : {}),
            ...(filter?.event ? { eventId: idOrSlug('Event', filter.event, 'filter.event') } : {}),
            ...termFilter(filter ?? {}),
            ...(filter?.publishedAfter ? { publishedAfter: filter.publishedAfter } : {}),
            ...(filter?.publishedBefore ? { publishedBefore: filter.publishedBefore } : {}),
            ...(filter?.updatedSince ? { updatedSince: filter.updatedSince } : {}),
          },
          pageOf(page, reversed(orderBy)),
          localesFrom(locale, ctx),
        ),
      ),
  }),
}));
