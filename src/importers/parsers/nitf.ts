import { isTag, type Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';
import { parseFeedDate } from '../dates.js';
import { elementText, localName } from '../dom-text.js';
import { bodyFromMarkup } from '../html.js';
import { InputRejectedError } from '../raw-input.js';
import type { DocumentParser, ParsedEntry } from '../parsed-entry.js';
import { normalizeLanguage } from './language-tag.js';
import { parseXml } from './xml.js';

// A DOCTYPE naming the NITF DTD without an internal subset declares nothing: dropped so parseXml's refusal of DTDs can stay strict.
const EXTERNAL_DOCTYPE = /<!DOCTYPE\s+nitf\s+(PUBLIC|SYSTEM)\s[^[>]*>/i;

/** Stand-alone IPTC NITF documents (3.x): one article each. */
export const nitfParser: DocumentParser = {
  format: 'nitf',
  accepts: (text) => /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<nitf\b/.test(text),
  parse(raw) {
    const text = raw.replace(EXTERNAL_DOCTYPE, '');
    parseXml(text); // refuses malformed, DTD-laden and absurdly nested documents before anything else reads them
    const document = parseDocument(text, { xmlMode: true, decodeEntities: true });
    const find = (name: string, within: Element[] = document.children.filter(isTag)) =>
      DomUtils.findOne((el) => localName(el) === name, within, true) ?? undefined;
    const root = find('nitf');
    if (!root) throw new InputRejectedError('an NITF document has a <nitf> root');
    const head = find('head', [root]);
    const bodyHead = find('body.head', [root]);
    const hedline = bodyHead && find('hedline', [bodyHead]);
    const headline = textIn(hedline && find('hl1', [hedline])) ?? textIn(head && find('title', [head]));
    if (!headline) throw new InputRejectedError('NITF document without a headline (hedline/hl1 or head/title)');
    const docId = head && find('doc-id', [head]);
    const sourceId = docId?.attribs['id-string'];
    const language = normalizeLanguage(
      root.attribs['xml:lang'] ?? root.attribs.baselang ?? find('body', [root])?.attribs['xml:lang'],
    );
    const publishedAt =
      nitfDate(head && find('date.issue', [head])?.attribs.norm) ??
      nitfDate(head && find('pubdata', [head])?.attribs['date.publication']);
    const subheadline = textIn(hedline && find('hl2', [hedline]));
    const byline = textIn(bodyHead && find('byline', [bodyHead]));
    const dateline = textIn(bodyHead && find('dateline', [bodyHead]));
    const publisher = textIn(bodyHead && find('distributor', [bodyHead])) ?? docId?.attribs.regsrc;
    const content = find('body.content', [root]);
    const { body, bodyBlocks } = content
      ? bodyFromMarkup(DomUtils.getOuterHTML(content, { xmlMode: true }), { xml: true })
      : { body: [], bodyBlocks: [] };
    const mediaCaption = textIn(content && find('media-caption', [content]));
    // tobject.subject.refnum is the IPTC Subject Code of the label (NITF 3.x).
    const subjects = DomUtils.findAll((el) => localName(el) === 'tobject.subject', [root])
      .map((el) => ({
        name:
          el.attribs['tobject.subject.matter'] ??
          el.attribs['tobject.subject.type'] ??
          el.attribs['tobject.subject.detail'] ??
          '',
        refnum: el.attribs['tobject.subject.refnum']?.trim(),
      }))
      .filter((s) => s.name.trim())
      .map((s) => (s.refnum ? { name: s.name, code: `subj:${s.refnum}` } : s.name));
    const entry: ParsedEntry = {
      kind: 'article',
      ...(sourceId ? { sourceId } : {}),
      ...(language ? { language } : {}),
      headline,
      otherHeadlines: [],
      ...(subheadline ? { summary: subheadline } : {}),
      body,
      bodyBlocks,
      ...(publishedAt ? { publishedAt, dateSource: 'DOCUMENT' as const } : {}),
      ...(dateline ? { dateline } : {}),
      ...(byline ? { byline } : {}),
      source: { ...(publisher ? { publisher } : {}), ...(sourceId ? { originalId: sourceId } : {}) },
      // A picture referenced by an id, not a URL, cannot be shown; its caption is still the photo's.
      ...(mediaCaption && !bodyBlocks.some((b) => b.kind === 'image') ? { photo: { caption: mediaCaption } } : {}),
      subjects: subjects.filter((s, i) => subjects.findIndex((t) => JSON.stringify(t) === JSON.stringify(s)) === i),
    };
    // A document without an issue or publication date is refused by buildEntry, naming the headline.
    return [{ entry }];
  },
};

const textIn = (el: Element | undefined): string | undefined => (el ? elementText(el) || undefined : undefined);

/**
 * NITF `norm` dates are ISO 8601, basic ("20210516T090004") or extended. A time without an offset is
 * read as UTC: the format says nothing more, and the document's own time zone is not stated.
 */
export function nitfDate(value: string | undefined): string | undefined {
  const basic = value?.trim().match(/^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})?)?(Z|[+-]\d{2}:?\d{2})?$/);
  const extended = basic
    ? `${basic[1]}-${basic[2]}-${basic[3]}T${basic[4] ?? '00'}:${basic[5] ?? '00'}:${basic[6] ?? '00'}${basic[7] ?? ''}`
    : value?.trim();
  if (!extended || !/^\d{4}-\d{2}-\d{2}/.test(extended)) return undefined;
  const withZone = /T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(extended)
    ? `${extended}Z`
    : /^\d{4}-\d{2}-\d{2}$/.test(extended)
      ? `${extended}T00:00:00Z`
      : extended;
  return parseFeedDate(withZone);
}
