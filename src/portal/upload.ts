/**
 * Safe extraction of an uploaded delivery zip into an empty folder: every entry is checked
 * (no paths outside the folder, no links, bounded counts and sizes, enforced while inflating
 * so that a zip bomb stops early). Every refusal is an `UploadError` with a Dutch message;
 * `upload-files.ts` finds the delivery in what was extracted and saves single table files.
 */
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';

export interface ZipLimits {
  /** Most entries (files and folders) a zip may hold. */
  maxEntries: number;
  /** Most bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Most bytes all entries together may inflate to. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 100,
  maxEntryBytes: 100 * 1024 * 1024,
  maxTotalBytes: 200 * 1024 * 1024,
};

export type UploadErrorCode =
  | 'not-a-zip'
  | 'unsafe-path'
  | 'link'
  | 'encrypted'
  | 'too-many-entries'
  | 'too-large'
  | 'duplicate-entry'
  | 'no-delivery-index'
  | 'bad-file-name'
  | 'bad-form';

/** A refused upload: nothing was stored; `message` is the Dutch text for the user. */
export class UploadError extends Error {
  constructor(
    readonly code: UploadErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const ZIP_SIGNATURES = ['504b0304', '504b0506'];

/** True when the bytes start like a zip file (a local header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return ZIP_SIGNATURES.includes(Buffer.from(bytes.subarray(0, 4)).toString('hex'));
}

/**
 * Extracts the zip `bytes` (uploaded as `name`) into `target`, which must be empty. Throws
 * `UploadError` on the first unsafe entry; the caller removes `target` then.
 */
export async function extractZip(
  bytes: Uint8Array,
  name: string,
  target: string,
  limits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<void> {
  if (!looksLikeZip(bytes)) throw notAZip(name);
  const zip = await openZip(bytes, name);
  try {
    if (zip.entryCount > limits.maxEntries) {
      throw new UploadError(
        'too-many-entries',
        `Het zip-bestand ${name} bevat ${zip.entryCount} bestanden en mappen; ` +
          `er mogen er hoogstens ${limits.maxEntries} in staan.`,
      );
    }
    await extractEntries(zip, name, resolve(target), limits);
  } finally {
    zip.close();
  }
}

function notAZip(name: string): UploadError {
  return new UploadError(
    'not-a-zip',
    `Het bestand ${name} is geen geldig zip-bestand. Upload een zip-bestand van de ` +
      'leveringsmap, of één CSV- of XLSX-bestand.',
  );
}

function openZip(bytes: Uint8Array, name: string): Promise<yauzl.ZipFile> {
  const options = { lazyEntries: true, autoClose: false, strictFileNames: true };
  return new Promise((resolvePromise, reject) => {
    yauzl.fromBuffer(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      options,
      (error, zip) => {
        if (error || !zip) reject(notAZip(name));
        else resolvePromise(zip);
      },
    );
  });
}

/** Reads the entries one by one; each is checked before any of its bytes is written. */
function extractEntries(
  zip: yauzl.ZipFile,
  name: string,
  root: string,
  limits: ZipLimits,
): Promise<void> {
  const budget = { total: 0 };
  return new Promise((resolvePromise, reject) => {
    zip.on('error', (error: Error) => reject(translateZipError(error, name)));
    zip.on('end', () => resolvePromise());
    zip.on('entry', (entry: yauzl.Entry) => {
      extractEntry(zip, entry, name, root, limits, budget).then(
        () => zip.readEntry(),
        (error: unknown) => reject(error),
      );
    });
    zip.readEntry();
  });
}

/** The messages yauzl gives for names it refuses, as one Dutch refusal. */
function translateZipError(error: Error, name: string): UploadError {
  const unsafe = /invalid characters|absolute path|invalid relative path/.exec(error.message);
  if (unsafe) return unsafePath(name, error.message.replace(/^[^:]*: /, ''));
  if (/too many bytes|not enough bytes/.test(error.message)) return tooLarge(name);
  return notAZip(name);
}

function unsafePath(name: string, entryName: string): UploadError {
  return new UploadError(
    'unsafe-path',
    `Het zip-bestand ${name} bevat het pad "${entryName}", dat buiten de map wijst. ` +
      'Zulke zip-bestanden worden geweigerd; er is niets opgeslagen.',
  );
}

function tooLarge(name: string): UploadError {
  return new UploadError(
    'too-large',
    `Het zip-bestand ${name} pakt uit tot meer dan is toegestaan. ` +
      'Controleer of het de juiste leveringsmap is; er is niets opgeslagen.',
  );
}

const SYMLINK = 0o120000;
const FILE_TYPE_MASK = 0o170000;

async function extractEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
  root: string,
  limits: ZipLimits,
  budget: { total: number },
): Promise<void> {
  // Check the entry's name, kind and declared size before reading it.
  const path = resolve(root, entry.fileName);
  // Some tools list the folder itself (`./`); it holds nothing to extract.
  if (path === root && entry.fileName.endsWith('/')) return;
  if (!path.startsWith(root + sep)) throw unsafePath(name, entry.fileName);
  if (((entry.externalFileAttributes >>> 16) & FILE_TYPE_MASK) === SYMLINK) {
    throw new UploadError(
      'link',
      `Het zip-bestand ${name} bevat een snelkoppeling ("${entry.fileName}"). ` +
        'Zulke zip-bestanden worden geweigerd; er is niets opgeslagen.',
    );
  }
  if (entry.isEncrypted()) {
    throw new UploadError(
      'encrypted',
      `Het zip-bestand ${name} is met een wachtwoord beveiligd; upload het zonder wachtwoord.`,
    );
  }
  if (entry.fileName.endsWith('/')) {
    await mkdir(path, { recursive: true });
    return;
  }
  const allowed = Math.min(limits.maxEntryBytes, limits.maxTotalBytes - budget.total);
  if (entry.uncompressedSize > allowed) throw tooLarge(name);

  // Inflate while counting, so that a lying size stops at the limit, not after inflating.
  await mkdir(dirname(path), { recursive: true });
  const stream = await openEntry(zip, entry, name);
  const counter = countBytes(allowed, () => tooLarge(name));
  try {
    await pipeline(stream, counter, createWriteStream(path, { flags: 'wx' }));
  } catch (error) {
    throw entryError(error, name, entry.fileName);
  }
  budget.total += counter.bytes;
}

function openEntry(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  name: string,
): Promise<NodeJS.ReadableStream> {
  return new Promise((resolvePromise, reject) => {
    zip.openReadStream(entry, (error, stream) => {
      if (error || !stream) reject(translateZipError(error ?? new Error('no stream'), name));
      else resolvePromise(stream);
    });
  });
}

function entryError(error: unknown, name: string, entryName: string): UploadError {
  if (error instanceof UploadError) return error;
  if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
    return new UploadError(
      'duplicate-entry',
      `Het zip-bestand ${name} bevat "${entryName}" meer dan eens.`,
    );
  }
  return translateZipError(error instanceof Error ? error : new Error(String(error)), name);
}

/** A pass-through stream that fails once more than `limit` bytes went through it. */
function countBytes(limit: number, refuse: () => Error): Transform & { bytes: number } {
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      counter.bytes += chunk.length;
      if (counter.bytes > limit) callback(refuse());
      else callback(null, chunk);
    },
  }) as Transform & { bytes: number };
  counter.bytes = 0;
  return counter;
}
