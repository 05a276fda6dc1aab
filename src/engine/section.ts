/**
 * What each section builder returns, and small helpers shared by the builders.
 */
import type {
  Comparison,
  ComparisonKind,
  Figure,
  Measure,
  Rating,
  ReportTable,
  Section,
  SectionId,
  Tile,
  TileGroupId,
} from '../report/model.ts';

export interface SectionDraft {
  section: Section;
  tiles: { group: TileGroupId; tile: Tile }[];
}

const COMPARISON_LABELS: Record<ComparisonKind, string> = {
  'national-mean': 'Landelijk gemiddelde',
  'peer-mean': 'Gemiddelde gemeenten met evenveel sterren',
  norm: 'Norm',
  'national-count': 'Aantal gemeenten',
};

export function comparison(
  kind: ComparisonKind,
  measure: Measure,
  basis: number | null,
  label = COMPARISON_LABELS[kind],
): Comparison {
  return { kind, label, measure, basis };
}

export function figure(
  section: SectionId,
  id: string,
  label: string,
  value: Measure,
  compared: Comparison | null,
  rating: Rating | null,
  reason: string | null = null,
): Figure {
  return { id, section, label, value, comparison: compared, rating, reason };
}

export function tileFor(
  group: TileGroupId,
  id: string,
  label: string,
  rated: Figure,
): { group: TileGroupId; tile: Tile } {
  const rating = rated.rating ?? 'no data';
  return {
    group,
    tile: { id, section: rated.section, label, rating, figureId: rated.id, reason: rated.reason },
  };
}

export function table(
  section: SectionId,
  id: string,
  title: string,
  columns: [string, boolean][],
  rows: string[][],
  emptyText: string,
  notes: string[] = [],
): ReportTable {
  return {
    id,
    section,
    title,
    columns: columns.map(([label, numeric]) => ({ label, numeric })),
    rows,
    notes,
    emptyText,
  };
}
