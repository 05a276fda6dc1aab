/**
 * Small bar charts as SVG, rendered on the server with echarts (no browser, no script in the
 * output): a municipality's figure against its national or peer-group comparison. Bar lengths
 * use `Measure.approx`; labels use the engine's formatted `text`, so the chart says exactly
 * what the text beside it says.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { Figure, SectionId } from './model.ts';

echarts.use([BarChart, GridComponent, SVGRenderer]);

/** Sections whose figures the 2017 monitor showed as charts. */
const CHART_SECTIONS: ReadonlySet<SectionId> = new Set([
  '1.1',
  '1.2',
  '1.3',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
  '2.5',
]);

/** Neutral colours, deliberately unlike the rating colours. */
export const CHART_COLOURS = { municipality: '#1f4e79', comparison: '#8fb3d4' } as const;

const FONT = 'Liberation Sans, DejaVu Sans, sans-serif';
const WIDTH = 400;
const HEIGHT = 84;

export interface ChartBar {
  label: string;
  value: number;
  text: string;
  colour: string;
}

/**
 * Whether a figure is drawn: a numeric value against a mean or a norm. A yes/no value, a
 * missing value ("-") or a count of municipalities is only shown as text.
 */
export function isChartable(figure: Figure): boolean {
  const { comparison, value } = figure;
  if (!CHART_SECTIONS.has(figure.section) || comparison === null) return false;
  if (comparison.kind === 'national-count') return false;
  return value.approx !== null && comparison.measure.approx !== null;
}

/** The two bars of a chartable figure: the municipality first, then its comparison. */
export function comparisonBars(figure: Figure, municipalityName: string): ChartBar[] {
  const { comparison, value } = figure;
  if (!isChartable(figure) || comparison === null) return [];
  return [
    {
      label: municipalityName,
      value: value.approx ?? 0,
      text: value.text,
      colour: CHART_COLOURS.municipality,
    },
    {
      label: comparison.label,
      value: comparison.measure.approx ?? 0,
      text: comparison.measure.text,
      colour: CHART_COLOURS.comparison,
    },
  ];
}

function chartOption(bars: ChartBar[]) {
  const max = Math.max(...bars.map((bar) => bar.value));
  return {
    animation: false,
    textStyle: { fontFamily: FONT, fontSize: 12, color: '#1a1a1a' },
    grid: { left: 168, right: 52, top: 6, bottom: 6 },
    xAxis: { type: 'value', show: false, min: 0, max: max > 0 ? max : 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: bars.map((bar) => bar.label),
      axisTick: { show: false },
      axisLine: { lineStyle: { color: '#595959' } },
      axisLabel: { width: 158, overflow: 'break', color: '#1a1a1a', fontFamily: FONT },
    },
    series: [
      {
        type: 'bar',
        barWidth: 22,
        // No hover states: the SVG is static, so echarts need not emit hover styles.
        silent: true,
        data: bars.map((bar) => ({ value: bar.value, itemStyle: { color: bar.colour } })),
        label: {
          show: true,
          position: 'right',
          color: '#1a1a1a',
          fontFamily: FONT,
          fontWeight: 'bold',
          formatter: (params: { dataIndex: number }) => bars[params.dataIndex]?.text ?? '',
        },
      },
    ],
  };
}

/**
 * echarts adds a hover stylesheet and its own bookkeeping attributes; a printed, static chart
 * needs neither, so they are dropped (this only edits echarts' own markup, never data).
 */
function stripInteractivity(svg: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '');
}

/** Renders horizontal bars as an SVG string (a few ms each). */
export function renderBarChartSvg(bars: ChartBar[]): string {
  const chart = echarts.init(null, null, {
    renderer: 'svg',
    ssr: true,
    width: WIDTH,
    height: HEIGHT,
  });
  try {
    chart.setOption(chartOption(bars));
    return stripInteractivity(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}
