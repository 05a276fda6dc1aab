/**
 * Turns the bytes of a text file into a string. Files come as UTF-8 (with or without BOM) or
 * as Windows-1252 from older systems; `ë`, `ï` and `é` must survive either way.
 */
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes by BOM when there is one, else as UTF-8 if the bytes are valid UTF-8, else as
 * Windows-1252. Valid UTF-8 is almost never accidental in Windows-1252 text with accents, so
 * the order is safe. Node's own `TextDecoder('windows-1252')` decodes like Latin-1 (0x92 stays
 * a control character instead of `’`), hence iconv-lite.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictOrLoose(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252' };
  }
}

/** A file that claims UTF-8 by its BOM but is not valid throughout still loses no bytes. */
function strictOrLoose(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Where the text is not the one encoding a file must have throughout. */
export interface EncodingProblem {
  /** Dutch reason, e.g. that UTF-8 and Windows-1252 are mixed. */
  reason: string;
  /** Byte offset of the first offending byte; null when the whole file is the problem. */
  offset: number | null;
}

// A well-formed two- to four-byte UTF-8 sequence (lead byte, continuation bytes).
const UTF8_MULTIBYTE = /[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}/;

/**
 * Finds what decoding cannot repair: NUL bytes (UTF-16 without BOM, or no text at all) and a
 * mix of UTF-8 and Windows-1252, as when rows from two exports are pasted into one file. Such a
 * mix decodes as Windows-1252 without an error, turning every `ë` of the UTF-8 part into `Ã«`,
 * so it must be refused rather than guessed. Null when the bytes are one clean encoding.
 */
export function findEncodingProblem(bytes: Uint8Array): EncodingProblem | null {
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const utf16 =
    (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16) return null;
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    return {
      reason:
        'het bevat NUL-tekens; het is geen tekstbestand, of UTF-16 zonder BOM ' +
        '(sla het op als CSV UTF-8)',
      offset: null,
    };
  }
  if (isUtf8(hasBom ? bytes.subarray(3) : bytes)) return null;
  const invalid = firstInvalidUtf8(bytes) ?? 0;
  // Latin-1 view: one character per byte, so regex offsets are byte offsets.
  const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!hasBom && !UTF8_MULTIBYTE.test(latin1)) return null;
  return {
    reason:
      'het mengt twee tekencoderingen (UTF-8 en Windows-1252), zodat letters als ë en é ' +
      'verminkt zouden worden; sla het hele bestand op als CSV UTF-8',
    offset: invalid,
  };
}

/** Byte offset of the first byte that is not part of well-formed UTF-8, or null. */
function firstInvalidUtf8(bytes: Uint8Array): number | null {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    const length = utf8Length(lead);
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return null;
}

function utf8Length(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}
