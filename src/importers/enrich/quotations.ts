/** A [start, end) span of a paragraph that is inside quotation marks. */
export type Span = readonly [number, number];

// Opening mark → closing marks. ‘…’ is left out: ’ is also the apostrophe ("Trump’s"), so it cannot delimit.
const PAIRS: Record<string, string> = { '“': '”', '„': '“”', '«': '»', '"': '"', '‚': '‘’' };

/** The spans of a paragraph inside quotation marks (“…”, "…", «…», „…“), marks included. */
export function quotedSpans(paragraph: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < paragraph.length; i++) {
    const closers = PAIRS[paragraph[i] as string];
    if (!closers) continue;
    let end = i + 1;
    while (end < paragraph.length && !closers.includes(paragraph[end] as string)) end++;
    if (end >= paragraph.length) break;
    spans.push([i, end + 1]);
    i = end;
  }
  return spans;
}

export const insideAny = (spans: readonly Span[], start: number, end: number) =>
  spans.some(([s, e]) => start >= s && end <= e);

/** The paragraph without its quotations: what the writer says in their own voice. */
export function outsideQuotations(paragraph: string): string {
  let text = '';
  let cursor = 0;
  for (const [start, end] of quotedSpans(paragraph)) {
    text += `${paragraph.slice(cursor, start)} `;
    cursor = end;
  }
  return text + paragraph.slice(cursor);
}
