/**
 * The form names are looked up by: case, diacritics and punctuation ignored,
 * so "kim jong un", "Kim Jong-un" and "KIM JONG UN" are one key.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
