import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildEntry } from '../../../../src/importers/build-document.js';
import { mergeEvent, sameEvent } from '../../../../src/domain/event-match.js';
import { extractEvents } from '../../../../src/importers/enrich/events.js';
import type { ParsedEntry } from '../../../../src/importers/parsed-entry.js';
import { readSeedText } from '../../../../src/importers/parsers/seed-text.js';

const now = new Date('2026-11-28T00:00:00Z');
const seed = readSeedText(
  readFileSync(new URL('../../../fixtures/seed/north-korea-russia-ties.txt', import.meta.url), 'utf8'),
  now,
);
const article = (headline: string, body: string[]): ParsedEntry => ({
  kind: 'article',
  language: 'en',
  headline,
  otherHeadlines: [],
  body,
  publishedAt: '2026-11-01T10:00:00.000Z',
  source: { url: 'https://example.com/a' },
});

describe('damaged text never becomes an event date, id or slug', () => {
  it('gives the seed summits ids without the year 1200, no start, and the uncertain-date marker', () => {
    const { events } = buildEntry(seed, now);

    expect(
      events
        .filter((e) => e.kind === 'SUMMIT')
        .map(({ id, start, dateUncertain, statedDate }) => ({ id, start, dateUncertain, statedDate })),
    ).toEqual([
      {
        id: 'summit-in-vladivostok',
        start: undefined,
        dateUncertain: true,
        statedDate: { text: 'April 1200', month: 4 },
      },
      {
        id: 'summit-in-hanoi',
        start: undefined,
        dateUncertain: true,
        statedDate: { text: 'two months earlier', month: 2 },
      },
    ]);
    expect(JSON.stringify(events)).not.toMatch(/"1200-|summit-in-[a-z]+-1200/);
  });

  it('keeps the text of the seed exactly as written while its dates are withheld', () => {
    const { article: built } = buildEntry(seed, now);

    expect(built?.article.body).toEqual(seed.body);
    expect(built?.article.body[8]).toContain('in April 1200');
  });

  it('keeps only the stated year of a minister who "took office in 1023" in another article', () => {
    const entry = article('Minister visits Lisbon', [
      'The transport minister, Ana Lopes, who visited troops in Lisbon in March 1023, promised faster upgrades.',
      'Ana Lopes said 2,000 engineers would be hired.',
    ]);

    const { events, article: built } = buildEntry(entry, now);

    expect(built?.article.qualityFlags?.map((f) => [f.kind, f.text])).toEqual([['IMPLAUSIBLE_YEAR', '1023']]);
    expect(events.map(({ id, start, statedDate }) => ({ id, start, statedDate }))).toEqual([
      { id: 'visit-in-lisbon', start: undefined, statedDate: { text: 'March 1023', month: 3 } },
    ]);
  });

  it('dates an event normally when the date is not in a flagged span', () => {
    const entry = article('Leaders meet in Geneva', [
      'Joe Biden and Vladimir Putin met in Geneva in June 2021 for talks on arms control.',
    ]);

    const { events } = buildEntry(entry, now);

    expect(events.map(({ id, start, dateUncertain }) => ({ id, start, dateUncertain }))).toEqual([
      { id: 'meeting-in-geneva-2021-06', start: { value: '2021-06', precision: 'MONTH' }, dateUncertain: undefined },
    ]);
  });

  it('shifts a trusted date by "two months earlier" but only the month of a stated one', () => {
    const text = ['They met in Oslo in May 2019, after talks held two months earlier in Bergen.'];

    expect(extractEvents(text, []).map((e) => [e.name, e.start?.value, e.statedDate])).toEqual([
      ['Meeting in Oslo', '2019-05', undefined],
      ['Meeting in Bergen', '2019-03', undefined],
    ]);
    expect(
      extractEvents(
        text,
        [],
        [{ paragraph: 0, start: text[0]!.indexOf('2019'), end: text[0]!.indexOf('2019') + 4 }],
      ).map((e) => [e.name, e.start?.value, e.statedDate]),
    ).toEqual([
      ['Meeting in Oslo', undefined, { text: 'May 2019', month: 5 }],
      ['Meeting in Bergen', undefined, { text: 'two months earlier', month: 3 }],
    ]);
  });
});

describe('source events', () => {
  it('makes the participants of a ninjs event people and participants of the event', () => {
    const entry: ParsedEntry = {
      kind: 'event',
      headline: 'Nordic summit',
      otherHeadlines: [],
      body: [],
      source: {},
      events: [
        {
          name: 'Nordic summit',
          kind: 'SUMMIT',
          start: { value: '2025-10-28', precision: 'DAY' },
          participants: ['Erna Solberg', 'Ulf Kristersson'],
        },
      ],
    };

    const { people, events } = buildEntry(entry, now);

    expect(people.map((p) => p.id)).toEqual(['erna-solberg', 'ulf-kristersson']);
    expect(events[0]?.participants).toEqual([
      { personId: 'erna-solberg', name: 'Erna Solberg' },
      { personId: 'ulf-kristersson', name: 'Ulf Kristersson' },
    ]);
  });
});

describe('the same event told by another document', () => {
  const seedEvents = buildEntry(seed, now).events;
  const vladivostok = { ...seedEvents.find((e) => e.id === 'summit-in-vladivostok')!, participantCount: 2 };
  const hanoi = { ...seedEvents.find((e) => e.id === 'summit-in-hanoi')!, participantCount: 2 };
  const dated = (text: string) => buildEntry(article('Summit', [text]), now).events[0]!;

  it('matches the seed summits with dated reports of the same kind and place whose month agrees', () => {
    const april = dated('Vladimir Putin met Kim Jong-un at a summit in Vladivostok in April 2019.');
    const february = dated('Donald Trump and Kim Jong-un held talks in Hanoi in February 2019.');

    expect(sameEvent(april, vladivostok)).toBe(true);
    expect(sameEvent(february, hanoi)).toBe(true);
    expect(mergeEvent(april, vladivostok)).toMatchObject({
      id: 'summit-in-vladivostok',
      name: 'Summit in Vladivostok',
      start: { value: '2019-04', precision: 'MONTH' },
      statedDate: { text: 'April 1200', month: 4 },
    });
    expect(mergeEvent(april, vladivostok).dateUncertain).toBeUndefined();
  });

  it('keeps apart another place, another month than the stated one, a date before 1900, and two dated events', () => {
    expect(sameEvent(dated('Putin met Kim Jong-un at a summit in Hanoi in April 2019.'), vladivostok)).toBe(false);
    expect(sameEvent(dated('Putin met Kim Jong-un at a summit in Vladivostok in June 2019.'), vladivostok)).toBe(false);
    expect(sameEvent(dated('Putin met Kim Jong-un at a summit in Vladivostok in April 1899.'), vladivostok)).toBe(
      false,
    );
    const report = dated('Putin met Kim Jong-un at a summit in Vladivostok in April 2019.');
    expect(sameEvent({ ...report, id: 'other' }, { ...report, participantCount: 2 })).toBe(false);
  });

  it('merges an undated report into a dated event it matches, keeping the date', () => {
    const known = { ...dated('Trump and Kim Jong-un held talks in Hanoi in February 2019.'), participantCount: 2 };

    expect(sameEvent(hanoi, known)).toBe(true);
    expect(mergeEvent(hanoi, known)).toMatchObject({
      id: known.id,
      start: { value: '2019-02', precision: 'MONTH' },
      statedDate: { text: 'two months earlier', month: 2 },
    });
  });
});
