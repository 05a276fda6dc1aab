/**
 * Which explanations show on a report: a live one whose end date has not passed and whose
 * theme's figure is exactly as it was when it was written. `withExplanations` is pure, so
 * the portal, the PDF download and the quarterly production all apply the same rule.
 */
import { formatShortDate } from '../report/format.ts';
import type { MunicipalExplanation, Report } from '../report/model.ts';
import type { IsoDate } from '../sources/tables.ts';
import type { Store } from '../store/open.ts';
import { listExplanations, type StoredExplanation } from './store.ts';
import { themeFingerprint } from './themes.ts';

export type ExplanationState = 'shown' | 'withdrawn' | 'expired' | 'figure-changed';

/** Why an explanation does or does not show on `report` on `today`. */
export function explanationState(
  explanation: StoredExplanation,
  report: Report,
  today: IsoDate,
): ExplanationState {
  if (explanation.withdrawnAt !== null) return 'withdrawn';
  if (today > explanation.endDate) return 'expired';
  if (explanation.municipality !== report.municipality.code) return 'figure-changed';
  const now = themeFingerprint(report, explanation.theme);
  return now === explanation.fingerprint ? 'shown' : 'figure-changed';
}

/**
 * `report` with the explanations that hold on `today` beside their tiles and figures, and
 * none of any others (an archived model may carry explanations withdrawn since). When a
 * theme has several, the newest shows. The input is not changed.
 */
export function withExplanations(
  report: Report,
  explanations: readonly StoredExplanation[],
  today: IsoDate,
): Report {
  const byTheme = new Map<string, StoredExplanation>();
  for (const explanation of explanations) {
    if (explanationState(explanation, report, today) !== 'shown') continue;
    const current = byTheme.get(explanation.theme);
    if (!current || newer(explanation, current)) byTheme.set(explanation.theme, explanation);
  }
  const byFigure = new Map<string, MunicipalExplanation>();
  const summary = report.summary.map((group) => ({
    ...group,
    tiles: group.tiles.map(({ explanation: _old, ...tile }) => {
      const found = byTheme.get(tile.id);
      if (!found) return tile;
      const shown = toShown(found);
      byFigure.set(tile.figureId, shown);
      return { ...tile, explanation: shown };
    }),
  }));
  const sections = report.sections.map((section) => ({
    ...section,
    figures: section.figures.map(({ explanation: _old, ...figure }) => {
      const shown = byFigure.get(figure.id);
      return shown ? { ...figure, explanation: shown } : figure;
    }),
  }));
  return { ...report, summary, sections };
}

/** Applies the store's explanations of the report's municipality. */
export async function withStoredExplanations(
  store: Store,
  report: Report,
  today: IsoDate,
): Promise<Report> {
  return withExplanations(report, await listExplanations(store, report.municipality.code), today);
}

function newer(a: StoredExplanation, b: StoredExplanation): boolean {
  return a.createdAt > b.createdAt || (a.createdAt === b.createdAt && a.id > b.id);
}

function toShown(explanation: StoredExplanation): MunicipalExplanation {
  const writtenOn = explanation.createdAt.slice(0, 10);
  return {
    text: explanation.text,
    endDate: explanation.endDate,
    endDateText: formatShortDate(explanation.endDate),
    writtenOn,
    writtenOnText: formatShortDate(writtenOn),
  };
}
