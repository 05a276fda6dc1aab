/**
 * Themes are the 16 tiles of the summary: what a reader sees rated. A theme's fingerprint is
 * the exact value, shown text and rating of the figure the tile rates, plus the tile's own
 * rating: when any of these change, an explanation written about them no longer holds.
 * Comparisons (national and peer means) are left out on purpose: they move every quarter
 * without the municipality changing anything; where they change the rating, the rating
 * in the fingerprint catches it.
 */
import type { Figure, Fraction, Report, Tile } from '../report/model.ts';

/** Every tile of the report, in summary order. */
export function themesOf(report: Report): Tile[] {
  return report.summary.flatMap((group) => group.tiles);
}

export function findTheme(report: Report, themeId: string): Tile | null {
  return themesOf(report).find((tile) => tile.id === themeId) ?? null;
}

export function themeFigure(report: Report, tile: Tile): Figure | null {
  for (const section of report.sections) {
    const figure = section.figures.find((f) => f.id === tile.figureId);
    if (figure) return figure;
  }
  return null;
}

/** Canonical JSON of what the theme shows; null when the report has no such theme. */
export function themeFingerprint(report: Report, themeId: string): string | null {
  const tile = findTheme(report, themeId);
  if (!tile) return null;
  const figure = themeFigure(report, tile);
  return JSON.stringify({
    theme: tile.id,
    tileRating: tile.rating,
    figure: figure?.id ?? null,
    exact: figure?.value.exact ? reduced(figure.value.exact) : null,
    text: figure?.value.text ?? null,
    rating: figure?.rating ?? null,
  });
}

/** 14/2 and 7/1 are one value: compare fractions in lowest terms. */
function reduced(value: Fraction): [number, number] {
  const divisor = gcd(Math.abs(value.numerator), Math.abs(value.denominator)) || 1;
  const sign = value.denominator < 0 ? -1 : 1;
  return [(sign * value.numerator) / divisor, (sign * value.denominator) / divisor];
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
