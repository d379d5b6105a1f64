/** "en-gb" → "en-GB"; empty → undefined (uolNoticias.rss declares an empty language). */
export function normalizeLanguage(tag: string | undefined): string | undefined {
  const value = tag?.trim();
  if (!value || !/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/.test(value)) return undefined;
  const [primary = '', ...rest] = value.replace(/_/g, '-').split('-');
  return [primary.toLowerCase(), ...rest.map((part) => (part.length === 2 ? part.toUpperCase() : part))].join('-');
}
