/**
 * `/team/imports`: the team uploads a delivery as a zip, or one table file with its table and
 * data date, and sees what came of it. The app bounds the body before anything parses it;
 * files go to a fresh temporary folder that is removed afterwards, whatever happens.
 */
import { Hono } from 'hono';
import { hasErrors } from '../../sources/issues.ts';
import { parseDutchDate } from '../../sources/parse.ts';
import { isTableName } from '../../sources/tables.ts';
import { type ImportOutcome, importDelivery, importTableFile } from '../../store/import.ts';
import type { Store } from '../../store/open.ts';
import { listImports } from '../../store/tables-at.ts';
import { audit } from '../audit.ts';
import { type PortalEnv, requireRole } from '../context.ts';
import { readForm } from '../form.ts';
import type { UploadResult } from '../pages/import-result.tsx';
import { importsPage } from '../pages/imports.tsx';
import { extractZip, UploadError } from '../upload.ts';
import { createTempFolder, findDeliveryFolder, saveTableFile } from '../upload-files.ts';

export const importRoutes = new Hono<PortalEnv>();

importRoutes.get('/team/imports', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, config } = c.get('portal');
  return c.html(
    importsPage({
      viewer,
      history: await listImports(store),
      maxUploadBytes: config.maxUploadBytes,
    }),
  );
});

importRoutes.post('/team/imports', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, config, now } = c.get('portal');
  const body = await readForm(c);
  const result = await runUpload(store, body);

  await audit(store, {
    actor: viewer.email,
    action: result.kind === 'stored' ? 'import' : 'import-geweigerd',
    detail: describeResult(result),
    at: now(),
  });
  const page = importsPage({
    viewer,
    history: await listImports(store),
    result,
    maxUploadBytes: config.maxUploadBytes,
  });
  return c.html(page, result.kind === 'stored' ? 200 : 422);
});

type Body = Record<string, unknown>;

function field(body: Body, name: string): string {
  const value = body[name];
  return typeof value === 'string' ? value.trim() : '';
}

/** Reads the form, stores the upload when all of it is good, and says what happened. */
async function runUpload(store: Store, body: Body): Promise<UploadResult> {
  const file = body.bestand;
  if (!(file instanceof File) || file.size === 0) {
    return { kind: 'refused', upload: null, message: 'Kies een bestand om te uploaden.' };
  }
  const temp = await createTempFolder();
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome =
      field(body, 'soort') === 'bestand'
        ? await importOneFile(store, body, bytes, file.name, temp.path)
        : await importZip(store, bytes, file.name, temp.path);
    return toResult(outcome, file.name);
  } catch (error) {
    if (error instanceof UploadError) {
      return { kind: 'refused', upload: file.name, message: error.message };
    }
    throw error;
  } finally {
    await temp.remove();
  }
}

async function importZip(
  store: Store,
  bytes: Uint8Array,
  name: string,
  target: string,
): Promise<ImportOutcome> {
  await extractZip(bytes, name, target);
  return importDelivery(store, await findDeliveryFolder(target, name));
}

async function importOneFile(
  store: Store,
  body: Body,
  bytes: Uint8Array,
  name: string,
  target: string,
): Promise<ImportOutcome> {
  const table = field(body, 'tabel');
  if (!isTableName(table)) {
    throw new UploadError('bad-form', `Kies de tabel waartoe ${name} behoort.`);
  }
  const dataDate = parseDutchDate(field(body, 'peildatum'));
  if (dataDate === null) {
    throw new UploadError(
      'bad-form',
      `Geef de peildatum van ${name} als dag-maand-jaar (23-1-2017) of jaar-maand-dag (2017-01-23).`,
    );
  }
  const path = await saveTableFile(bytes, name, target);
  return importTableFile(store, path, table, dataDate);
}

function toResult(outcome: ImportOutcome, upload: string): UploadResult {
  if (!outcome.ok || hasErrors(outcome.issues)) {
    return { kind: 'failed', upload, issues: outcome.issues };
  }
  return {
    kind: 'stored',
    upload,
    imported: outcome.imported,
    skipped: outcome.skipped,
    warnings: outcome.issues,
  };
}

/** One line for the audit log. */
function describeResult(result: UploadResult): string {
  const upload = result.upload ?? '(geen bestand)';
  if (result.kind === 'refused') return `${upload}: ${result.message}`;
  if (result.kind === 'failed') {
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    return `${upload}: ${errors} fouten, niets opgeslagen`;
  }
  const tables = result.imported.map((v) => `${v.table} ${v.dataDate} (${v.rowCount})`);
  return (
    `${upload}: ${result.imported.length} nieuw, ${result.skipped.length} overgeslagen` +
    (tables.length > 0 ? `: ${tables.join(', ')}` : '')
  );
}
