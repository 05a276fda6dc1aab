/**
 * Turns the bytes of a text file into a string. Files come as UTF-8 (with or without BOM) or
 * as Windows-1252 from older systems; `ë`, `ï` and `é` must survive either way.
 */
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
