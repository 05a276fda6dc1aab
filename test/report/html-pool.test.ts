/**
 * The HTML pool renders on worker threads exactly what `renderReportHtml` renders here, for
 * several reports at once; a report that cannot be rendered is refused without stopping it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { type HtmlPool, htmlThreadsFrom, openHtmlPool } from '../../src/report/html/pool.ts';
import type { Report } from '../../src/report/model.ts';
import { goldenEngine } from '../helpers/golden.ts';

/** zrender numbers the classes of its SVG elements per thread; they style nothing. */
function withoutChartCounters(html: string): string {
  return html.replace(/zr\d+-cls-\d+/g, 'zr-cls');
}

let reports: Report[];
let pool: HtmlPool;

beforeAll(async () => {
  const engine = await goldenEngine();
  reports = ['GM0441', 'GM0003', 'GM0363', 'GM0014', 'GM0599', 'GM0344'].map((code) =>
    engine.report(code),
  );
  pool = await openHtmlPool(2);
}, 60_000);

afterAll(async () => {
  await pool?.close();
});

describe('the HTML pool', () => {
  it('should render on two threads what this thread renders, for many reports at once', async () => {
    expect(pool.threads).toBe(2);
    const pages = await Promise.all(reports.map((report) => pool.render(report)));
    for (const [index, report] of reports.entries()) {
      const page = pages[index] as string;
      expect(page).toContain(`<title>`);
      expect(page).toContain(report.municipality.name);
      expect(withoutChartCounters(page)).toBe(withoutChartCounters(renderReportHtml(report)));
    }
    const main = await pool.render(reports[0] as Report, { standalone: false });
    expect(main.startsWith('<main')).toBe(true);
  });

  it('should refuse a report it cannot render and go on with the next', async () => {
    const broken = { ...(reports[0] as Report), sections: null } as unknown as Report;
    await expect(pool.render(broken)).rejects.toThrow(/HTML van een rapport mislukt/);
    await expect(pool.render(reports[1] as Report)).resolves.toContain('Appingedam');
  });

  it('should take its number of threads from MDD_HTML_THREADS, else one per core', () => {
    expect(htmlThreadsFrom({ MDD_HTML_THREADS: '3' })).toBe(3);
    expect(htmlThreadsFrom({ MDD_HTML_THREADS: 'nul' })).toBeGreaterThanOrEqual(1);
    expect(htmlThreadsFrom({ MDD_HTML_THREADS: '0' })).toBe(htmlThreadsFrom({}));
  });

  it('should render in this thread when asked for one thread', async () => {
    const single = await openHtmlPool(1);
    expect(single.threads).toBe(1);
    const page = await single.render(reports[0] as Report);
    expect(withoutChartCounters(page)).toBe(
      withoutChartCounters(renderReportHtml(reports[0] as Report)),
    );
    await single.close();
  });
});
