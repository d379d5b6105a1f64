import { describe, expect, it } from 'vitest';
import { partialDateOf } from '../../../src/domain/event.js';
import { LANGUAGE_TAG } from '../../../src/domain/locale.js';

describe('the date an ISO 8601 value states', () => {
  it.each([
    ['2019', { value: '2019', precision: 'YEAR' }],
    ['2019-04', { value: '2019-04', precision: 'MONTH' }],
    ['2019-04-25', { value: '2019-04-25', precision: 'DAY' }],
    // A date-time states at least its day (the old news-document rule read it as a bare year).
    ['2019-04-25T10:00:00Z', { value: '2019-04-25', precision: 'DAY' }],
    ['2019-04-25T10:00:00+09:00', { value: '2019-04-25', precision: 'DAY' }],
  ])('%s', (value, expected) => {
    expect(partialDateOf(value)).toEqual(expected);
  });
});

describe('the one language-tag rule', () => {
  it.each(['en', 'EN-gb', 'pt-BR', 'zh-Hant-TW', 'sr-Latn-RS-x1'])('accepts %s', (tag) => {
    expect(LANGUAGE_TAG.test(tag)).toBe(true);
  });
  it.each(['e', 'english-language', 'en_GB', 'en-', '', 'a-b-c-d-e-f', 'en-GB-x1-y2-z3'])('refuses %j', (tag) => {
    expect(LANGUAGE_TAG.test(tag)).toBe(false);
  });
});
