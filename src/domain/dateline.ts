import { ENGLISH_MONTHS, ENGLISH_WEEKDAYS } from './calendar-names.js';

const WEEKDAYS: readonly string[] = ENGLISH_WEEKDAYS;
const MONTHS: readonly string[] = ENGLISH_MONTHS;

const DATELINE = /^\s*([A-Za-z]+),\s+([A-Za-z]+)\s+(\d{1,2})(?:,\s*(\d{4}))?\s*$/;

/**
 * Reads a date line such as "Saturday, November 16" (year optional). Without a year, takes the latest
 * year, not after `notAfter`, in which that day falls on that weekday. Returns an ISO date (YYYY-MM-DD)
 * or undefined when the line is not a date line or names an impossible date.
 */
export function resolveDateline(line: string, notAfter: Date): string | undefined {
  const match = DATELINE.exec(line);
  if (!match) return undefined;
  const [, weekdayName = '', monthName = '', dayText = '', yearText] = match;
  const weekday = WEEKDAYS.indexOf(weekdayName.toLowerCase());
  const month = MONTHS.indexOf(monthName.toLowerCase());
  const day = Number(dayText);
  if (weekday < 0 || month < 0) return undefined;
  const fits = (year: number) => {
    const date = new Date(Date.UTC(year, month, day));
    return date.getUTCMonth() === month && date.getUTCDay() === weekday ? date : undefined;
  };
  if (yearText) return iso(fits(Number(yearText)));
  // Weekday and date repeat within 28 years at most (400 covers the Gregorian cycle).
  for (let year = notAfter.getUTCFullYear(); year > notAfter.getUTCFullYear() - 400; year--) {
    const date = fits(year);
    if (date && date.getTime() <= notAfter.getTime()) return iso(date);
  }
  return undefined;
}

const iso = (date: Date | undefined) => date?.toISOString().slice(0, 10);
