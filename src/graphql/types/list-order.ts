import { builder } from '../builder.js';

/**
 * The orders the keys serve. Each list has one sort key, read either way (ScanIndexForward), so an
 * order is its natural one or its reverse; an order no key sorts by (people by mention count: the count
 * changes with every article write, and no index is keyed by it) is not offered.
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
  },
});

/** The orders that reverse a list's natural order. */
const REVERSED = new Set(['OLDEST', 'DATE_ASC', 'NAME_DESC']);
export const reversed = (order: string | null | undefined): boolean => REVERSED.has(order ?? '');
