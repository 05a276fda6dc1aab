/**
 * Checks that the keys a file refers to exist: municipality codes, reference components,
 * standards and package versions. A reference is checked against the same delivery's table
 * when the delivery brings it, else against the latest stored import of that table. Pure: the
 * store passes in the stored keys.
 */
import { municipalityOutOfPeriod, unknownReference } from './issue-messages.ts';
import { type ImportIssue, IssueList } from './issues.ts';
import type { ReadTableResult } from './read-table.ts';
import type { IsoDate, TableName, TableRows } from './tables.ts';

/** When a municipality exists (the register's optional columns); null is open-ended. */
export interface MunicipalityPeriod {
  start: IsoDate | null;
  end: IsoDate | null;
  successor: string | null;
}

export interface KnownKeys {
  municipalities: Set<string>;
  /** Periods of the stored register's municipalities that have a start or end date. */
  municipalityPeriods?: Map<string, MunicipalityPeriod>;
  referenceComponents: Set<string>;
  standards: Set<string>;
  packageVersions: Set<string>;
}

type KeyKind = Exclude<keyof KnownKeys, 'municipalityPeriods'>;

/** The keys a reference is checked against, and how to tell the user where they come from. */
interface Target {
  keys: ReadonlySet<string>;
  /** Municipalities only: when each exists, for those with dates. */
  periods?: ReadonlyMap<string, MunicipalityPeriod>;
  table: TableName;
  where: string;
}

type Targets = Record<KeyKind, Target>;

interface Reference<T extends TableName> {
  column: string;
  kind: KeyKind;
  /** The referenced keys of one row (none when the cell may be empty or free text). */
  values(row: TableRows[T], targets: Targets): readonly string[];
}

type References = { [T in TableName]: Reference<T>[] };

const municipality = {
  column: 'gemeentecode',
  kind: 'municipalities',
  values: (row: { municipality: string }) => [row.municipality],
} as const;

const REFERENCES: References = {
  // The register defines the codes; the register itself is checked for its successors only.
  gemeenten: [],
  referentiecomponenten: [],
  standaarden: [],
  pakketversies: [
    { column: 'compliant_standaarden', kind: 'standards', values: (r) => r.compliantStandardIds },
  ],
  gemeente_pakketversies: [
    municipality,
    { column: 'pakketversie_id', kind: 'packageVersions', values: (r) => [r.packageVersionId] },
    {
      column: 'referentiecomponent_id',
      kind: 'referenceComponents',
      values: (r) => [r.referenceComponentId],
    },
  ],
  koppelingen: [
    municipality,
    {
      column: 'van_pakketversie_id',
      kind: 'packageVersions',
      values: (r) => [r.fromPackageVersionId],
    },
    // `naar` is a package version id, or free text naming a national facility.
    {
      column: 'naar',
      kind: 'packageVersions',
      values: (r, targets) => (looksLikeKeyOf(r.to, targets.packageVersions) ? [r.to] : []),
    },
    {
      column: 'standaard_id',
      kind: 'standards',
      values: (r) => (r.standardId ? [r.standardId] : []),
    },
  ],
  gemeente_profielen: [municipality],
  digitale_volwassenheid: [municipality],
  peilingen: [municipality],
  telefonie14: [municipality],
  landelijke_voorzieningen: [municipality],
  ggk: [municipality],
};

const KIND_TABLE = {
  municipalities: 'gemeenten',
  referenceComponents: 'referentiecomponenten',
  standards: 'standaarden',
  packageVersions: 'pakketversies',
} as const satisfies Record<KeyKind, TableName>;

/**
 * The keys of a delivered referenced table: the register's codes, the others' ids. Rows the
 * reader rejected for a bad value count too: that value is already an error, and calling every
 * reference to the row unknown would bury it under messages that are not true.
 */
function keysOf(file: ReadTableResult<(typeof KIND_TABLE)[KeyKind]>): Set<string> {
  const rows = file.rows as ({ code: string } | { id: string })[];
  const keys = new Set(rows.map((row) => ('code' in row ? row.code : row.id)));
  for (const key of file.rejectedKeys) keys.add(key);
  return keys;
}

/** Every unknown reference in `files`, as errors per file (capped like any file's issues). */
export function checkReferences(
  files: ReadTableResult<TableName>[],
  stored: KnownKeys,
): ImportIssue[] {
  const targets = findTargets(files, stored);
  return files.flatMap((file) => checkFile(file, targets));
}

