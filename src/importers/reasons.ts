// ANSI escape sequences (CSI, OSC and two-character escapes) a hostile document may carry to a terminal.
const ANSI = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[@-Z\\-_])/g;
// C0 and C1 control characters and DEL; tabs and line breaks become spaces.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;

/** A rejection reason as one clean line: no terminal escapes, no control characters, at most 500 characters. */
export function cleanReason(text: string): string {
  const clean = text
    .replace(ANSI, '')
    .replace(/[\t\n\r]+/g, ' ')
    .replace(CONTROL, '')
    .replace(/ {2,}/g, ' ')
    .trim();
  return clean.length > 500 ? `${clean.slice(0, 497)}...` : clean;
}
