/**
 * Monitors with history (issue 5): the report at a reference date plus, per figure, its
 * change since the previous quarter point and, per section, a trend over all quarter points,
 * computed from the cached engines of those points. Mergers decide whose figures stand for a
 * municipality at an earlier point (see lineage.ts).
 */
import type { Engine } from '../engine/index.ts';
import { formatShortDate } from '../report/format.ts';
import type { Figure, MergerNote, Report, TrendPoint } from '../report/model.ts';
import type { IsoDate, MunicipalityCode } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';
import { basisNote, describeChange, type Previous } from './change.ts';
import { type EngineOptions, engineAt, quarterDates, quarterOf, registerAt } from './engines.ts';
import {
  joinDutch,
  joinRegisters,
  lineageAt,
  mergerNotes,
  nameOf,
  type Register,
  type SuccessorHistory,
} from './lineage.ts';
import { buildTrend } from './trend.ts';

export interface HistoryOptions extends EngineOptions {
  /** Whether a new successor takes its predecessors' history; default `predecessors`. */
  successorHistory?: SuccessorHistory | undefined;
}

/** An engine whose reports carry their history; the same shape as the plain engine. */
export type HistoryEngine = Engine;

interface Point {
  point: TrendPoint;
  engine: Engine;
  active: ReadonlySet<MunicipalityCode>;
}

/**
 * The points of a history ending at `date`: the quarter points of earlier quarters, then
 * `date` itself (which stands for its own quarter, whatever else that quarter holds).
 */
export async function historyPoints(store: Store, date: IsoDate): Promise<IsoDate[]> {
  const earlier = (await quarterDates(store, date)).filter((d) => quarterOf(d) !== quarterOf(date));
  return [...earlier, date];
}

/** The engine at `date` whose `report(code)` is the monitor with its history. */
export async function historyEngineAt(
  store: Store,
  date: IsoDate,
  options: HistoryOptions = {},
): Promise<HistoryEngine> {
  const dates = await historyPoints(store, date);
  const points: Point[] = [];
  const registers = [];
  for (const [i, at] of dates.entries()) {
    // Earlier points are rated by their own methodology; only the monitor's date may choose.
    const last = i === dates.length - 1;
    const engine = await engineAt(store, at, last ? options : { help: options.help });
    const active = new Set(engine.municipalities.map((m) => m.code));
    points.push({ point: { date: at, dateText: formatShortDate(at) }, engine, active });
    registers.push(await registerAt(store, at));
  }
  const history = new History(points, joinRegisters(registers), options);
  const current = (points.at(-1) as Point).engine;
  return { ...current, report: (code) => history.report(code) };
}

/**
 * One municipality's monitor at `date` (default: the catalogue's latest data date) with its
 * changes and trends. Throws `UnknownMunicipalityError` when the code is not in the register.
 */
export async function monitorWithHistory(
  store: Store,
  code: MunicipalityCode,
  date?: IsoDate,
  options: HistoryOptions = {},
): Promise<Report> {
  const at = date ?? (await quarterDates(store)).at(-1);
  if (at === undefined) throw new Error('Er zijn nog geen gegevens geïmporteerd.');
  return (await historyEngineAt(store, at, options)).report(code);
}

class History {
  private readonly setting: SuccessorHistory;

  constructor(
    private readonly points: Point[],
    private readonly register: Register,
    options: HistoryOptions,
  ) {
    this.setting = options.successorHistory ?? 'predecessors';
  }

