import { comparisonBars, renderBarChartSvg } from '../../src/report/charts.ts';
import { schagenReport } from '../fixtures/report-schagen.ts';

const r = schagenReport();
const bars = r.sections
  .flatMap((s) => s.figures)
  .map((f) => comparisonBars(f, 'Schagen'))
  .filter((b) => b.length);
for (let i = 0; i < 30; i++) for (const b of bars) renderBarChartSvg(b);
const t = performance.now();
for (let i = 0; i < 30; i++) for (const b of bars) renderBarChartSvg(b);
console.log('per report charts', ((performance.now() - t) / 30).toFixed(1));
