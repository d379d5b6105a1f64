// What the XML and JSON parsers report, in words an editor can act on (their own messages are internals).
const XML_PROBLEMS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Invalid '\[.*\]' found/s, () => 'the document ends before all its elements are closed'],
  [
    /Expected closing tag '([^']+)'.*instead of closing tag '([^']+)'/,
    (m) => `</${m[2]}> closes an element where </${m[1]}> was expected`,
  ],
  [
    /Closing tag '([^']+)' is expected inplace of '([^']+)'/,
    (m) => `</${m[2]}> closes an element where </${m[1]}> was expected`,
  ],
  [/Attribute '([^']+)' is without value/, (m) => `attribute "${m[1]}" has no value`],
  [/char '&' is not expected/, () => 'a bare "&" (it must be written &amp;)'],
  [/char '(.)' is not expected/, (m) => `unexpected character "${m[1]}"`],
];

/** "the XML is broken at line 3: a bare "&" (it must be written &amp;)". */
export function describeXmlError(message: string): string {
  const [, line] = /:(\d+):\d+\s*$/.exec(message) ?? [];
  const found = XML_PROBLEMS.map(([pattern, describe]) => {
    const match = pattern.exec(message);
    return match ? describe(match) : undefined;
  }).find(Boolean);
  return `the XML is broken${line ? ` at line ${line}` : ''}: ${found ?? 'it is not well-formed'}`;
}

/** "the JSON is broken at line 2" or "the JSON ends too early". */
export function describeJsonError(message: string, text: string): string {
  if (/end of JSON input|Unterminated/i.test(message)) return 'the JSON is broken: it ends too early';
  const position = /position (\d+)/.exec(message)?.[1];
  const line = position ? text.slice(0, Number(position)).split('\n').length : undefined;
  return `the JSON is broken${line ? ` at line ${line}` : ''}: it is not valid JSON`;
}
