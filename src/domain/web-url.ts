/**
 * Where the publisher's own site shows an article, per language: templates with `{slug}`, `{language}`
 * and `{id}`, keyed by language tag ("en", "pt-BR") or "*" for any other language.
 */
export type WebUrlTemplates = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(slug|language|id)\}/g;

/** Why a templates value is unusable, or undefined when it is fine (config reports it with the variable). */
export function templatesProblem(value: unknown): string | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return 'must be a JSON object';
  for (const [language, template] of Object.entries(value)) {
    if (language !== '*' && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language))
      return `has "${language}", which is neither a language tag nor "*"`;
    if (typeof template !== 'string' || !/^https?:\/\//.test(template))
      return `has a template for "${language}" that is not an http(s) URL`;
    if (!template.includes('{slug}') && !template.includes('{id}'))
      return `has a template for "${language}" without {slug} or {id}`;
  }
  return undefined;
}

/** The template for a language: the exact tag, then its primary language, then "*"; case-insensitive. */
function templateFor(templates: WebUrlTemplates, language: string): string | undefined {
  const byTag = new Map(Object.entries(templates).map(([tag, template]) => [tag.toLowerCase(), template]));
  const tag = language.toLowerCase();
  return byTag.get(tag) ?? byTag.get(tag.split('-')[0] ?? tag) ?? byTag.get('*');
}

/** The article's page on the publisher's site in the served language, or undefined without a template. */
export function webUrlFor(
  templates: WebUrlTemplates,
  page: { id: string; slug: string; language: string },
): string | undefined {
  const template = templateFor(templates, page.language);
  return template?.replace(PLACEHOLDER, (_, name: 'slug' | 'language' | 'id') => encodeURIComponent(page[name]));
}
