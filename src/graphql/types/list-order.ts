import { InvalidInputError } from '../../domain/errors.js';
import { builder } from '../builder.js';

/**
 * The orders the keys serve. Each list has one sort key, read either way (ScanIndexForward), so an
 * order is its natural one or its reverse. People by mention count have a key of their own (a rank item
 * per person on GSI2, moved by every count change); an event's participants do not.
 */
export const ArticleOrderEnum = builder.enumType('ArticleOrder', {
  values: {
    NEWEST: { description: 'Newest first (the default).' },
    OLDEST: { description: 'Oldest first.' },
  },
});

export const EventOrderEnum = builder.enumType('EventOrder', {
  values: {
    DATE_DESC: { description: 'Latest start first (the default).' },
    DATE_ASC: { description: 'Earliest start first.' },
  },
});

export const PersonOrderEnum = builder.enumType('PersonOrder', {
  values: {
    NAME: { description: 'A to Z (the default).' },
    NAME_DESC: { description: 'Z to A.' },
    MENTIONS: { description: 'Most mentioned first (`people` only; ties by id).' },
    MENTIONS_ASC: { description: 'Least mentioned first (`people` only).' },
  },
});

/** The orders that reverse a list's natural order. */
const REVERSED = new Set(['OLDEST', 'DATE_ASC', 'NAME_DESC', 'MENTIONS_ASC']);
export const reversed = (order: string | null | undefined): boolean => REVERSED.has(order ?? '');

/**
 * Whether a people list is ordered by mention count; refused where no key serves it (an event's
 * participants, a name-prefix search), naming what is served.
 */
export function byMentions(order: string | null | undefined, where: 'people' | 'participants', prefix?: string | null) {
  if (order !== 'MENTIONS' && order !== 'MENTIONS_ASC') return false;
  if (where === 'participants')
    throw new InvalidInputError(
      `orderBy: an event's participants are ordered by name (NAME or NAME_DESC), not ${order}`,
    );
  if (prefix)
    throw new InvalidInputError(
      `orderBy: ${order} cannot be combined with filter.nameStartsWith (a name search is ordered by name)`,
    );
  return true;
}