function checkFile<T extends TableName>(file: ReadTableResult<T>, targets: Targets): ImportIssue[] {
  const issues = new IssueList(file.file);
  const references = REFERENCES[file.table] as Reference<T>[];
  file.rows.forEach((row, index) => {
    const rowNumber = file.rowNumbers[index] ?? index + 2;
    for (const reference of references) {
      const target = targets[reference.kind];
      for (const value of reference.values(row, targets)) {
        if (target.keys.has(value)) {
          const period = target.periods?.get(value);
          if (period && !existsOn(period, file.dataDate)) {
            const at = { file: file.file, row: rowNumber, value, where: target.where };
            issues.add(municipalityOutOfPeriod(at, file.dataDate, period));
          }
          continue;
        }
        issues.add(
          unknownReference(
            file.file,
            rowNumber,
            reference.column,
            value,
            `tabel ${target.table}`,
            target.where,
          ),
        );
      }
    }
  });
  if (file.table === 'gemeenten') checkSuccessors(file as ReadTableResult<'gemeenten'>, issues);
  return issues.toArray();
}

/**
 * A successor (`opvolger`) should be in the same register. Only a warning: the municipality
 * a merger creates may start after the register's data date.
 */
function checkSuccessors(file: ReadTableResult<'gemeenten'>, issues: IssueList): void {
  const codes = new Set(file.rows.map((row) => row.code));
  file.rows.forEach((row, index) => {
    if (row.successor === null || codes.has(row.successor)) return;
    const rowNumber = file.rowNumbers[index] ?? index + 2;
    const issue = unknownReference(
      file.file,
      rowNumber,
      'opvolger',
      row.successor,
      'tabel gemeenten',
      `bestand ${file.file}`,
    );
    issues.add({ ...issue, severity: 'warning' });
  });
}

function existsOn(period: MunicipalityPeriod, date: IsoDate): boolean {
  return (
    (period.start === null || period.start <= date) && (period.end === null || period.end >= date)
  );
}

/** The periods of a register's municipalities that have a start or end date. */
export function municipalityPeriods(
  rows: readonly TableRows['gemeenten'][],
): Map<string, MunicipalityPeriod> {
  const periods = new Map<string, MunicipalityPeriod>();
  for (const row of rows) {
    if (row.startDate === null && row.endDate === null) continue;
    periods.set(row.code, { start: row.startDate, end: row.endDate, successor: row.successor });
  }
  return periods;
}

function findTargets(files: ReadTableResult<TableName>[], stored: KnownKeys): Targets {
  const target = (kind: KeyKind): Target => {
    const table = KIND_TABLE[kind];
    const delivered = files.find((f) => f.table === table);
    if (delivered !== undefined) {
      const where = `bestand ${delivered.file} in deze levering`;
      return { keys: keysOf(delivered as ReadTableResult<typeof table>), table, where };
    }
    const keys = stored[kind];
    const where =
      keys.size > 0 ? 'de laatst opgeslagen import' : 'die tabel is nog nooit geïmporteerd';
    return { keys, table, where };
  };
  const register = files.find((f) => f.table === 'gemeenten') as
    | ReadTableResult<'gemeenten'>
    | undefined;
  const periods = register ? municipalityPeriods(register.rows) : stored.municipalityPeriods;
  const municipalities = target('municipalities');
  return {
    municipalities: periods ? { ...municipalities, periods } : municipalities,
    referenceComponents: target('referenceComponents'),
    standards: target('standards'),
    packageVersions: target('packageVersions'),
  };
}

const LETTER = /\p{L}/gu;
const DIGIT = /\d/g;

/** The form of an id: letters become `a`, digits `9` (`PV00765` is `aa99999`). */
function idShape(text: string): string {
  return text.replace(LETTER, 'a').replace(DIGIT, '9');
}

const shapeCache = new WeakMap<ReadonlySet<string>, Set<string>>();

/**
 * True when `text` has the form of a key of the target (e.g. `PV` and five digits), so that a
 * mistyped package version id is caught while free text such as `DigiD` passes. Only forms
 * holding a digit count: an id of letters only could not be told from a name.
 */
export function looksLikeKeyOf(text: string, target: Target): boolean {
  let shapes = shapeCache.get(target.keys);
  if (shapes === undefined) {
    shapes = new Set([...target.keys].map(idShape).filter((shape) => shape.includes('9')));
    shapeCache.set(target.keys, shapes);
  }
  return shapes.has(idShape(text));
}
