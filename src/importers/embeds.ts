import type { EmbedProvider } from '../domain/body-blocks.js';

// Hosts whose iframes and blockquotes we know how to show; any other embed is dropped, never shown as text.
const HOSTS: [RegExp, EmbedProvider][] = [
  [/(^|\.)(youtube\.com|youtube-nocookie\.com|youtu\.be)$/, 'YOUTUBE'],
  [/(^|\.)vimeo\.com$/, 'VIMEO'],
  [/(^|\.)(twitter\.com|x\.com)$/, 'TWITTER'],
  [/(^|\.)instagram\.com$/, 'INSTAGRAM'],
  [/(^|\.)facebook\.com$/, 'FACEBOOK'],
  [/(^|\.)tiktok\.com$/, 'TIKTOK'],
  [/(^|\.)spotify\.com$/, 'SPOTIFY'],
  [/(^|\.)soundcloud\.com$/, 'SOUNDCLOUD'],
  [/(^|\.)dailymotion\.com$/, 'DAILYMOTION'],
];

/** The provider serving an (absolute) embed URL, or undefined for a host we do not know. */
export function embedProvider(url: string): EmbedProvider | undefined {
  const host = new URL(url).hostname.toLowerCase();
  return HOSTS.find(([pattern]) => pattern.test(host))?.[1];
}

/** The blockquote classes the providers' embed scripts look for. */
export const EMBED_QUOTE_CLASS = /\b(twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-xfbml-parse-ignore)\b/;
