import { resolveDateline } from '../../domain/dateline.js';
import { detectLanguage } from '../enrich/language.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser, ParsedEntry } from '../parsed-entry.js';

const PHOTO_LINE = /^photo:\s*(.+)$/i;
const DATELINE = /^\s*[A-Za-z]+,\s+[A-Za-z]+\s+\d{1,2}(,\s*\d{4})?\s*$/;
// A headline is one short line without the sentence punctuation that ends body paragraphs.
const looksLikeHeadline = (block: string) =>
  block.length <= 200 && !block.includes('\n') && !/[.!?]["”’]?$/.test(block);

/**
 * The content team's plain-text format: a date line (the year may be missing), the headline,
 * headlines in other languages, an optional "Photo:" credit line, then the body paragraphs.
 */
export function createSeedTextParser(importedAt: () => Date): DocumentParser {
  return {
    format: 'seed-text',
    accepts: (text) => DATELINE.test(text.replace(/^\s+/, '').split('\n', 1)[0] ?? ''),
    parse: (text) => [{ entry: readSeedText(text, importedAt()) }],
  };
}

export function readSeedText(text: string, importedAt: Date): ParsedEntry {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
  const [dateline, headline, ...rest] = blocks;
  if (!dateline || !headline)
    throw new InputRejectedError('expected a date line and a headline, separated by a blank line');
  const date = resolveDateline(dateline, importedAt);
  if (!date)
    throw new InputRejectedError(
      `first line "${dateline.slice(0, 60)}" is not a date line such as "Saturday, November 16"`,
    );

  const language = detectLanguage(headline) ?? 'en';
  const otherHeadlines: ParsedEntry['otherHeadlines'] = [];
  while (rest[0] && looksLikeHeadline(rest[0]) && !PHOTO_LINE.test(rest[0]) && detectLanguage(rest[0]) !== language) {
    const translated = rest.shift() as string;
    otherHeadlines.push({ text: translated, language: detectLanguage(translated) ?? 'und', kind: 'UNKNOWN' });
  }
  const photoCredit = rest[0] ? PHOTO_LINE.exec(rest[0])?.[1]?.trim() : undefined;
  if (photoCredit) rest.shift();
  if (rest.length === 0) throw new InputRejectedError('the article has no body paragraphs');
  return {
    kind: 'article',
    // Plain text has no id of its own: date and headline identify it, so a corrected body updates the article.
    sourceId: `text:${date}:${headline}`,
    language,
    headline,
    otherHeadlines,
    body: rest.map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ')),
    publishedAt: `${date}T00:00:00.000Z`,
    dateSource: 'DATELINE',
    dateline,
    source: {},
    ...(photoCredit ? { photo: { credit: photoCredit } } : {}),
  };
}
