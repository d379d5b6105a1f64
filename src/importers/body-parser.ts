import type { ChildNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { BodyBlock, InlineRun } from '../domain/body-blocks.js';
import { EMBED_QUOTE_CLASS, embedProvider } from './embeds.js';
import { cleanRunText, elementText, findAll, findFirst, localName, preformattedText } from './dom-text.js';
import { pixels as dimension, srcsetRenditions } from './images.js';
import { resolveUrl, resolveWebUrl } from './urls.js';

export interface BodyOptions {
  /** The document's base (xml:base, the item or feed link) for relative links and images. */
  baseUrl?: string;
  /** NITF and other XML bodies: parsed as XML (self-closing elements, case kept). */
  xml?: boolean;
}

type Style = Omit<InlineRun, 'text'>;

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'svg',
  'math',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'canvas',
  'nav',
  'body.head',
  'body.end',
  'iframe',
]);
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'main',
  'aside',
  'table',
  'thead',
  'tbody',
  'tr',
  'dl',
  'dt',
  'dd',
  'address',
  'center',
  'details',
  'summary',
  'figcaption',
  'li',
  'block',
  'body.content',
  'body',
  'nitf',
  'html',
  'hedline',
  'caption',
]);
const HEADING = /^(h([1-6])|hl([12]))$/;
// Feed-service beacons and share buttons drawn as images: not pictures of the story.
const TRACKER_HOST =
  /(^|\.)(feeds\.feedburner\.com|feedproxy\.google\.com|feeds\.feedblitz\.com|pixel\.wp\.com|stats\.wp\.com)$/;

/** The blocks of an HTML, XHTML or NITF body. Scripts, styles and unknown embeds never become text. */
export function parseBody(markup: string, options: BodyOptions = {}): BodyBlock[] {
  const document = parseDocument(markup, { xmlMode: options.xml ?? false, decodeEntities: true });
  const builder = new BlockBuilder(options.baseUrl);
  builder.walk(document.children, {});
  builder.flush();
  return builder.blocks;
}

class BlockBuilder {
  readonly blocks: BodyBlock[] = [];
  private runs: InlineRun[] = [];

  constructor(private readonly base: string | undefined) {}

  walk(nodes: readonly ChildNode[], style: Style): void {
    for (const node of nodes) {
      if (node.type === 'text') this.addRun(node.data, style);
      else if (node.type === 'cdata') this.walk(node.children, style);
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') this.element(node, style);
    }
  }

  private element(el: Element, style: Style): void {
    const name = localName(el);
    const heading = HEADING.exec(name);
    if (name === 'iframe') return this.embed(el.attribs.src ?? el.attribs['data-src']);
    if (SKIP.has(name) || 'hidden' in el.attribs || el.attribs['aria-hidden'] === 'true') return;
    if (heading) return this.push({ kind: 'heading', level: Number(heading[2] ?? heading[3]), text: elementText(el) });
    if (name === 'br') return this.flush();
    if (name === 'a') return this.walk(el.children, { ...style, ...this.href(el) });
    if (name === 'em' || name === 'i') return this.walk(el.children, { ...style, emphasis: true });
    if (name === 'strong' || name === 'b') return this.walk(el.children, { ...style, strong: true });
    if (name === 'img') return this.image(el.attribs);
    if (name === 'figure') return this.figure(el, style);
    if (name === 'media') return this.media(el);
    if (name === 'pre') return this.push({ kind: 'preformatted', text: preformattedText(el) });
    if (name === 'ul' || name === 'ol') return this.list(el, name === 'ol');
    if (name === 'blockquote' || name === 'bq') return this.quote(el, style);
    if (name === 'td' || name === 'th') {
      this.walk(el.children, style);
      return this.addRun(' ', style);
    }
    if (!BLOCK.has(name)) return this.walk(el.children, style);
    this.flush();
    this.walk(el.children, style);
    this.flush();
  }

  private href(el: Element): Style {
    const href = resolveUrl(el.attribs.href, this.base);
    return href ? { href } : {};
  }

  private image(attribs: Record<string, string | undefined>, caption?: string, credit?: string): void {
    const candidate =
      attribs.src ?? attribs['data-src'] ?? attribs['data-lazy-src'] ?? attribs.srcset?.trim().split(/\s+/)[0];
    const src = resolveWebUrl(candidate, this.base);
    const width = dimension(attribs.width);
    const height = dimension(attribs.height);
    // One-pixel images are tracking beacons, not pictures.
    if (!src || width === 1 || height === 1 || TRACKER_HOST.test(new URL(src).hostname)) return;
    const alt = cleanRunText(attribs.alt ?? '').trim();
    const srcset = srcsetRenditions(attribs.srcset ?? attribs['data-srcset'], this.base).filter((r) => r.url !== src);
    this.push({
      kind: 'image',
      src,
      ...(alt ? { alt } : {}),
      ...(caption ? { caption } : {}),
      ...(credit ? { credit } : {}),
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
      ...(srcset.length ? { srcset } : {}),
    });
  }

