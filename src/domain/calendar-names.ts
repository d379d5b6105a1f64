/**
 * Month and weekday names in the languages our sources write in (en, pt, es, de, fr, it, nl, sv, nb, da).
 * One table for every reader of dates: feed dates, date lines and dates inside article text.
 */
export const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
/**
 * The English month names as written in running text (capitalised), as a regex alternation: "may" in lower case
 * is a verb, so patterns over article text match the capitalised names only.
 */
export const ENGLISH_MONTH_ALTERNATION = ENGLISH_MONTHS.map((m) => m[0]?.toUpperCase() + m.slice(1)).join('|');
export const ENGLISH_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

// Full names per month (index 0 = January), accents removed; abbreviations are prefixes of these.
const MONTH_NAMES: readonly string[][] = [
  ['january', 'janeiro', 'enero', 'januar', 'janner', 'janvier', 'gennaio', 'januari'],
  ['february', 'fevereiro', 'febrero', 'februar', 'fevrier', 'febbraio', 'februari'],
  ['march', 'marco', 'marzo', 'marz', 'mars', 'maart', 'marts'],
  ['april', 'abril', 'avril', 'aprile'],
  ['may', 'maio', 'mayo', 'mai', 'maggio', 'mei', 'maj'],
  ['june', 'junho', 'junio', 'juni', 'juin', 'giugno'],
  ['july', 'julho', 'julio', 'juli', 'juillet', 'luglio'],
  ['august', 'agosto', 'aout', 'augustus', 'augusti'],
  ['september', 'setembro', 'septiembre', 'setiembre', 'septembre', 'settembre'],
  ['october', 'outubro', 'octubre', 'oktober', 'octobre', 'ottobre'],
  ['november', 'novembro', 'noviembre', 'novembre'],
  ['december', 'dezembro', 'diciembre', 'dezember', 'decembre', 'dicembre', 'desember'],
];
// Abbreviations that are not prefixes of a full name (German "Mrz", Dutch "mrt").
const MONTH_ABBREVIATIONS: Record<string, number> = { mrz: 2, mrt: 2 };

const WEEKDAY_NAMES: readonly string[] = [
  ...ENGLISH_WEEKDAYS,
  'domingo',
  'segunda',
  'terca',
  'quarta',
  'quinta',
  'sexta',
  'sabado',
  'seg',
  'ter',
  'qua',
  'qui',
  'sex',
  'sab',
  'dom',
  'lunes',
  'martes',
  'miercoles',
  'jueves',
  'viernes',
  'lun',
  'mar',
  'mie',
  'jue',
  'vie',
  'montag',
  'dienstag',
  'mittwoch',
  'donnerstag',
  'freitag',
  'samstag',
  'sonnabend',
  'sonntag',
  'mo',
  'di',
  'mi',
  'do',
  'fr',
  'sa',
  'so',
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'lunedi',
  'martedi',
  'mercoledi',
  'giovedi',
  'venerdi',
  'sabato',
  'domenica',
  'gio',
  'ven',
  'maandag',
  'dinsdag',
  'woensdag',
  'donderdag',
  'vrijdag',
  'zaterdag',
  'zondag',
  'ma',
  'wo',
  'vr',
  'za',
  'zo',
  'mandag',
  'tirsdag',
  'tisdag',
  'onsdag',
  'torsdag',
  'fredag',
  'lordag',
  'sondag',
  'man',
  'tir',
  'tis',
  'ons',
  'tor',
  'fre',
  'lor',
  'son',
  'mer',
  'jeu',
  'sam',
  'dim',
  'feira',
];

/** Lower case without diacritics, so "Fév", "fev" and "FÉV" are one word ("ø" and "å" too). */
export const foldName = (word: string) =>
  word.toLowerCase().replace(/ø/g, 'o').replace(/æ/g, 'ae').normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');

/**
 * The month (0-11) a name or abbreviation stands for in any of our languages ("Dez", "févr.", "Setembro",
 * "mrt"); undefined when unknown or when the abbreviation could be two months (French "jui").
 */
export function monthOf(name: string): number | undefined {
  const word = foldName(name);
  if (word in MONTH_ABBREVIATIONS) return MONTH_ABBREVIATIONS[word];
  if (word.length < 3) return undefined;
  const months = new Set(
    MONTH_NAMES.flatMap((names, month) => (names.some((full) => full.startsWith(word)) ? [month] : [])),
  );
  return months.size === 1 ? [...months][0] : undefined;
}

/** True for a weekday name or its usual abbreviation in any of our languages. */
export function isWeekday(name: string): boolean {
  const word = foldName(name);
  return WEEKDAY_NAMES.includes(word) || (word.length >= 2 && ENGLISH_WEEKDAYS.some((day) => day.startsWith(word)));
}
