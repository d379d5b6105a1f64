import transliterate from '@sindresorhus/transliterate';

/**
 * A URL slug: lower case ASCII letters and digits joined by hyphens. Diacritics are folded first
 * ("Añ" → "an", "ü" → "u", as slugs always were, so stored slugs stay stable); letters that do not
 * decompose are then transliterated ("kjøpt" → "kjopt", "Łódź" → "lodz", "ß" → "ss", Cyrillic, Greek).
 */
export function slugify(text: string, maxLength = 80): string {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
  const slug = transliterate(folded)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut;
}
