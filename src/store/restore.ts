/**
 * `mdd restore`: a backup (./backup-format.ts) put back into an empty store of the same schema,
 * in one transaction: afterwards the store holds the whole backup or, after any error, nothing.
 */
import type { Kysely, Transaction } from 'kysely';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  type BackupHeader,
  type BackupSummary,
  type BackupTable,
  type BackupValue,
  columnsByTable,
  fromBackupValue,
  migrationsOf,
  readBackupLines,
} from './backup-format.ts';
import { continueSequences, countTable, storeTables } from './catalogue.ts';
import { describeLocation, type Store } from './open.ts';

/** Tables every store fills itself on opening: a restore replaces their rows. */
const FILLED_ON_OPENING = new Set(['methodology_versions']);

/** Bound parameters per INSERT, under both dialects' limits. */
const PARAMETERS_PER_INSERT = 30_000;

type AnyDb = Kysely<Record<string, Record<string, unknown>>>;

/** Restores `file` into `store`, which must be empty and have the backup's schema. */
export async function restoreStore(store: Store, file: string): Promise<BackupSummary> {
  const lines = readBackupLines(file);
  try {
    const header = checkHeader((await lines.next()).value, file);
    return await store.db.transaction().execute(async (trx) => {
      const db = trx as unknown as AnyDb;
      await checkSchema(db, header, file);
      await refuseFilled(trx, store.location);
      const tables = await restoreTables(db, lines, file);
      await continueSequences(db, store.dialect);
      return { schema: header.schema, tables };
    });
  } finally {
    // Closes the file also when the restore stopped halfway.
    await lines.return(undefined);
  }
}

function checkHeader(value: unknown, file: string): BackupHeader {
  const header = value as Partial<BackupHeader> | undefined;
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.migrations)) {
    throw new BackupError(`Het bestand ${file} is geen mdd-backup.`);
  }
  if (header.version !== BACKUP_VERSION) {
    throw new BackupError(
      `De backup ${file} heeft formaatversie ${String(header.version)}; deze versie van mdd ` +
        `leest versie ${BACKUP_VERSION}. Gebruik de versie van mdd die de backup maakte.`,
    );
  }
  return header as BackupHeader;
}

async function checkSchema(db: AnyDb, header: BackupHeader, file: string): Promise<void> {
  const known = await migrationsOf(db);
  const unknown = header.migrations.filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `De backup ${file} is gemaakt door een nieuwere versie van mdd (migratie ` +
        `${unknown.join(', ')} kent deze versie niet). Zet hem terug met die nieuwere versie.`,
    );
  }
  const missing = known.filter((name) => !header.migrations.includes(name));
  if (missing.length > 0) {
    throw new BackupError(
      `De backup ${file} is van een ouder databaseschema (${header.schema}); deze database ` +
        `heeft ook ${missing.join(', ')}. Zet de backup terug met de versie van mdd die hem ` +
        'maakte en werk daarna bij naar deze versie.',
    );
  }
}

async function refuseFilled<DB>(trx: Transaction<DB>, location: string): Promise<void> {
  for (const table of await storeTables(trx)) {
    if (FILLED_ON_OPENING.has(table)) continue;
    const rows = await countTable(trx, table);
    if (rows > 0) {
      throw new BackupError(
        `De database ${describeLocation(location)} is niet leeg: tabel ${table} heeft ${rows} ` +
          'rijen. Zet een backup alleen terug in een nieuwe, lege database. Er is niets gewijzigd.',
      );
    }
  }
}

interface Pending {
  table: string;
  columns: string[];
  rows: Record<string, unknown>[];
  count: number;
}

async function restoreTables(
  db: AnyDb,
  lines: AsyncGenerator<unknown>,
  file: string,
): Promise<BackupTable[]> {
  const known = await columnsByTable(db);
  const restored: BackupTable[] = [];
  let pending: Pending | null = null;
  for await (const line of lines) {
    if (Array.isArray(line)) {
      if (pending === null) throw damaged(file, 'een rij zonder tabel');
      await addRow(db, pending, line as BackupValue[], file);
    } else if (isTableStart(line)) {
      if (pending) restored.push(await finishTable(db, pending, file));
      pending = await startTable(db, line, known, file);
    } else if (isEnd(line)) {
      if (pending) restored.push(await finishTable(db, pending, file));
      checkCounts(line.tables, restored, file);
      return restored;
    } else {
      throw damaged(file, 'een onbekende regel');
    }
  }
  throw damaged(file, 'het einde ontbreekt (afgebroken backup)');
}

async function startTable(
  db: AnyDb,
  line: { table: string; columns: string[] },
  known: Map<string, string[]>,
  file: string,
): Promise<Pending> {
  const columns = known.get(line.table);
  if (columns === undefined || line.columns.some((c) => !columns.includes(c))) {
    throw damaged(file, `tabel ${line.table} past niet bij deze database`);
  }
  if (FILLED_ON_OPENING.has(line.table)) await db.deleteFrom(line.table).execute();
  return { table: line.table, columns: line.columns, rows: [], count: 0 };
}

async function addRow(db: AnyDb, pending: Pending, values: BackupValue[], file: string) {
  if (values.length !== pending.columns.length) {
    throw damaged(file, `een rij van tabel ${pending.table} met ${values.length} waarden`);
  }
  const row: Record<string, unknown> = {};
  pending.columns.forEach((column, i) => {
    row[column] = fromBackupValue(values[i] ?? null);
  });
  pending.rows.push(row);
  pending.count++;
  const batch = Math.max(1, Math.floor(PARAMETERS_PER_INSERT / pending.columns.length));
  if (pending.rows.length >= batch) await flush(db, pending, file);
}

async function flush(db: AnyDb, pending: Pending, file: string): Promise<void> {
  if (pending.rows.length === 0) return;
  try {
    await db.insertInto(pending.table).values(pending.rows).execute();
  } catch {
    // The database's own words (a wrong type, a broken key) are English and name no line; the
    // table is what the user can look into. The transaction is rolled back by the caller.
    throw damaged(file, `tabel ${pending.table} heeft rijen die niet in de database passen`);
  }
  pending.rows = [];
}

async function finishTable(db: AnyDb, pending: Pending, file: string): Promise<BackupTable> {
  await flush(db, pending, file);
  return { table: pending.table, rows: pending.count };
}

function checkCounts(expected: unknown, restored: BackupTable[], file: string): void {
  const same = JSON.stringify(expected) === JSON.stringify(restored);
  if (!same) throw damaged(file, 'de aantallen rijen kloppen niet met het einde van de backup');
}

function isTableStart(line: unknown): line is { table: string; columns: string[] } {
  const l = line as { table?: unknown; columns?: unknown } | null;
  return typeof l?.table === 'string' && Array.isArray(l.columns);
}

function isEnd(line: unknown): line is { end: true; tables: unknown } {
  return (line as { end?: unknown } | null)?.end === true;
}

function damaged(file: string, what: string): BackupError {
  return new BackupError(`De backup ${file} is beschadigd: ${what}. Er is niets teruggezet.`);
}
