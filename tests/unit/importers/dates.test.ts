import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/importers/dates.js';

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['Mo, 1 Okt 2018 08:00:00 +0200', '2018-10-01T06:00:00.000Z'],
    ['2016-02-01T17:54:50+01:00', '2016-02-01T16:54:50.000Z'],
    ['24 Dez 2019', '2019-12-24T00:00:00.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 EDT', '2003-06-10T08:00:00.000Z'],
  ])('reads %s', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each(['', 'yesterday', '31 Foo 2018', 'Wed, 31 Jan 2018 07:26:05 XYZ'])('gives up on "%s"', (text) => {
    expect(parseFeedDate(text)).toBeUndefined();
  });
});
