import type { Article } from '../../domain/article.js';
import { builder } from '../builder.js';
import type { Localized } from '../localization.js';
import { GenreRef } from './genre.js';
import { OrganisationRef } from './organisation.js';
import { PlaceRef } from './place.js';
import { SectionRef } from './section.js';
import { SubjectRef } from './subject.js';

/** An article's terms, read together in the request's one batch of entity reads. */
export const ArticleTaxonomyRef = builder.objectRef<Localized<Article>>('ArticleTaxonomy').implement({
  description: "What the article is filed under, each term an entity with its own articles; in the source's order.",
  fields: (t) => ({
    subjects: t.field({ type: [SubjectRef], resolve: (article, _, ctx) => ctx.terms.ofArticle(article, 'Subject') }),
    sections: t.field({ type: [SectionRef], resolve: (article, _, ctx) => ctx.terms.ofArticle(article, 'Section') }),
    organisations: t.field({
      type: [OrganisationRef],
      resolve: (article, _, ctx) => ctx.terms.ofArticle(article, 'Organisation'),
    }),
    places: t.field({ type: [PlaceRef], resolve: (article, _, ctx) => ctx.terms.ofArticle(article, 'Place') }),
    genres: t.field({ type: [GenreRef], resolve: (article, _, ctx) => ctx.terms.ofArticle(article, 'Genre') }),
  }),
});
