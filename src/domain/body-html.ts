import type { BodyBlock, InlineRun } from './body-blocks.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The URL when it is http(s) (or mailto, for links); anything else (javascript:, data:) is refused. */
export function safeUrl(url: string, allowMailto = true): string | undefined {
  try {
    const { protocol, href } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' || (allowMailto && protocol === 'mailto:') ? href : undefined;
  } catch {
    return undefined;
  }
}

function run(r: InlineRun): string {
  let html = escapeHtml(r.text);
  if (r.emphasis) html = `<em>${html}</em>`;
  if (r.strong) html = `<strong>${html}</strong>`;
  const href = r.href && safeUrl(r.href);
  return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener">${html}</a>` : html;
}

function block(b: BodyBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return `<p>${b.runs.map(run).join('')}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(1, Math.trunc(b.level) || 2));
      return `<h${level}>${escapeHtml(b.text)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${escapeHtml(b.text)}</p>${b.attribution ? `<footer>${escapeHtml(b.attribution)}</footer>` : ''}</blockquote>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'image': {
      const src = safeUrl(b.src, false);
      if (!src) return '';
      const candidates = (b.srcset ?? []).flatMap((r) =>
        safeUrl(r.url, false) && r.width > 0 ? [`${safeUrl(r.url, false)} ${Math.trunc(r.width)}w`] : [],
      );
      const srcset = candidates.length ? ` srcset="${escapeHtml(candidates.join(', '))}"` : '';
      const size = `${b.width ? ` width="${Math.trunc(b.width)}"` : ''}${b.height ? ` height="${Math.trunc(b.height)}"` : ''}`;
      const caption = [b.caption && escapeHtml(b.caption), b.credit && `<small>${escapeHtml(b.credit)}</small>`]
        .filter(Boolean)
        .join(' ');
      return `<figure><img src="${escapeHtml(src)}"${srcset} alt="${escapeHtml(b.alt ?? '')}"${size}>${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`;
    }
    case 'embed': {
      // No iframe: the app decides how (and whether) to load third-party players; we give it the link.
      const url = safeUrl(b.url, false);
      return url
        ? `<figure data-embed="${b.provider.toLowerCase()}"><a href="${escapeHtml(url)}" rel="nofollow noopener">${escapeHtml(url)}</a></figure>`
        : '';
    }
    case 'preformatted':
      return `<pre>${escapeHtml(b.text)}</pre>`;
  }
}

/**
 * Sanitized HTML built from the blocks, never from the source's markup: only p, a, em, strong, h1-h6,
 * blockquote, footer, ul, ol, li, figure, img, figcaption, small and pre; only http(s) and mailto
 * URLs; every text and attribute escaped.
 */
export function renderBodyHtml(blocks: readonly BodyBlock[]): string {
  return blocks.map(block).filter(Boolean).join('\n');
}
