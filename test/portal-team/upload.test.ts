import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DEFAULT_ZIP_LIMITS,
  extractZip,
  UploadError,
  type ZipLimits,
} from '../../src/portal/upload.ts';
import {
  createTempFolder,
  findDeliveryFolder,
  saveTableFile,
  type TempFolder,
} from '../../src/portal/upload-files.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { buildZip, folderEntries } from './zip.ts';

const folders: TempFolder[] = [];
afterEach(async () => {
  for (const folder of folders.splice(0)) await folder.remove();
});

async function fresh(): Promise<string> {
  const folder = await createTempFolder();
  folders.push(folder);
  return folder.path;
}

/** Every file under `root`, with sizes, to see what an extraction left behind. */
function listTree(root: string): { path: string; size: number }[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((path) => ({ path, size: statSync(join(root, path)).size }))
    .filter((file) => statSync(join(root, file.path)).isFile());
}

async function refusal(promise: Promise<unknown>): Promise<UploadError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UploadError);
  return error as UploadError;
}

describe('extractZip', () => {
  it('should extract a delivery zipped as its contents', async () => {
    const target = await fresh();
    await extractZip(buildZip(folderEntries(GOLDEN_FOLDER)), 'levering.zip', target);
    expect(await findDeliveryFolder(target, 'levering.zip')).toBe(target);
    expect(readFileSync(join(target, 'gemeenten.csv'))).toEqual(
      readFileSync(join(GOLDEN_FOLDER, 'gemeenten.csv')),
    );
  });

  it('should find the delivery inside one top-level folder', async () => {
    const target = await fresh();
    const entries = [
      { name: '2017q1/' },
      ...folderEntries(GOLDEN_FOLDER, '2017q1/'),
      { name: '__MACOSX/2017q1/._bronnen.csv', data: 'x' },
    ];
    await extractZip(buildZip(entries), 'levering.zip', target);
    expect(await findDeliveryFolder(target, 'levering.zip')).toBe(join(target, '2017q1'));
  });

  it('should skip an entry for the folder itself', async () => {
    const target = await fresh();
    const zip = buildZip([{ name: './' }, { name: './bronnen.csv', data: 'x' }]);
    await extractZip(zip, 'punt.zip', target);
    expect(listTree(target)).toEqual([{ path: 'bronnen.csv', size: 1 }]);
  });

  it('should refuse a zip without bronnen.csv in Dutch', async () => {
    const target = await fresh();
    await extractZip(buildZip([{ name: 'a/gemeenten.csv', data: 'x' }]), 'x.zip', target);
    const error = await refusal(findDeliveryFolder(target, 'x.zip'));
    expect(error.code).toBe('no-delivery-index');
    expect(error.message).toContain('bevat geen bronnen.csv');
  });

  it.each([
    ['../buiten.csv'],
    ['map/../../buiten.csv'],
    ['/etc/passwd-kopie'],
    ['C:/Windows/x.csv'],
    ['..\\..\\buiten.csv'],
    ['map\\bestand.csv'],
  ])('should refuse the entry name %s and write nothing outside', async (name) => {
    const target = await fresh();
    const zip = buildZip([
      { name: 'bronnen.csv', data: 'bron;bestand;peildatum\n' },
      { name, data: 'gestolen' },
    ]);
    const error = await refusal(extractZip(zip, 'kwaad.zip', target));
    expect(error.code).toBe('unsafe-path');
    expect(error.message).toContain('buiten de map');
    expect(existsSync(join(target, '..', 'buiten.csv'))).toBe(false);
    expect(listTree(target).map((f) => f.path)).not.toContain('buiten.csv');
  });

  it('should refuse a symbolic link', async () => {
    const target = await fresh();
    const zip = buildZip([{ name: 'bronnen.csv', data: '/etc/passwd', mode: 0o120777 }]);
    const error = await refusal(extractZip(zip, 'link.zip', target));
    expect(error.code).toBe('link');
    expect(listTree(target)).toEqual([]);
  });

  it('should refuse more entries than allowed before extracting any', async () => {
    const target = await fresh();
    const entries = Array.from({ length: DEFAULT_ZIP_LIMITS.maxEntries + 1 }, (_, i) => ({
      name: `f${i}.csv`,
      data: 'a',
    }));
    const error = await refusal(extractZip(buildZip(entries), 'veel.zip', target));
    expect(error.code).toBe('too-many-entries');
    expect(error.message).toContain('hoogstens 100');
    expect(listTree(target)).toEqual([]);
  });

  it('should refuse an entry declaring more than the limit without inflating it', async () => {
    const target = await fresh();
    // Declares a gigabyte: refused on the header, whatever the data.
    const zip = buildZip([{ name: 'groot.csv', data: 'a', declaredSize: 1024 ** 3 }]);
    const error = await refusal(extractZip(zip, 'bom.zip', target));
    expect(error.code).toBe('too-large');
    expect(listTree(target)).toEqual([]);
  });

  it('should stop a zip bomb that lies about its size at the limit', async () => {
    const target = await fresh();
    const limits: ZipLimits = { maxEntries: 10, maxEntryBytes: 1024 * 1024, maxTotalBytes: 2e6 };
    // 64 MB of zeros deflate to about 64 kB; the headers claim 100 bytes.
    const bomb = Buffer.alloc(64 * 1024 * 1024);
    const zip = buildZip([{ name: 'bom.csv', data: bomb, declaredSize: 100 }]);
    expect(zip.length).toBeLessThan(200_000);
    const error = await refusal(extractZip(zip, 'bom.zip', target, limits));
    expect(error.code).toBe('too-large');
    const written = listTree(target).reduce((sum, f) => sum + f.size, 0);
    expect(written).toBeLessThanOrEqual(limits.maxEntryBytes);
  });

  it('should stop when the entries together pass the total limit', async () => {
    const target = await fresh();
    const limits: ZipLimits = { maxEntries: 10, maxEntryBytes: 1e6, maxTotalBytes: 2.5e6 };
    const part = Buffer.alloc(900_000, 'a');
    const zip = buildZip([1, 2, 3].map((i) => ({ name: `deel${i}.csv`, data: part })));
    const error = await refusal(extractZip(zip, 'drie.zip', target, limits));
    expect(error.code).toBe('too-large');
    expect(listTree(target).length).toBe(2);
  });

  it('should refuse a file named .zip that is not a zip', async () => {
    const target = await fresh();
    const bytes = Buffer.from('gemeentecode;naam\nGM0441;Schagen\n');
    const error = await refusal(extractZip(bytes, 'levering.zip', target));
    expect(error.code).toBe('not-a-zip');
    expect(error.message).toBe(
      'Het bestand levering.zip is geen geldig zip-bestand. Upload een zip-bestand van de ' +
        'leveringsmap, of één CSV- of XLSX-bestand.',
    );
  });

  it('should refuse a truncated zip', async () => {
    const target = await fresh();
    const zip = buildZip(folderEntries(GOLDEN_FOLDER));
    const error = await refusal(extractZip(zip.subarray(0, 5000), 'half.zip', target));
    expect(error.code).toBe('not-a-zip');
  });

  it('should refuse an entry that appears twice', async () => {
    const target = await fresh();
    const zip = buildZip([
      { name: 'a.csv', data: '1' },
      { name: 'a.csv', data: '2' },
    ]);
    expect((await refusal(extractZip(zip, 'dubbel.zip', target))).code).toBe('duplicate-entry');
  });
});

describe('saveTableFile', () => {
  it('should keep only the base name, cleaned', async () => {
    const target = await fresh();
    const path = await saveTableFile(Buffer.from('x'), '..\\..\\mijn gemeenten.csv', target);
    expect(path).toBe(join(target, 'mijn_gemeenten.csv'));
  });

  it('should refuse a file that is not CSV or XLSX', async () => {
    const target = await fresh();
    const error = await refusal(saveTableFile(Buffer.from('x'), 'gemeenten.exe', target));
    expect(error.code).toBe('bad-file-name');
    expect(listTree(target)).toEqual([]);
  });
});