  report(code: MunicipalityCode): Report {
    const last = this.points.length - 1;
    const current = (this.points[last] as Point).engine.report(code);
    const lineages = this.points.map((p) => lineageAt(this.register, code, p.active, this.setting));
    const mergers = mergerNotes(
      this.register,
      code,
      this.points.map((p) => p.active),
      this.setting,
    );
    const figures = new Map<string, Map<string, Figure> | null>();
    const figureAt = (i: number, of: MunicipalityCode, id: string): Figure | null => {
      const key = `${i}|${of}`;
      if (!figures.has(key)) {
        const point = this.points[i];
        const report = point?.active.has(of) ? point.engine.report(of) : null;
        const byId =
          report && new Map(report.sections.flatMap((s) => s.figures).map((f) => [f.id, f]));
        figures.set(key, byId);
      }
      return figures.get(key)?.get(id) ?? null;
    };
    const source = {
      points: this.points.map((p) => p.point),
      name: current.municipality.name,
      lineages,
      figureAt,
      predecessorLabel: (of: MunicipalityCode) => this.predecessorLabel(of, mergers),
    };
    const previous = last > 0 ? (this.points[last - 1] as Point) : null;
    const sections = current.sections.map((section) => ({
      ...section,
      figures: section.figures.map((figure) => ({
        ...figure,
        change:
          previous === null
            ? null
            : this.change(code, figure, previous, last - 1, lineages[last - 1] ?? [], figureAt),
      })),
      trend: buildTrend(section, source),
    }));
    return {
      ...current,
      sections,
      history: { points: source.points, previous: previous?.point ?? null, mergers },
    };
  }

  private predecessorLabel(code: MunicipalityCode, mergers: MergerNote[]): string {
    const merger = mergers.find((m) => m.predecessors.some((p) => p.code === code));
    const name = nameOf(this.register, code);
    return merger ? `${name} (tot ${merger.dateText})` : name;
  }

  private change(
    code: MunicipalityCode,
    figure: Figure,
    previous: Point,
    index: number,
    lineage: MunicipalityCode[],
    figureAt: (i: number, of: MunicipalityCode, id: string) => Figure | null,
  ) {
    const [only] = lineage;
    const before = lineage.length === 1 && only ? figureAt(index, only, figure.id) : null;
    const compared: Previous = before
      ? {
          kind: 'value',
          measure: before.value,
          predecessor: only === code ? null : this.named(only),
        }
      : { kind: 'not-comparable', reason: this.notComparable(code, lineage, previous) };
    const note = this.basisNote(code, figure, before, previous, lineage);
    return describeChange(figure.value, compared, previous.point, note);
  }

  private named(code: MunicipalityCode | undefined): string | null {
    return code === undefined ? null : nameOf(this.register, code);
  }

  private notComparable(code: MunicipalityCode, lineage: MunicipalityCode[], at: Point): string {
    const name = nameOf(this.register, code);
    if (lineage.length > 1) {
      const from = joinDutch(lineage.map((c) => nameOf(this.register, c)));
      return `niet één op één te vergelijken met vorig kwartaal: ${name} is ontstaan uit ${from}`;
    }
    if (lineage.length === 0)
      return `geen vorig kwartaal: ${name} bestond op ${at.point.dateText} nog niet`;
    return `niet te vergelijken: geen waarde op ${at.point.dateText}`;
  }

  /** The note when the set behind the comparison changed since the previous point. */
  private basisNote(
    code: MunicipalityCode,
    figure: Figure,
    before: Figure | null,
    previous: Point,
    lineage: MunicipalityCode[],
  ): string | null {
    if (figure.comparison === null || figure.comparison.basis === null) return null;
    const peer = figure.comparison.kind === 'peer-mean';
    // A peer group belongs to one municipality; a national set to any of them.
    const [only] = lineage;
    const then = peer
      ? lineage.length === 1
        ? only
        : undefined
      : (only ?? previous.engine.municipalities[0]?.code);
    if (then === undefined) return null;
    const engine = (this.points.at(-1) as Point).engine;
    const now = engine.basisMembers(code, figure);
    const was = previous.engine.basisMembers(then, before ?? figure);
    if (now === null || was === null) return null;
    return basisNote(figure.comparison, now, was, previous.point, (c) => nameOf(this.register, c));
  }
}
