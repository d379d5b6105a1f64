/** Letters and digits only, lower case: "Hello, world…" and "hello world" compare equal. */
const normalized = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * True when the source's standfirst or description says something of its own: not empty and not just
 * the start of the body (feeds often send the first paragraph, or a cut-off copy of it, as description).
 */
export function distinctSummary(summary: string | undefined, body: readonly string[]): boolean {
  const own = summary && normalized(summary.replace(/\s*(?:\.{3}|…|\[…\]|\[\.\.\.\])\s*$/, ''));
  if (!own) return false;
  return !normalized(body.join(' ')).startsWith(own);
}
