import { describe, expect, it } from 'vitest';
import {
  CHART_COLOURS,
  comparisonBars,
  isChartable,
  renderBarChartSvg,
} from '../../src/report/charts.ts';
import type { Figure } from '../../src/report/model.ts';
import { schagenReport } from '../fixtures/report-schagen.ts';

const figures = schagenReport().sections.flatMap((section) => section.figures);
const byId = (id: string): Figure => {
  const figure = figures.find((f) => f.id === id);
  if (!figure) throw new Error(`no figure ${id}`);
  return figure;
};

describe('which figures get a chart', () => {
  it('draws a numeric value against a mean or a norm', () => {
    expect(isChartable(byId('volwassenheid_burger'))).toBe(true);
    expect(isChartable(byId('dubbele_functionaliteit'))).toBe(true);
    expect(isChartable(byId('te_vervangen'))).toBe(true);
  });

  it('leaves yes/no values, counts of municipalities and missing values as text only', () => {
    expect(isChartable(byId('eherkenning'))).toBe(false);
    expect(isChartable(byId('contactgegevens'))).toBe(false);
    expect(isChartable(byId('burgerpeiling_digitaal'))).toBe(false);
    expect(isChartable(byId('sterren'))).toBe(false);
  });

  it('gives Schagen 13 charts', () => {
    expect(figures.filter(isChartable)).toHaveLength(13);
  });
});

describe('renderBarChartSvg', () => {
  const bars = comparisonBars(byId('dubbele_functionaliteit'), 'Schagen');

  it('puts the municipality first, in its own neutral colour', () => {
    expect(bars.map((bar) => [bar.label, bar.text, bar.colour])).toEqual([
      ['Schagen', '26', CHART_COLOURS.municipality],
      ['Gemiddelde van gemeenten met 4 sterren', '19,4', CHART_COLOURS.comparison],
    ]);
    expect(bars.map((bar) => bar.value)).toEqual([26, 19.4]);
  });

  it('labels the bars with the formatted texts, Dutch decimal comma included', () => {
    const svg = renderBarChartSvg(bars);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('>Schagen</text>');
    expect(svg).toContain('>19,4</text>');
    expect(svg).toContain('>26</text>');
    expect(svg).not.toMatch(/<style|<script|ecmeta_/);
  });

  it('draws bar lengths in proportion to the approximate values', () => {
    const svg = renderBarChartSvg(bars);
    const widths = [...svg.matchAll(/<path d="M[\d.]+ [\d.]+l([\d.]+) 0/g)].map((m) =>
      Number(m[1]),
    );
    expect(widths).toHaveLength(2);
    const [first = 0, second = 0] = widths;
    expect(second / first).toBeCloseTo(19.4 / 26, 2);
  });

  it('escapes text it is given', () => {
    const svg = renderBarChartSvg([
      { label: '<script>x</script>', value: 1, text: '1 & 2', colour: '#000000' },
    ]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(svg).toContain('1 &amp; 2');
  });
});
