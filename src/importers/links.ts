// Query parameters that redirect wrappers (click trackers, "share" links) carry the real address in.
const WRAPPER_PARAMS = new Set([
  'url',
  'u',
  'q',
  'target',
  'dest',
  'destination',
  'redirect',
  'redirect_url',
  'redirecturl',
  'link',
  'to',
  'goto',
]);
const ABSOLUTE = /^https?:\/\//i;

/**
 * The address a link leads to: resolved against the document's base (xml:base, the feed's link) and
 * unwrapped from redirect wrappers that carry the target in a query parameter (`?url=https%3A%2F%2F…`)
 * or after a "*" (Folha's `redir.folha.com.br/…/*https://…`). Returned as given when neither applies,
 * so identities derived from links that were already right do not change.
 */
export function canonicalLink(link: string | undefined, base?: string): string | undefined {
  const value = link?.trim();
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value, base && ABSOLUTE.test(base) ? base : undefined);
  } catch {
    return value;
  }
  let changed = !ABSOLUTE.test(value);
  for (let depth = 0; depth < 3; depth++) {
    const target = wrappedTarget(url);
    if (!target) break;
    url = target;
    changed = true;
  }
  return changed ? url.href : value;
}

function wrappedTarget(url: URL): URL | undefined {
  const starred = /\*(https?:\/\/.+)$/i.exec(url.pathname + url.search)?.[1];
  const param = [...url.searchParams].find(
    ([key, value]) => WRAPPER_PARAMS.has(key.toLowerCase()) && ABSOLUTE.test(value),
  )?.[1];
  const target = starred ?? param;
  if (!target) return undefined;
  try {
    return new URL(starred ? decodeURIComponent(starred) : target);
  } catch {
    return undefined;
  }
}

/**
 * The story's identity: a guid that is not a link names the story by itself; a guid that is a link, or
 * none, gives way to the canonical link, so one story behind two wrappers is one article.
 */
export function storyIdentity(guid: string | undefined, link: string | undefined, base?: string): string | undefined {
  if (guid && !ABSOLUTE.test(guid) && !guid.startsWith('/')) return guid;
  return canonicalLink(guid, base) ?? link;
}
