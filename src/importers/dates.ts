import { isWeekday, monthOf } from '../domain/calendar-names.js';

// Named zones feeds actually send; anything else is refused rather than guessed.
const ZONES: Record<string, number> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  WET: 0,
  BST: 60,
  IST: 60,
  WEST: 60,
  CET: 60,
  MEZ: 60,
  CEST: 120,
  MESZ: 120,
  EET: 120,
  EEST: 180,
  MSK: 180,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  AKST: -540,
  AKDT: -480,
  HST: -600,
  BRT: -180,
  BRST: -120,
  ART: -180,
  JST: 540,
  KST: 540,
  HKT: 480,
  SGT: 480,
  AEST: 600,
  AEDT: 660,
  NZST: 720,
  NZDT: 780,
};
// Words a written date may carry besides names: "16 de diciembre de 2023", "le 1er mars", "um 14:00 Uhr".
const FILLER = new Set([
  'de',
  'del',
  'da',
  'do',
  'a',
  'as',
  'às',
  'at',
  'on',
  'the',
  'of',
  'um',
  'uhr',
  'le',
  'er',
  'den',
  'der',
  'kl',
  'klo',
  'om',
  'alle',
  'ore',
  'h',
  'st',
  'nd',
  'rd',
  'th',
  'y',
  'e',
]);
const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const TOKENS =
  /(?<numdate>\d{1,2}([./-])\d{1,2}\2\d{2,4})|(?<time>\d{1,2}[:h.]\d{2}(?::\d{2}(?:[.,]\d+)?)?)|(?<offset>(?:GMT|UTC|UT|(?<![\p{L}\d]))[+-]\d{1,2}(?::?\d{2})?)|(?<number>\d+)|(?<word>\p{L}+)/giu;

/**
 * A feed date as an ISO instant, or undefined when it cannot be read without guessing. Reads ISO 8601
 * (a time without a zone is taken as UTC; a date alone as midnight UTC), RFC 822 and its deviations
 * ("Sat, Dec 16 2023 02:02:33 PM", missing seconds, two-digit years, named zones, no comma) and dates
 * written with month and weekday names in en, pt, es, de, fr, it, nl, sv, nb and da.
 */
export function parseFeedDate(text: string | undefined): string | undefined {
  const value = text?.replace(/\([^)]*\)/g, ' ').trim();
  if (!value) return undefined;
  return ISO.test(value) ? readIso(value) : readWritten(value);
}

function readIso(value: string): string | undefined {
  const [, year, month, day, hour = '0', minute = '0', second = '0', fraction = '', zone = 'Z'] = ISO.exec(
    value,
  ) as string[];
  return instant({
    year: Number(year),
    month: Number(month) - 1,
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
    millis: Number(`0.${fraction || '0'}`) * 1000,
    offset: offsetOf(zone),
  });
}

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis?: number;
  /** Minutes east of UTC; undefined when the zone is unknown. */
  offset: number | undefined;
}

function readWritten(value: string): string | undefined {
  const text = value.replace(/\b([ap])\.?\s?m\.?(?=\s|$)/gi, (_, letter: string) => ` ${letter.toLowerCase()}m `);
  const numbers: string[] = [];
  const months: { month: number; weekday: boolean }[] = [];
  let numeric: string | undefined;
  let time: string[] | undefined;
  let offset: number | undefined = 0;
  let meridiem: string | undefined;
  for (const match of text.matchAll(TOKENS)) {
    const groups = match.groups as Record<string, string | undefined>;
    if (groups.numdate) numeric = groups.numdate;
    else if (groups.time) time = groups.time.split(/[:h.]/i);
    else if (groups.offset) offset = offsetOf(groups.offset);
    else if (groups.number) numbers.push(groups.number);
    else if (groups.word) {
      const word = groups.word;
      const month = monthOf(word);
      if (month !== undefined) months.push({ month, weekday: isWeekday(word) });
      else if (/^[ap]m$/.test(word)) meridiem = word;
      else if (word.toUpperCase() in ZONES) offset = ZONES[word.toUpperCase()];
      else if (!isWeekday(word) && !FILLER.has(word.toLowerCase())) return undefined;
    }
  }
  const date = numeric ? numericDate(numeric) : namedDate(numbers, months);
  if (!date || (numeric && (numbers.length || months.length))) return undefined;
  const [hour = '0', minute = '0', second = '0'] = time ?? [];
  return instant({
    ...date,
    hour: hours(Number(hour), meridiem),
    minute: Number(minute),
    second: Number(second.replace(',', '.')),
    offset,
  });
}

/** "16 Dec 2023", "Dec 16, 2023", "2023 Dec 16", "31 Jan 18": the four-digit number is the year, else the second. */
function namedDate(numbers: string[], months: { month: number; weekday: boolean }[]) {
  // "mar" is March and (Spanish) Tuesday: a name that can only be a month wins, else the last one.
  const month = (months.filter((m) => !m.weekday).length === 1 ? months.find((m) => !m.weekday) : months.at(-1))?.month;
  if (month === undefined || months.filter((m) => !m.weekday).length > 1 || numbers.length !== 2) return undefined;
  const yearIndex = numbers.findIndex((n) => n.length === 4);
  const [day, year] = yearIndex === 0 ? [numbers[1], numbers[0]] : [numbers[0], numbers[1]];
  if (yearIndex < 0 && year?.length !== 2) return undefined;
  return { year: fullYear(year as string), month, day: Number(day) };
}

/** "16.12.2023" and "16-12-2023" are day first; "12/16/2023" is read only when one order is impossible. */
function numericDate(text: string) {
  const [first = 0, second = 0, year = ''] = text
    .split(/[./-]/)
    .map((part, index) => (index < 2 ? Number(part) : part)) as [number, number, string];
  const dayFirst = !text.includes('/') || first > 12 || first === second;
  if (!dayFirst && second <= 12) return undefined;
  return dayFirst
    ? { year: fullYear(year), month: second - 1, day: first }
    : { year: fullYear(year), month: first - 1, day: second };
}

// RFC 2822 §4.3: two-digit years 00-49 are 2000-2049, 50-99 are 1950-1999.
const fullYear = (year: string) =>
  year.length === 2 ? (Number(year) < 50 ? 2000 : 1900) + Number(year) : year.length === 4 ? Number(year) : NaN;

const hours = (hour: number, meridiem: string | undefined) =>
  meridiem === 'pm' && hour < 12 ? hour + 12 : meridiem === 'am' && hour === 12 ? 0 : hour;

function offsetOf(zone: string): number | undefined {
  const named = /^(Z|UTC|GMT|UT)$/i.test(zone);
  if (named) return 0;
  const match = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return minutes > 14 * 60 ? undefined : match[1] === '-' ? -minutes : minutes;
}

/** The instant, or undefined for an impossible date or time (31 February, 25:00) or an unknown zone. */
function instant(parts: Parts): string | undefined {
  const { year, month, day, hour, minute, second, offset } = parts;
  if (offset === undefined || !Number.isInteger(year) || year < 1900 || hour > 23 || minute > 59 || second > 60)
    return undefined;
  const local = Date.UTC(year, month, day, hour, minute, Math.min(second, 59), parts.millis ?? 0);
  const check = new Date(local);
  if (check.getUTCMonth() !== month || check.getUTCDate() !== day) return undefined;
  return new Date(local - offset * 60_000).toISOString();
}
