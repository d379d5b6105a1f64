const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * An absolute URL for `url` read in a document at `base` (xml:base, the feed's link), or undefined when
 * it is not a web or mail address: javascript:, data: and unparsable URLs never reach storage.
 */
export function resolveUrl(
  url: string | undefined,
  base?: string,
  protocols: ReadonlySet<string> = LINK_PROTOCOLS,
): string | undefined {
  const value = url?.trim();
  if (!value) return undefined;
  try {
    // Protocol-relative URLs ("//cdn.example/x.jpg") in a document without a base are served over https.
    const resolved = new URL(
      value,
      base ?? (value.startsWith('//') ? 'https://protocol-relative.invalid/' : undefined),
    );
    return protocols.has(resolved.protocol) ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

const WEB_PROTOCOLS = new Set(['http:', 'https:']);

/** An absolute http(s) URL, for images and embeds. */
export const resolveWebUrl = (url: string | undefined, base?: string): string | undefined =>
  resolveUrl(url, base, WEB_PROTOCOLS);

/** A base for resolving: the first candidate that is itself an absolute http(s) URL. */
export const firstBase = (...candidates: (string | undefined)[]): string | undefined =>
  candidates.map((c) => resolveWebUrl(c)).find(Boolean);
