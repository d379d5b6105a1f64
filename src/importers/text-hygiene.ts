import { decodeHTMLStrict } from 'entities';
import { parseDocument } from 'htmlparser2';
import type { ChildNode } from 'domhandler';

// ANSI escape sequences (colours, cursor moves) arrive in text pasted from terminals; drop them whole.
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const CONTROL_OR_NEWLINE = /[\u0000-\u001f\u007f-\u009f]/g;
export const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]{1,31});/i;
export const MARKUP = /<\/?[a-z][a-z0-9:-]*(\s[^<>]*)?\/?>|<!--[\s\S]*?-->|<!\[CDATA\[/i;

/** Removes C0/C1 control characters and ANSI escapes; newlines (and tabs, as spaces) stay when asked. */
export function stripControls(text: string, keepNewlines = false): string {
  const noAnsi = text.replace(ANSI, '');
  if (!keepNewlines) return noAnsi.replace(/[\t\n\r]/g, ' ').replace(CONTROL_OR_NEWLINE, '');
  return noAnsi.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/**
 * Decodes every HTML character reference (the whole HTML5 table). Runs twice at most: feeds often
 * double-encode ("&amp;eacute;"), and a second pass is what a reader would expect to see decoded.
 */
export function decodeEntities(text: string): string {
  const once = decodeHTMLStrict(text);
  return ENTITY.test(once) ? decodeHTMLStrict(once) : once;
}

/** The text content of a fragment of markup: tags, comments, scripts and styles go. */
export function markupToText(html: string): string {
  const document = parseDocument(html, { decodeEntities: true });
  return collectText(document.children);
}

function collectText(nodes: readonly ChildNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.type === 'text') out += node.data;
    else if (node.type === 'cdata') out += collectText(node.children);
    else if (node.type === 'tag' && !['br', 'p', 'div', 'li'].includes(node.name)) out += collectText(node.children);
    else if (node.type === 'tag') out += ` ${collectText(node.children)} `;
  }
  return out;
}

/**
 * One line of stored text (a headline, a name, a caption): no markup, no entity left encoded, no
 * control characters, whitespace collapsed.
 */
export function cleanText(text: string): string {
  let plain = decodeEntities(MARKUP.test(text) ? markupToText(text) : text);
  // Escaped markup ("&lt;b&gt;") is markup once decoded.
  if (MARKUP.test(plain)) plain = markupToText(plain);
  return stripControls(plain).replace(/\s+/g, ' ').trim();
}
