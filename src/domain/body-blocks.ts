/** A stretch of text inside a paragraph, with the formatting and link the source gave it. */
export interface InlineRun {
  text: string;
  /** An http(s) or mailto URL; other schemes are dropped when the body is parsed. */
  href?: string;
  emphasis?: boolean;
  strong?: boolean;
}

export const EMBED_PROVIDERS = [
  'YOUTUBE',
  'VIMEO',
  'TWITTER',
  'INSTAGRAM',
  'FACEBOOK',
  'TIKTOK',
  'SPOTIFY',
  'SOUNDCLOUD',
  'DAILYMOTION',
] as const;
export type EmbedProvider = (typeof EMBED_PROVIDERS)[number];

export type BodyBlock =
  | { kind: 'paragraph'; runs: InlineRun[] }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'quote'; text: string; attribution?: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | {
      kind: 'image';
      src: string;
      alt?: string;
      caption?: string;
      credit?: string;
      width?: number;
      height?: number;
      srcset?: { url: string; width: number }[];
    }
  | { kind: 'embed'; provider: EmbedProvider; url: string }
  | { kind: 'preformatted'; text: string };

export type BodyBlockKind = BodyBlock['kind'];

export const paragraphText = (runs: readonly InlineRun[]): string => runs.map((run) => run.text).join('');

/**
 * The plain-text paragraphs of a body: what `Article.body` serves. Images and embeds carry no text
 * of the article's own; list items are one paragraph each.
 */
export function blocksToParagraphs(blocks: readonly BodyBlock[]): string[] {
  return blocks
    .flatMap((block): string[] => {
      switch (block.kind) {
        case 'paragraph':
          return [paragraphText(block.runs)];
        case 'heading':
        case 'preformatted':
          return [block.kind === 'preformatted' ? block.text.replace(/\s+/g, ' ').trim() : block.text];
        case 'quote':
          return [block.attribution ? `${block.text} — ${block.attribution}` : block.text];
        case 'list':
          return block.items;
        default:
          return [];
      }
    })
    .filter(Boolean);
}

/** Plain paragraphs as blocks: bodies that came as text, and translations. */
export const paragraphsToBlocks = (paragraphs: readonly string[]): BodyBlock[] =>
  paragraphs.map((text) => ({ kind: 'paragraph', runs: [{ text }] }));

/** True when the blocks say nothing plain paragraphs would not: then only the paragraphs are stored. */
export const isPlain = (blocks: readonly BodyBlock[]): boolean =>
  blocks.every(
    (block) => block.kind === 'paragraph' && block.runs.every((run) => !run.href && !run.emphasis && !run.strong),
  );
