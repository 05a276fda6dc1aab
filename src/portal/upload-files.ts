/**
 * Uploaded files on disk: a fresh temporary folder per upload, the delivery folder inside an
 * extracted zip, and a single table file saved under a cleaned name.
 */
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DELIVERY_INDEX } from '../sources/delivery.ts';
import { UploadError } from './upload.ts';

/** A fresh temporary folder; `remove` deletes it with everything in it. */
export interface TempFolder {
  path: string;
  remove(): Promise<void>;
}

export async function createTempFolder(): Promise<TempFolder> {
  const path = await mkdtemp(join(tmpdir(), 'mdd-upload-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Folders that zip tools add beside the real content, ignored when looking for the index. */
const TOOL_FOLDERS = new Set(['__MACOSX']);

/**
 * The folder holding `bronnen.csv`: `root` itself, or its one top-level folder when the zip
 * was made of the delivery folder rather than of its contents.
 */
export async function findDeliveryFolder(root: string, name: string): Promise<string> {
  if (await isFile(join(root, DELIVERY_INDEX))) return root;
  const entries = await readdir(root, { withFileTypes: true });
  const folders = entries.filter((e) => e.isDirectory() && !TOOL_FOLDERS.has(e.name));
  const holding: string[] = [];
  for (const folder of folders) {
    if (await isFile(join(root, folder.name, DELIVERY_INDEX))) holding.push(folder.name);
  }
  if (holding.length === 1 && holding[0] !== undefined) return join(root, holding[0]);
  throw new UploadError(
    'no-delivery-index',
    holding.length === 0
      ? `Het zip-bestand ${name} bevat geen ${DELIVERY_INDEX}, in de hoofdmap noch in één map ` +
          'daaronder. Een levering heeft een bronnen.csv die de bestanden en peildata noemt.'
      : `Het zip-bestand ${name} bevat meer dan één map met een ${DELIVERY_INDEX} ` +
          `(${holding.join(', ')}); upload één levering tegelijk.`,
  );
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

const TABLE_FILE = /\.(csv|xlsx)$/i;

/**
 * Writes one uploaded table file into `target` under its own base name, cleaned of anything
 * but letters, digits, dots, dashes and underscores. Returns the path written.
 */
export async function saveTableFile(
  bytes: Uint8Array,
  name: string,
  target: string,
): Promise<string> {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^\w.-]/g, '_').replace(/^\.+/, '');
  if (!TABLE_FILE.test(clean)) {
    throw new UploadError(
      'bad-file-name',
      `Het bestand "${base}" is geen CSV- of XLSX-bestand. Upload een bestand dat eindigt op ` +
        '.csv of .xlsx, of een zip-bestand van de hele leveringsmap.',
    );
  }
  const path = join(target, clean);
  await writeFile(path, bytes, { flag: 'wx' });
  return path;
}
