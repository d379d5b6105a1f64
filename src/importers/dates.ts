/** Month names in the languages feeds use, three-letter prefixes (English, Portuguese, Spanish, German, French, Italian). */
const MONTHS: Record<string, number> = {
  jan: 0, ene: 0, gen: 0, janv: 0,
  feb: 1, fev: 1, fév: 1, feb_: 1, févr: 1,
  mar: 2, mär: 2, mrz: 2, mars: 2,
  apr: 3, abr: 3, avr: 3, apri: 3,
  may: 4, mai: 4, mag: 4, mayo: 4,
  jun: 5, juin: 5, giu: 5,
  jul: 6, juil: 6, lug: 6,
  aug: 7, ago: 7, aoû: 7, aou: 7,
  sep: 8, set: 8, sept: 8,
  oct: 9, out: 9, okt: 9, ott: 9,
  nov: 10,
  dec: 11, dez: 11, dic: 11, déc: 11,
};

const TEXTUAL = /^(?:[^\d,\s]+,?\s+)?(\d{1,2})\.?\s+([^\s\d.]+)\.?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UT|GMT|[+-]\d{2}:?\d{2}|[A-Z]{3})?\s*$/i;
const ZONES: Record<string, string> = { UT: '+00:00', GMT: '+00:00', Z: '+00:00', EST: '-05:00', EDT: '-04:00', CST: '-06:00', CDT: '-05:00', MST: '-07:00', MDT: '-06:00', PST: '-08:00', PDT: '-07:00', CET: '+01:00', CEST: '+02:00', BST: '+01:00' };

/**
 * A feed date as an ISO instant: ISO 8601, RFC 822 ("Wed, 31 Jan 2018 07:26:05 GMT"), and the
 * non-English variants real feeds send ("Seg, 24 Set 2018 19:42:40 -0300"). Undefined when unreadable.
 */
export function parseFeedDate(text: string | undefined): string | undefined {
  const value = text?.trim();
  if (!value) return undefined;
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
    const time = Date.parse(value);
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }
  const match = TEXTUAL.exec(value);
  if (!match) return undefined;
  const [, day = '', monthName = '', year = '', hour = '0', minute = '0', second = '0', zone = 'Z'] = match;
  const month = monthIndex(monthName);
  if (month === undefined) return undefined;
  const offset = ZONES[zone.toUpperCase()] ?? (/^[+-]\d{2}:?\d{2}$/.test(zone) ? `${zone.slice(0, 3)}:${zone.slice(-2)}` : undefined);
  if (!offset) return undefined;
  const iso = `${year}-${pad(month + 1)}-${pad(Number(day))}T${pad(Number(hour))}:${pad(Number(minute))}:${pad(Number(second))}${offset}`;
  const time = Date.parse(iso);
  return Number.isNaN(time) || new Date(time).getUTCDate() === 0 ? undefined : new Date(time).toISOString();
}

function monthIndex(name: string): number | undefined {
  const lower = name.toLowerCase().normalize('NFC');
  return MONTHS[lower] ?? MONTHS[lower.slice(0, 4)] ?? MONTHS[lower.slice(0, 3)];
}

const pad = (n: number) => String(n).padStart(2, '0');
