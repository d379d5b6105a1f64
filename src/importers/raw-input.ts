/** One input as it arrives: a file's or a response's bytes, with what is known about them. */
export interface RawInput {
  /** A file path or URL, for messages and as a fallback identity. */
  name: string;
  bytes: Uint8Array;
  contentType?: string;
  /** Set when the input could not be read at all (a URL that failed): it is recorded as rejected. */
  unreadable?: string;
}

export class InputRejectedError extends Error {
  override name = 'InputRejectedError';
}

export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

// Single-byte charsets whose text is never also valid multi-byte UTF-8 in practice (it would need "Ã©" runs).
const LATIN = new Set([
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'iso-8859-15',
  'latin9',
  'windows-1252',
  'cp1252',
  'us-ascii',
  'ascii',
]);

export interface DecodedText {
  text: string;
  /** Set when the declared charset contradicts the bytes: the text was read as what the bytes are. */
  mismatch?: string;
}

/** The input as text (see decodeInput). */
export const decodeText = (input: RawInput): string => decodeInput(input).text;

/**
 * The input as text: the charset the document declares (XML declaration or Content-Type) when there is
 * one, else UTF-8, else Windows-1252 for legacy feeds that send Latin bytes without saying so. Declared
 * UTF-8 that is not valid UTF-8 is refused. A Latin charset declared over bytes that are valid UTF-8 with
 * multi-byte sequences is read as UTF-8: read as Latin-1 those bytes would show as "CafÃ© â€œ".
 */
export function decodeInput(input: RawInput): DecodedText {
  if (input.bytes.length === 0) throw new InputRejectedError('empty document');
  if (input.bytes.length > MAX_INPUT_BYTES)
    throw new InputRejectedError(`document of ${input.bytes.length} bytes is over the ${MAX_INPUT_BYTES}-byte limit`);
  if (looksBinary(input.bytes)) throw new InputRejectedError('binary data, not a text document');
  const declared = declaredCharset(input);
  if (declared && LATIN.has(declared) && input.bytes.some((byte) => byte >= 0x80)) {
    const utf8 = strictUtf8(input.bytes);
    if (utf8 !== undefined)
      return {
        text: utf8,
        mismatch: `the document says it is ${declared.toUpperCase()} but its bytes are UTF-8; it was read as UTF-8`,
      };
  }
  if (declared) {
    try {
      return { text: stripBom(new TextDecoder(declared, { fatal: declared === 'utf-8' }).decode(input.bytes)) };
    } catch (error) {
      if (error instanceof RangeError) throw new InputRejectedError(`unknown charset "${declared}"`);
      throw new InputRejectedError(`the document says it is ${declared} but is not valid ${declared}`);
    }
  }
  return { text: strictUtf8(input.bytes) ?? new TextDecoder('windows-1252').decode(input.bytes) };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return stripBom(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

function declaredCharset(input: RawInput): string | undefined {
  const head = new TextDecoder('latin1').decode(input.bytes.subarray(0, 200));
  const xml = /^\uFEFF?<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1];
  const header = /charset=["']?([A-Za-z0-9._-]+)/i.exec(input.contentType ?? '')?.[1];
  const charset = (xml ?? header)?.toLowerCase();
  return charset === 'utf8' ? 'utf-8' : charset;
}

/** NUL bytes or many control characters in the first 8 KB: not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length / 10;
}

const stripBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
