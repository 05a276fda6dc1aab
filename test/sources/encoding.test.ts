import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/sources/encoding.ts';

const TEXT = 'gemeentenaam\nSúdwest-Fryslân;Noardeast-Fryslân;België’s ïjs';

describe('decodeText', () => {
  it('reads UTF-8 without BOM', () => {
    expect(decodeText(Buffer.from(TEXT, 'utf8'))).toEqual({ text: TEXT, encoding: 'utf-8' });
  });

  it('reads UTF-8 with BOM and drops the BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT, 'utf8')]);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'utf-8-bom' });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const bytes = iconv.encode(TEXT, 'win1252');
    // ë is the single byte 0xEB in Windows-1252, never valid UTF-8 on its own.
    expect(bytes.includes(0xeb)).toBe(true);
    expect(decodeText(bytes)).toEqual({ text: TEXT, encoding: 'windows-1252' });
  });

  it('decodes 0x92 as a right single quote, not as a C1 control character', () => {
    const { text } = decodeText(Buffer.from([0x41, 0x92, 0x73]));
    expect(text).toBe('A’s');
  });

  it('reads UTF-16 with its BOM (Excel "Unicode text")', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(TEXT, 'utf-16le')]);
    expect(decodeText(le)).toEqual({ text: TEXT, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]);
    expect(decodeText(be)).toEqual({ text: TEXT, encoding: 'utf-16be' });
  });

  it('keeps plain ASCII and empty input as UTF-8', () => {
    expect(decodeText(Buffer.from('a;b'))).toEqual({ text: 'a;b', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});
