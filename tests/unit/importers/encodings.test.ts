import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createParsers, parseInput } from '../../../src/importers/parse-input.js';
import { decodeInput } from '../../../src/importers/raw-input.js';

const parsers = createParsers(() => new Date('2026-11-28T00:00:00Z'));
const utf8 = (text: string) => new TextEncoder().encode(text);
/** A Latin-1 fixture as a misconfigured server sends it: the text re-encoded as UTF-8, the declaration kept. */
const asUtf8 = (path: string) =>
  utf8(new TextDecoder('windows-1252').decode(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url))));

describe('declared charset against the bytes', () => {
  it('reads UTF-8 bytes under an ISO-8859-1 XML declaration as UTF-8, saying so', () => {
    const decoded = decodeInput({
      name: 'x.xml',
      bytes: utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a>Café “Zürich”</a>'),
    });

    expect(decoded.text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><a>Café “Zürich”</a>');
    expect(decoded.mismatch).toBe('the document says it is ISO-8859-1 but its bytes are UTF-8; it was read as UTF-8');
  });

  it('reads UTF-8 bytes under a windows-1252 Content-Type as UTF-8', () => {
    const decoded = decodeInput({
      name: 'x.txt',
      bytes: utf8('Niño ½'),
      contentType: 'text/plain; charset=windows-1252',
    });

    expect(decoded).toEqual({
      text: 'Niño ½',
      mismatch: 'the document says it is WINDOWS-1252 but its bytes are UTF-8; it was read as UTF-8',
    });
  });

  it('keeps the declared Latin-1 when the bytes are Latin-1', () => {
    const decoded = decodeInput({
      name: 'x.xml',
      bytes: new Uint8Array([
        ...utf8('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
        0x43,
        0x61,
        0x66,
        0xe9,
        ...utf8('</a>'),
      ]),
    });

    expect(decoded).toEqual({ text: '<?xml version="1.0" encoding="ISO-8859-1"?><a>Café</a>' });
  });

  it('refuses invalid UTF-8 declared as UTF-8 in the XML declaration', () => {
    const bytes = new Uint8Array([...utf8('<?xml version="1.0" encoding="UTF-8"?><rss>Caf'), 0xe9, ...utf8('</rss>')]);

    expect(() => decodeInput({ name: 'x.xml', bytes })).toThrow('the document says it is utf-8 but is not valid utf-8');
  });

  it('flags every item of the Dicas-L and UOL feeds sent as UTF-8 under an ISO-8859-1 declaration or header', () => {
    const uol = parseInput(
      {
        name: 'uol.rss',
        bytes: asUtf8('feeds/uolNoticias.rss'),
        contentType: 'application/rss+xml; charset=ISO-8859-1',
      },
      parsers,
    ).entries;
    const dicas = parseInput(
      { name: 'dicas.xml', bytes: asUtf8('dev-corpus/feeds/rss_0.91_dicas_pt-br_iso8859.xml') },
      parsers,
    ).entries;

    expect(uol[0]?.headline).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(dicas[0]?.headline).toBe('bash - Expansão de Parâmetros');
    for (const entry of [...uol, ...dicas]) expect(entry.flags?.map((f) => f.kind)).toContain('ENCODING_MISMATCH');
    expect(uol).toHaveLength(15);
  });

  it('does not flag the same feeds sent as the Latin-1 they declare', () => {
    const latin = (path: string) => readFileSync(new URL(`../../fixtures/${path}`, import.meta.url));
    const uol = parseInput(
      {
        name: 'uol.rss',
        bytes: latin('feeds/uolNoticias.rss'),
        contentType: 'application/rss+xml; charset=ISO-8859-1',
      },
      parsers,
    ).entries;
    const dicas = parseInput(
      { name: 'dicas.xml', bytes: latin('dev-corpus/feeds/rss_0.91_dicas_pt-br_iso8859.xml') },
      parsers,
    ).entries;

    expect(uol[0]?.headline).toBe('Ibope: Bolsonaro perde de Haddad, Ciro e Alckmin em simulações de 2º turno');
    expect(dicas[0]?.headline).toBe('bash - Expansão de Parâmetros');
    expect([...uol, ...dicas].flatMap((e) => e.flags ?? []).filter((f) => f.kind === 'ENCODING_MISMATCH')).toEqual([]);
  });
});
