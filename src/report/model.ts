/**
 * The report model: one municipality's monitor at one reference date, as plain
 * JSON-serialisable data. The engine builds it once; HTML, PDF, JSON and CSV are views of it,
 * so no two parts of a report can disagree. Every shown text (`text` fields, table cells) is
 * already formatted (Dutch, half-up rounding from the exact value) by the engine, using the
 * methodology's display precision; views only lay it out.
 */
import type { ImportVersion, IsoDate, MunicipalityCode, TableName } from '../sources/tables.ts';

export const RATINGS = ['ok', 'attention', 'not ok', 'no data'] as const;
export type Rating = (typeof RATINGS)[number];

/** An exact rational value; means are kept this way so that comparisons are exact. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

/** A value as computed (exact, when numeric) and as shown. */
export interface Measure {
  /** Exact value; null for a yes/no or status value, or when there is no data. */
  exact: Fraction | null;
  /** The exact value as a float, for charts only; never used to rate. */
  approx: number | null;
  /** As the report shows it: `68%`, `6,7`, `-`, `Ja`, `Koppeling`. */
  text: string;
}

export type ComparisonKind = 'national-mean' | 'peer-mean' | 'norm' | 'national-count';

/** What a figure is compared with, and how many municipalities stand behind it. */
export interface Comparison {
  kind: ComparisonKind;
  /** Dutch label, e.g. `Landelijk gemiddelde`, `Gemiddelde gemeenten met 4 sterren`. */
  label: string;
  measure: Measure;
  /** Number of municipalities behind a mean or count; null for a norm. */
  basis: number | null;
}

export const SECTION_IDS = [
  '1.1',
  '1.2',
  '1.3',
  '1.4',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
  '3.1',
  '3.2',
  '3.3',
  '3.4',
  '3.5',
] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Figure {
  /** Stable id, e.g. `volwassenheid_burger` (the golden file's ids). */
  id: string;
  section: SectionId;
  /** Dutch label. */
  label: string;
  value: Measure;
  comparison: Comparison | null;
  /** Null for figures that are shown but not rated on their own (most of 2.1). */
  rating: Rating | null;
  /** Why the rating is what it is when that is not obvious (the gate, missing data). */
  reason: string | null;
  /** The municipality's explanation of this rating, on a tile's figure while it holds. */
  explanation?: MunicipalExplanation;
  /**
   * The change since the previous quarter (issue 5); null when there is no earlier quarter.
   * Absent in monitors made without history (and in archives from before it).
   */
  change?: FigureChange | null;
}

/**
 * How a figure moved since the previous quarter point. Numbers compare exactly (up, down,
 * equal); yes/no and status values are `changed` or `equal`; `none` when there is nothing
 * to compare with one to one (no data then or now, a merger of several municipalities).
 */
export type ChangeDirection = 'up' | 'down' | 'equal' | 'changed' | 'none';

export interface FigureChange {
  direction: ChangeDirection;
  /** The earlier value (of the predecessor after a merger with one); null with `none`. */
  previous: Measure | null;
  /** The earlier quarter point, and as shown: `24-10-2016`. */
  previousDate: IsoDate;
  previousDateText: string;
  /** Dutch, as shown after the arrow: `hoger dan vorig kwartaal (6,5 op 24-10-2016)`. */
  text: string;
  /**
   * Dutch note when the municipalities behind the comparison (a mean or a count) are not the
   * same set as at the earlier quarter point, or null.
   */
  basisNote: string | null;
}

/**
 * Comply or explain (issue 5): a municipality's short note beside a theme's rating. Present
 * only while its end date has not passed and the theme's figure is as it was when written.
 */
export interface MunicipalExplanation {
  /** Plain text as the municipality wrote it. */
  text: string;
  /** Last day it shows, and as shown: `31-12-2017`. */
  endDate: IsoDate;
  endDateText: string;
  /** The day it was written, and as shown. */
  writtenOn: IsoDate;
  writtenOnText: string;
}

export type TileGroupId = 'dienstverlening' | 'informatievoorziening' | 'landelijke-voorzieningen';

export interface TileGroup {
  id: TileGroupId;
  /** Dutch title, e.g. `(Digitale) dienstverlening`. */
  title: string;
  tiles: Tile[];
}

/** One of the 16 tiles of the summary. */
export interface Tile {
  id: string;
  section: SectionId;
  label: string;
  rating: Rating;
  /** The figure the tile rates. */
  figureId: string;
  reason: string | null;
  /** The municipality's explanation of this theme's rating, while it holds (issue 5). */
  explanation?: MunicipalExplanation;
}

