/**
 * The archive of produced monitors. Rows are only ever inserted: a monitor that was mailed
 * stays exactly as it was (model, HTML, PDF, hash), and a second run of a quarter reuses it.
 * This module holds no UPDATE on `monitor_archive` on purpose.
 */
import { createHash } from 'node:crypto';
import type { Report, Tile } from '../report/model.ts';
import type { Store } from '../store/open.ts';
import { deliveryDb } from './schema.ts';

export interface ArchivedMonitor {
  id: number;
  municipality: string;
  referenceDate: string;
  quarter: string;
  methodologyVersion: string;
  contentHash: string;
  createdAt: string;
}

export interface ArchiveInput {
  report: Report;
  quarter: string;
  html: string;
  pdf: Buffer;
  at: Date;
}

/** sha256 over the model JSON, the HTML and the PDF, each length-prefixed. */
export function contentHash(modelJson: string, html: string, pdf: Buffer): string {
  const hash = createHash('sha256');
  for (const part of [Buffer.from(modelJson, 'utf8'), Buffer.from(html, 'utf8'), pdf]) {
    hash.update(`${part.length}:`);
    hash.update(part);
  }
  return hash.digest('hex');
}

/** Archives a monitor; when the quarter is already archived, the existing one is returned. */
export async function archiveMonitor(store: Store, input: ArchiveInput): Promise<ArchivedMonitor> {
  const { report, quarter, html, pdf, at } = input;
  const code = report.municipality.code;
  const modelJson = JSON.stringify(report);
  await deliveryDb(store)
    .insertInto('monitor_archive')
    .values({
      municipality_code: code,
      reference_date: report.referenceDate,
      quarter,
      methodology_version: report.methodology.version,
      imports_json: JSON.stringify(report.imports),
      model_json: modelJson,
      html,
      pdf,
      content_hash: contentHash(modelJson, html, pdf),
      created_at: at.toISOString(),
    })
    .onConflict((oc) => oc.columns(['municipality_code', 'quarter']).doNothing())
    .execute();
  const archived = await findArchived(store, code, quarter);
  if (!archived) throw new Error(`archive row for ${code} ${quarter} vanished`);
  return archived;
}

const SUMMARY_COLUMNS = [
  'id',
  'municipality_code',
  'reference_date',
  'quarter',
  'methodology_version',
  'content_hash',
  'created_at',
] as const;

export async function findArchived(
  store: Store,
  code: string,
  quarter: string,
): Promise<ArchivedMonitor | null> {
  const row = await deliveryDb(store)
    .selectFrom('monitor_archive')
    .select(SUMMARY_COLUMNS)
    .where('municipality_code', '=', code)
    .where('quarter', '=', quarter)
    .executeTakeFirst();
  return row ? toArchived(row) : null;
}

/** Every archived monitor, newest quarter first; of one municipality when a code is given. */
export async function listArchived(store: Store, code?: string): Promise<ArchivedMonitor[]> {
  let query = deliveryDb(store).selectFrom('monitor_archive').select(SUMMARY_COLUMNS);
  if (code !== undefined) query = query.where('municipality_code', '=', code);
  const rows = await query.orderBy('quarter', 'desc').orderBy('municipality_code').execute();
  return rows.map(toArchived);
}

/** The archived model, HTML and PDF. */
export async function archivedContent(store: Store, id: number) {
  const row = await deliveryDb(store)
    .selectFrom('monitor_archive')
    .select(['model_json', 'html', 'pdf'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    report: JSON.parse(row.model_json) as Report,
    html: row.html,
    pdf: Buffer.from(row.pdf),
  };
}

/** The summary tiles of the municipality's latest archived quarter before `quarter`. */
export async function previousTiles(
  store: Store,
  code: string,
  quarter: string,
): Promise<{ quarter: string; tiles: Tile[] } | null> {
  const row = await deliveryDb(store)
    .selectFrom('monitor_archive')
    .select(['quarter', 'model_json'])
    .where('municipality_code', '=', code)
    .where('quarter', '<', quarter)
    .orderBy('quarter', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const report = JSON.parse(row.model_json) as Report;
  return { quarter: row.quarter, tiles: report.summary.flatMap((group) => group.tiles) };
}

function toArchived(row: {
  id: number;
  municipality_code: string;
  reference_date: string;
  quarter: string;
  methodology_version: string;
  content_hash: string;
  created_at: string;
}): ArchivedMonitor {
  return {
    id: Number(row.id),
    municipality: row.municipality_code,
    referenceDate: row.reference_date,
    quarter: row.quarter,
    methodologyVersion: row.methodology_version,
    contentHash: row.content_hash,
    createdAt: row.created_at,
  };
}

/** The reference dates of archived monitors, for the portal's list of earlier dates. */
export async function archivedReferenceDates(store: Store): Promise<string[]> {
  const rows = await deliveryDb(store)
    .selectFrom('monitor_archive')
    .select('reference_date')
    .distinct()
    .execute();
  return rows.map((row) => row.reference_date);
}

/** The archived model of `code` at `referenceDate` (as it was mailed), or null. */
export async function archivedReport(
  store: Store,
  code: string,
  referenceDate: string,
): Promise<Report | null> {
  const row = await deliveryDb(store)
    .selectFrom('monitor_archive')
    .select('model_json')
    .where('municipality_code', '=', code)
    .where('reference_date', '=', referenceDate)
    .orderBy('quarter', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? (JSON.parse(row.model_json) as Report) : null;
}
