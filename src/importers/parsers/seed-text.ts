import { resolveDateline } from '../../domain/dateline.js';
import { detectLanguage } from '../enrich/language.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser, ParsedEntry } from '../parsed-entry.js';

const PHOTO_LINE = /^photo:\s*(.+)$/i;
// An optional first line naming the document, so that correcting its headline or date keeps its identity.
const ID_LINE = /^id:[ \t]*(.*)$/i;
const MAX_ID_LENGTH = 200;
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
    accepts: (text) => DATELINE.test(splitIdLine(text).rest.replace(/^\s+/, '').split('\n', 1)[0] ?? ''),
    parse: (text) => [{ entry: readSeedText(text, importedAt()) }],
  };
}

export function readSeedText(text: string, importedAt: Date): ParsedEntry {
  const { id, rest: content } = splitIdLine(text);
  const blocks = content
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
    // Without an Id line, date and headline identify the text: a corrected body updates the article, a
    // corrected headline or date makes another. With one, the id alone does.
    sourceId: id !== undefined ? `text:id:${checkId(id)}` : `text:${date}:${headline}`,
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

/** The value of a leading "Id:" line (checked by readIdLine), and the text after it. */
function splitIdLine(text: string): { id?: string; rest: string } {
  const [first = '', ...others] = text
    .replace(/^[\s\uFEFF]+/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const match = ID_LINE.exec(first.trim());
  return match ? { id: (match[1] ?? '').trim(), rest: others.join('\n') } : { rest: text };
}

function checkId(id: string): string {
  if (!id)
    throw new InputRejectedError('the "Id:" line is empty: give the document\'s id after "Id:" or leave the line out');
  if (id.length > MAX_ID_LENGTH)
    throw new InputRejectedError(`the "Id:" line is ${id.length} characters long; at most ${MAX_ID_LENGTH}`);
  return id;
}