export interface TableColumn {
  label: string;
  /** Numbers are right-aligned. */
  numeric: boolean;
}

export interface ReportTable {
  id: string;
  section: SectionId;
  title: string;
  columns: TableColumn[];
  /** Cells as shown, in the methodology's order. */
  rows: string[][];
  /** Dutch notes shown under the table (for example about several e-forms packages). */
  notes: string[];
  /** Shown instead of an empty table. */
  emptyText: string;
}

export interface StarCriterion {
  id: string;
  /** Dutch description, generated from the methodology thresholds. */
  label: string;
  met: boolean;
}

export interface StarScore {
  stars: number;
  criteria: StarCriterion[];
}

export interface Section {
  id: SectionId;
  title: string;
  figures: Figure[];
  tables: ReportTable[];
  /** Dutch notes specific to this municipality (e.g. the gate). */
  notes: string[];
  /** One figure over every quarter point, for the section's trend chart (issue 5). */
  trend?: Trend | null;
}

/** A quarter point: the latest catalogue data date within a calendar quarter. */
export interface TrendPoint {
  date: IsoDate;
  /** As shown: `24-10-2016`. */
  dateText: string;
}

export interface TrendSeries {
  /**
   * `municipality`: this municipality (continued by its one predecessor before a merger);
   * `predecessor`: one of several merged municipalities, up to the merger; `comparison`: the
   * figure's mean, count or norm.
   */
  role: 'municipality' | 'predecessor' | 'comparison';
  label: string;
  /** One value per point, aligned with `Trend.points`; null where there is none. */
  values: (Measure | null)[];
}

export interface Trend {
  figureId: string;
  /** Dutch label of the figure. */
  label: string;
  points: TrendPoint[];
  series: TrendSeries[];
}

/** Why a history continues where it does: one merger the register records. */
export interface MergerNote {
  successor: { code: MunicipalityCode; name: string };
  predecessors: { code: MunicipalityCode; name: string }[];
  /** The successor's first day, and as shown. */
  date: IsoDate;
  dateText: string;
  /** Dutch explanation of the merger and of how the monitor follows it. */
  text: string;
}

/** The quarter points a monitor's changes and trends were computed over (issue 5). */
export interface ReportHistory {
  points: TrendPoint[];
  /** The previous quarter point, or null when this is the first. */
  previous: TrendPoint | null;
  mergers: MergerNote[];
}

/** Appendix 1: how one theme is rated, generated from the methodology. */
export interface RatingExplanation {
  theme: string;
  sections: SectionId[];
  rules: { rating: Rating; when: string }[];
  note: string | null;
}

/** Appendix 3: one source behind the report. */
export interface SourceDate {
  table: TableName;
  /** Dutch name of the source, e.g. `Softwarecatalogus`. */
  source: string;
  dataDate: IsoDate;
  /** The data date as the report shows it: `23-1-2017`, `november 2016` or `2016`. */
  shownAs: string;
  /** Dutch refresh rhythm, e.g. `dagelijks`. */
  refresh: string;
  sections: SectionId[];
  fileName: string;
}

/** Appendix 4: one methodology version. */
export interface VersionEntry {
  version: string;
  date: IsoDate;
  changes: string[];
}

/** Where the report points the reader for help; from settings the monitor team keeps. */
export interface HelpEntry {
  section: SectionId | 'bijlage-2';
  /** Dutch text, e.g. `Deelname aan de Burgerpeiling`. */
  topic: string;
  contact: string | null;
  email: string | null;
  url: string | null;
}

export interface Report {
  schemaVersion: 1;
  municipality: { code: MunicipalityCode; name: string; province: string };
  referenceDate: IsoDate;
  /** Reference date as shown: `23-1-2017`. */
  referenceDateText: string;
  methodology: { version: string; effectiveFrom: IsoDate };
  /** The imports every figure came from. */
  imports: ImportVersion[];
  /** Municipalities in the register at the reference date (the national denominator). */
  nationalBasis: number;
  peerGroup: { stars: number; size: number };
  stars: StarScore;
  summary: TileGroup[];
  sections: Section[];
  appendices: {
    ratings: RatingExplanation[];
    sources: SourceDate[];
    versions: VersionEntry[];
  };
  help: HelpEntry[];
  /** The quarters behind `Figure.change` and `Section.trend`; absent without history. */
  history?: ReportHistory;
}
