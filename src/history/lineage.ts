/**
 * Where a municipality's history continues across mergers, as the register records them
 * (`datum_einde` and `opvolger`). A code that existed at a quarter point continues under its
 * own code; a successor that is new takes its predecessors' history, unless the setting says
 * a new municipality starts without one.
 */
import { formatShortDate } from '../report/format.ts';
import type { MergerNote } from '../report/model.ts';
import type { IsoDate, MunicipalityCode, MunicipalityRow } from '../sources/tables.ts';

/**
 * `predecessors` (default): a new successor takes its predecessors' history; `none`: its
 * history starts on its first day.
 */
export type SuccessorHistory = 'predecessors' | 'none';

export interface Register {
  /** Every register row seen at any quarter point, the latest first. */
  byCode: Map<MunicipalityCode, MunicipalityRow>;
  /** Predecessors per successor code. */
  predecessors: Map<MunicipalityCode, MunicipalityRow[]>;
}

/** Joins the registers of all quarter points (newest last) into one view of the mergers. */
export function joinRegisters(registers: MunicipalityRow[][]): Register {
  const byCode = new Map<MunicipalityCode, MunicipalityRow>();
  for (const rows of registers) for (const row of rows) byCode.set(row.code, row);
  const predecessors = new Map<MunicipalityCode, MunicipalityRow[]>();
  for (const row of byCode.values()) {
    if (row.successor === null || row.successor === row.code) continue;
    predecessors.set(row.successor, [...(predecessors.get(row.successor) ?? []), row]);
  }
  return { byCode, predecessors };
}

export function nameOf(register: Register, code: MunicipalityCode): string {
  return register.byCode.get(code)?.name ?? code;
}

/**
 * The municipalities whose figures stand for `code` at a quarter point where `active` were
 * the municipalities in the register: `code` itself, its predecessors (followed back through
 * earlier mergers), or none.
 */
export function lineageAt(
  register: Register,
  code: MunicipalityCode,
  active: ReadonlySet<MunicipalityCode>,
  setting: SuccessorHistory,
  seen: ReadonlySet<MunicipalityCode> = new Set(),
): MunicipalityCode[] {
  if (active.has(code)) return [code];
  if (setting === 'none' || seen.has(code)) return [];
  const before = new Set([...seen, code]);
  return (register.predecessors.get(code) ?? []).flatMap((row) =>
    lineageAt(register, row.code, active, setting, before),
  );
}

/** `A`, `A en B`, `A, B en C`. */
export function joinDutch(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;
}

/** The successor's first day: its start date, else the day after its predecessors ended. */
function mergerDate(successor: MunicipalityRow | undefined, rows: MunicipalityRow[]): IsoDate {
  if (successor?.startDate) return successor.startDate;
  const ended = rows.flatMap((r) => (r.endDate ? [r.endDate] : [])).sort();
  const last = ended.at(-1);
  if (last === undefined) return '';
  const next = new Date(`${last}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

function explain(
  successor: string,
  named: string,
  date: string,
  count: number,
  continues: boolean,
  setting: SuccessorHistory,
  changeAffected: boolean,
): string {
  if (continues) {
    return (
      `Op ${date} ${count === 1 ? 'is' : 'zijn'} ${named} opgegaan in ${successor}. ` +
      `De cijfers van ${successor} lopen door onder de eigen gemeentecode; vóór die datum ` +
      `zijn het de cijfers van ${successor} zonder ${named}.`
    );
  }
  const origin = `${successor} is op ${date} ontstaan uit ${named}.`;
  if (setting === 'none') {
    return `${origin} De monitor begint de ontwikkeling van ${successor} op die datum.`;
  }
  if (count === 1) {
    return (
      `${origin} Tot die datum vergelijkt de monitor met de cijfers van ${named}, in de ` +
      `verandering sinds vorig kwartaal en in de ontwikkeling.`
    );
  }
  const lines = `${origin} Tot die datum toont de ontwikkeling een lijn per gemeente`;
  return changeAffected
    ? `${lines}; de verandering sinds vorig kwartaal is niet één op één te vergelijken.`
    : `${lines}.`;
}

/**
 * The mergers into `code` that fall within the history (a predecessor was in the register at
 * one of the quarter points), explained in Dutch.
 */
export function mergerNotes(
  register: Register,
  code: MunicipalityCode,
  activeAtPoints: ReadonlySet<MunicipalityCode>[],
  setting: SuccessorHistory,
): MergerNote[] {
  const rows = (register.predecessors.get(code) ?? []).filter((row) =>
    activeAtPoints.some((active) => active.has(row.code)),
  );
  if (rows.length === 0) return [];
  const successor = register.byCode.get(code);
  const date = mergerDate(successor, rows);
  const dateText = date === '' ? 'een onbekende datum' : formatShortDate(date);
  const name = nameOf(register, code);
  const named = joinDutch(rows.map((r) => `${r.name} (${r.code})`));
  // A municipality that absorbed others was in the register beside them; a new one was not.
  const continues = activeAtPoints.some(
    (active) => active.has(code) && rows.some((row) => active.has(row.code)),
  );
  // The change since the previous point crosses the merger when the code was not there then.
  const previous = activeAtPoints.at(-2);
  const changeAffected = previous !== undefined && !previous.has(code);
  const text = explain(name, named, dateText, rows.length, continues, setting, changeAffected);
  const earlier = rows.flatMap((row) => mergerNotes(register, row.code, activeAtPoints, setting));
  return [
    ...earlier,
    {
      successor: { code, name },
      predecessors: rows.map((r) => ({ code: r.code, name: r.name })),
      date,
      dateText,
      text,
    },
  ];
}
