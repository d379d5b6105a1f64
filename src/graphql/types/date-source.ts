import { DATE_SOURCES } from '../../domain/article.js';
import { builder } from '../builder.js';

export const DateSourceEnum = builder.enumType('DateSource', {
  description:
    "Where publishedAt was read. FEED: the item had no readable date, so the feed's own date is used (see qualityFlags). EDITOR: an editor corrected it (see corrections).",
  values: DATE_SOURCES,
});
