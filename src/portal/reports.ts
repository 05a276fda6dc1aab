/**
 * Monitors for the portal: the engine for a reference date (cached in src/history/engines.ts,
 * kept while the imports it was built from stay the same) and one municipality's monitor with
 * its history, or as it was archived when it was produced and mailed (cached in
 * ./monitor-cache.ts while the store's imports, archive and methodology versions stay the same).
 */
import { archivedReferenceDates, archivedReport } from '../delivery/archive.ts';
import type { Engine } from '../engine/index.ts';
import { engineAt, REFERENCE_TABLE } from '../history/engines.ts';
import { monitorWithHistory } from '../history/monitor.ts';
import type { HelpEntry, Report } from '../report/model.ts';
import type { IsoDate } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';
import { cachedMonitor } from './monitor-cache.ts';

export { REFERENCE_TABLE };

/**
 * The data dates of the catalogue imports and of archived monitors (issue 4), newest first,
 * without repeats.
 */
export async function referenceDates(store: Store): Promise<IsoDate[]> {
  const rows = await store.db
    .selectFrom('imports')
    .select('data_date')
    .distinct()
    .where('table_name', '=', REFERENCE_TABLE)
    .orderBy('data_date', 'desc')
    .execute();
  const dates = new Set([
    ...rows.map((row) => row.data_date),
    ...(await archivedReferenceDates(store)),
  ]);
  return [...dates].sort().reverse();
}

/** The engine at `referenceDate` (default: the latest), or null when nothing is stored. */
export async function engineFor(
  store: Store,
  referenceDate?: IsoDate,
  help?: HelpEntry[],
): Promise<Engine | null> {
  const date = referenceDate ?? (await referenceDates(store))[0];
  if (date === undefined) return null;
  return engineAt(store, date, { help });
}

/**
 * One municipality's monitor at `referenceDate` (default: the latest), with its changes since
 * the previous quarter and its trends. Throws `UnknownMunicipalityError` when the code is not
 * in the register then; routes check access before calling this.
 */
export async function monitorFor(
  store: Store,
  code: string,
  referenceDate?: IsoDate,
  help?: HelpEntry[],
): Promise<Report> {
  const date = referenceDate ?? (await referenceDates(store))[0];
  if (date === undefined) throw new Error('Er zijn nog geen gegevens geïmporteerd.');
  // The latest monitor is computed; one asked for by date may be the archived one.
  const asked = referenceDate === undefined ? `nieuwste ${date}` : date;
  return cachedMonitor(store, code, asked, help, async () => {
    // A monitor that was produced and mailed is shown exactly as it was archived.
    const archived = referenceDate ? await archivedReport(store, code, referenceDate) : null;
    return archived ?? monitorWithHistory(store, code, date, { help });
  });
}
