import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/importers/dates.js';

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 31 Jan 2018 07:26:05 GMT', '2018-01-31T07:26:05.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 EDT', '2003-06-10T08:00:00.000Z'],
    ['Sun, 22 Aug 2021 10:00:00 +0000 (UTC)', '2021-08-22T10:00:00.000Z'],
  ])('reads RFC 822 %s', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each([
    ['Sat, Dec 16 2023 02:02:33 PM', '2023-12-16T14:02:33.000Z'],
    ['Dec 16, 2023 2:02 pm EST', '2023-12-16T19:02:00.000Z'],
    ['Sat, 16 Dec 2023 12:05 AM GMT', '2023-12-16T00:05:00.000Z'],
    ['Sat, 16 Dec 23 14:02 +0100', '2023-12-16T13:02:00.000Z'],
    ['Tue, 3 Feb 98 10:00:00 GMT', '1998-02-03T10:00:00.000Z'],
    ['Sat 16 Dec 2023 14:02:33 +01:00', '2023-12-16T13:02:33.000Z'],
    ['16 Dec 2023 10:00 GMT+2', '2023-12-16T08:00:00.000Z'],
  ])('reads the RFC 822 deviation %s', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each([
    ['2016-02-01T17:54:50+01:00', '2016-02-01T16:54:50.000Z'],
    ['2023-12-16T14:02:33.123+0100', '2023-12-16T13:02:33.123Z'],
    ['2023-12-16 14:02:33', '2023-12-16T14:02:33.000Z'],
    ['2023-12-16', '2023-12-16T00:00:00.000Z'],
    ['20130516T040100Z', '2013-05-16T04:01:00.000Z'],
  ])('reads ISO 8601 %s, taking a missing zone as UTC', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each([
    ['Seg, 24 Set 2018 19:42:40 -0300', '2018-09-24T22:42:40.000Z'],
    ['segunda-feira, 24 de setembro de 2018 19h42', '2018-09-24T19:42:00.000Z'],
    ['sáb, 16 dic 2023 14:02:33 +0100', '2023-12-16T13:02:33.000Z'],
    ['mar, 12 mar 2024 10:00:00 +0100', '2024-03-12T09:00:00.000Z'],
    ['16 de diciembre de 2023 14:02', '2023-12-16T14:02:00.000Z'],
    ['Mo, 1 Okt 2018 08:00:00 +0200', '2018-10-01T06:00:00.000Z'],
    ['Mittwoch, 3. Januar 2024, 09:15 Uhr MEZ', '2024-01-03T08:15:00.000Z'],
    ['24 Dez 2019', '2019-12-24T00:00:00.000Z'],
    ['lundi 1er janvier 2024', '2024-01-01T00:00:00.000Z'],
    ['sam., 16 déc. 2023 14:02:33 +0100', '2023-12-16T13:02:33.000Z'],
    ['sab, 16 dic 2023 14:02:33 +0100', '2023-12-16T13:02:33.000Z'],
    ['za, 16 mrt 2024 08:00:00 +0100', '2024-03-16T07:00:00.000Z'],
    ['lör, 16 maj 2024 08:00:00 +0200', '2024-05-16T06:00:00.000Z'],
    ['Lørdag 16. desember 2023 kl. 14.02', '2023-12-16T14:02:00.000Z'],
    ['man, 4 mar 2024 08:00:00 +0100', '2024-03-04T07:00:00.000Z'],
  ])('reads the localized date %s', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each([
    ['16.12.2023', '2023-12-16T00:00:00.000Z'],
    ['12/16/2023', '2023-12-16T00:00:00.000Z'],
    ['16/12/2023 10:00', '2023-12-16T10:00:00.000Z'],
  ])('reads the numeric date %s when its order is certain', (text, iso) => {
    expect(parseFeedDate(text)).toBe(iso);
  });

  it.each([
    '',
    'yesterday',
    '31 Foo 2018',
    'Wed, 31 Jan 2018 07:26:05 XYZ',
    '05/06/2023',
    'Fri, 30 Feb 2024 10:00 GMT',
    '16 Dec 2023 25:00',
    'Dec 2023',
    'jui 16 2023',
  ])('gives up on "%s" rather than guess', (text) => {
    expect(parseFeedDate(text)).toBeUndefined();
  });
});
