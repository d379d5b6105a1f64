import { describe, expect, it } from 'vitest';
import { decodeText, InputRejectedError } from '../../../src/importers/raw-input.js';

const input = (bytes: number[] | Uint8Array, contentType?: string) => ({
  name: 'x',
  bytes: new Uint8Array(bytes),
  ...(contentType ? { contentType } : {}),
});

describe('decodeText', () => {
  it('rejects an empty document', () => {
    expect(() => decodeText(input([]))).toThrow('empty document');
  });

  it('rejects binary data', () => {
    expect(() => decodeText(input([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13]))).toThrow('binary data, not a text document');
  });

  it('honours the charset an XML declaration gives', () => {
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      0xe7,
      0xe3,
      ...new TextEncoder().encode('</a>'),
    ]);
    expect(decodeText(input(bytes))).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>çã</a>');
  });

  it('falls back to Windows-1252 for undeclared bytes that are not UTF-8', () => {
    expect(decodeText(input([0x4e, 0x6f, 0x74, 0xed, 0x63, 0x69, 0x61, 0x73]))).toBe('Notícias');
  });

  it('rejects a document that declares UTF-8 but is not', () => {
    const error = (() => {
      try {
        decodeText(input([0x61, 0xff, 0xfe], 'text/plain; charset=utf-8'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InputRejectedError);
    expect((error as Error).message).toBe('the document says it is utf-8 but is not valid utf-8');
  });

  it('drops a byte-order mark', () => {
    expect(decodeText(input([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe('hi');
  });
});
