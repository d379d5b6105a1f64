import { ENGLISH_MONTH_ALTERNATION, ENGLISH_MONTHS } from '../../domain/calendar-names.js';
import type { PartialDate, StatedDate } from '../../domain/event.js';

// Article text is read for events in English only (build-document.ts): the English names suffice.
const MONTHS: readonly string[] = ENGLISH_MONTHS;
const MONTH_NAMES = ENGLISH_MONTH_ALTERNATION;
const DAY = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES}) (\\d{3,4})\\b`);
const MONTH_YEAR = new RegExp(`\\b(${MONTH_NAMES}) (\\d{3,4})\\b`);
const YEAR = /\bin (\d{3,4})\b/;
export const RELATIVE =
  /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+) (day|week|month|year)s? (earlier|before|later|after)\b/i;
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A date read from text: trusted (`start`) or, when its span is flagged as damaged, only stated. */
export type DateReading = { start: PartialDate; stated?: undefined } | { start?: undefined; stated: StatedDate };

/** Where a date sits in the searched text, so it can be checked against flagged spans. */
interface FoundDate {
  date: PartialDate;
  text: string;
  at: number;
}

/** "in April 1200" (month), "in 2019" (year), "on 25 April 2019" (day). */
export function dateIn(text: string): FoundDate | undefined {
  const day = DAY.exec(text);
  if (day)
    return {
      date: { value: `${year(day[3])}-${month(day[2])}-${(day[1] as string).padStart(2, '0')}`, precision: 'DAY' },
      text: day[0],
      at: day.index,
    };
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear)
    return {
      date: { value: `${year(monthYear[2])}-${month(monthYear[1])}`, precision: 'MONTH' },
      text: monthYear[0],
      at: monthYear.index,
    };
  const inYear = YEAR.exec(text);
  if (inYear)
    return { date: { value: year(inYear[1]), precision: 'YEAR' }, text: inYear[1] as string, at: inYear.index + 3 };
  return undefined;
}

/**
 * The date in `text` (which starts at `offset` of its paragraph); a date overlapping a damaged span keeps
 * only what is plausible of it: the words as stated and the month.
 */
export function readDate(
  text: string,
  offset: number,
  damaged: (start: number, end: number) => boolean,
): DateReading | undefined {
  const found = dateIn(text);
  if (!found) return undefined;
  if (!damaged(offset + found.at, offset + found.at + found.text.length)) return { start: found.date };
  const stated: StatedDate = { text: found.text };
  if (found.date.precision !== 'YEAR') stated.month = Number(found.date.value.slice(5, 7));
  return { stated };
}

/** "two months earlier" than a reading: shifted when trusted; from a stated date, only the month survives. */
export function shiftReading(
  anchor: DateReading | undefined,
  relative: RegExpExecArray | null,
): DateReading | undefined {
  if (!anchor || !relative) return undefined;
  const amount =
    NUMBERS.indexOf((relative[1] as string).toLowerCase()) >= 0
      ? NUMBERS.indexOf((relative[1] as string).toLowerCase())
      : Number(relative[1]);
  const sign = /earlier|before/i.test(relative[3] as string) ? -1 : 1;
  const unit = (relative[2] as string).toLowerCase();
  if (anchor.start) return { start: shift(anchor.start, sign * amount, unit) };
  const stated: StatedDate = { text: relative[0] };
  if (unit === 'month' && anchor.stated.month)
    stated.month = ((((anchor.stated.month - 1 + sign * amount) % 12) + 12) % 12) + 1;
  return { stated };
}

function shift(anchor: PartialDate, amount: number, unit: string): PartialDate {
  const [y = 0, m = 1] = anchor.value.split('-').map(Number);
  if (unit === 'year') return { value: String(y + amount).padStart(4, '0'), precision: 'YEAR' };
  if (unit === 'month' && anchor.precision !== 'YEAR') {
    const total = y * 12 + (m - 1) + amount;
    return {
      value: `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`,
      precision: 'MONTH',
    };
  }
  return { value: String(y), precision: 'YEAR' };
}

export const isMonthName = (word: string) => MONTHS.includes(word.toLowerCase());
const month = (name: string | undefined) => String(MONTHS.indexOf((name ?? '').toLowerCase()) + 1).padStart(2, '0');
const year = (digits: string | undefined) => (digits ?? '').padStart(4, '0');