  private figure(el: Element, style: Style): void {
    const img = findFirst(el.children, (node) => localName(node) === 'img');
    // WordPress embed blocks carry the bare URL as text, for a script to replace with the player.
    if (
      !img &&
      /\bwp-block-embed\b/.test(el.attribs.class ?? '') &&
      !findFirst(el.children, (node) => localName(node) === 'iframe')
    )
      return this.embed(elementText(el).split(' ')[0], () => this.blockWalk(el, style));
    if (!img) return this.blockWalk(el, style);
    const captionEl = findFirst(el.children, (node) => localName(node) === 'figcaption');
    const creditEl = findFirst(el.children, (node) => /credit|byline|copyright|source/i.test(node.attribs.class ?? ''));
    const credit = creditEl ? elementText(creditEl) : undefined;
    const caption = captionEl ? elementText(captionEl, creditEl) : undefined;
    this.image(img.attribs, caption || undefined, credit || undefined);
    const other = el.children.filter(
      (child): child is Element =>
        child.type === 'tag' && child !== captionEl && !findFirst([child], (node) => node === img),
    );
    for (const child of other) this.element(child, style);
  }

  /** NITF <media>: an image with its reference, caption and producer (the credit). */
  private media(el: Element): void {
    const type = el.attribs['media-type'];
    if (type && type !== 'image') return;
    const reference = findFirst(el.children, (node) => localName(node) === 'media-reference');
    const captionEl = findFirst(el.children, (node) => localName(node) === 'media-caption');
    const producerEl = findFirst(el.children, (node) => localName(node) === 'media-producer');
    if (!reference) return;
    const { source, data, width, height } = reference.attribs;
    this.image(
      { src: source ?? data, alt: reference.attribs['alternate-text'], width, height },
      captionEl ? elementText(captionEl) || undefined : undefined,
      producerEl ? elementText(producerEl) || undefined : undefined,
    );
  }

  private embed(src: string | undefined, fallback?: () => void): void {
    const url = resolveWebUrl(src, this.base);
    const provider = url ? embedProvider(url) : undefined;
    if (url && provider) this.push({ kind: 'embed', provider, url });
    else fallback?.();
  }

  private list(el: Element, ordered: boolean): void {
    const items = el.children
      .filter((child): child is Element => child.type === 'tag' && localName(child) === 'li')
      .map((li) => elementText(li))
      .filter(Boolean);
    if (items.length) this.push({ kind: 'list', ordered, items });
  }

  private quote(el: Element, style: Style): void {
    if (EMBED_QUOTE_CLASS.test(el.attribs.class ?? '')) {
      const links = findAll(el.children, (node) => localName(node) === 'a')
        .map((a) => resolveWebUrl(a.attribs.href, this.base))
        .filter((u): u is string => Boolean(u && embedProvider(u)));
      return this.embed(el.attribs['data-instgrm-permalink'] ?? el.attribs.cite ?? links.at(-1));
    }
    const attributionEl = findFirst(el.children, (node) =>
      ['footer', 'cite', 'credit', 'figcaption'].includes(localName(node)),
    );
    const text = elementText(el, attributionEl);
    const attribution = attributionEl ? elementText(attributionEl).replace(/^[—–-]\s*/, '') : '';
    if (text) this.push({ kind: 'quote', text, ...(attribution ? { attribution } : {}) });
    else this.blockWalk(el, style);
  }

  private blockWalk(el: Element, style: Style): void {
    this.flush();
    this.walk(el.children, style);
    this.flush();
  }

  private addRun(raw: string, style: Style): void {
    const text = cleanRunText(raw);
    if (!text) return;
    const last = this.runs.at(-1);
    if (last && last.href === style.href && last.emphasis === style.emphasis && last.strong === style.strong)
      last.text = joinSpaces(last.text, text);
    else this.runs.push({ text: last?.text.endsWith(' ') ? text.replace(/^ +/, '') : text, ...style });
  }

  private push(block: BodyBlock): void {
    this.flush();
    this.blocks.push(block);
  }

  flush(): void {
    const runs = this.runs;
    this.runs = [];
    const first = runs[0];
    if (first) first.text = first.text.replace(/^ +/, '');
    const last = runs.at(-1);
    if (last) last.text = last.text.replace(/ +$/, '');
    const kept = runs.filter((run) => run.text);
    if (kept.some((run) => run.text.trim())) this.blocks.push({ kind: 'paragraph', runs: kept });
  }
}

const joinSpaces = (a: string, b: string) => (a.endsWith(' ') ? a + b.replace(/^ +/, '') : a + b);
