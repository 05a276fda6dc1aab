/**
 * The trend chart and the change markers as Chromium shows them: screenshots for the eye
 * (test-artifacts/trend-chart.png, change-marker.png), and axe-core on the whole report with
 * history.
 */
import { mkdir } from 'node:fs/promises';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monitorWithHistory } from '../../src/history/monitor.ts';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { openTestStore, type TestStore } from '../helpers/test-store.ts';
import { seriousViolations } from '../portal-browser/helpers.ts';
import { Q2_2017, storeHistory } from './helpers.ts';

const ARTIFACTS = 'test-artifacts';

let test: TestStore;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  test = await openTestStore();
  await storeHistory(test.store);
  const report = await monitorWithHistory(test.store, 'GM0010', Q2_2017, { help: [] });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
  page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.setContent(renderReportHtml(report), { waitUntil: 'load' });
  await mkdir(ARTIFACTS, { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await test?.close();
});

describe('the trend chart in Chromium', () => {
  it('draws the successor, both predecessors up to the merger and the national mean', async () => {
    const trend = page.locator('#s-2-1 .trend');
    await trend.screenshot({ path: `${ARTIFACTS}/trend-chart.png` });
    const image = trend.getByRole('img');
    expect(await image.getAttribute('aria-label')).toBe(
      'Lijndiagram Referentiecomponenten gevuld per kwartaal; de waarden staan in de tabel ernaast.',
    );
    const legend = await trend.locator('.trend__legend li').allTextContents();
    expect(legend).toEqual([
      'Samenstad',
      'Gemeente 4 (tot 1-1-2017)',
      'Gemeente 5 (tot 1-1-2017)',
      'Landelijk gemiddelde',
    ]);
    // Two lines of one point each are markers only; the successor and the mean are lines.
    expect(await trend.locator('svg path[stroke]').count()).toBe(2);
    const box = await image.boundingBox();
    expect(box?.width).toBeGreaterThan(250);
  });

  it('has the same numbers as a table, its text alternative', async () => {
    const rows = await page.locator('#s-2-1-trend tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t'))).toEqual([
      ['24-10-2016', '-', '10%', '40%', '26%'],
      ['23-1-2017', '35%', '-', '-', '29%'],
      ['24-4-2017', '36%', '-', '-', '29%'],
    ]);
  });

  it('shows each change in words beside its mark, and the merger once', async () => {
    const heading = page.locator('h4', { hasText: /^Referentiecomponenten gevuld$/ });
    const block = page.locator('.figure-block').filter({ has: heading });
    await block.first().screenshot({ path: `${ARTIFACTS}/change-marker.png` });
    expect(await block.first().locator('.change').textContent()).toBe(
      '▲ hoger dan vorig kwartaal (35% op 23-1-2017)',
    );
    expect(await page.locator('.history-notes').textContent()).toContain(
      'Samenstad is op 1-1-2017 ontstaan uit Gemeente 4 (GM0004) en Gemeente 5 (GM0005).',
    );
  });

  it('leaves no serious or critical axe-core violations in the report with history', async () => {
    expect(await seriousViolations(page)).toEqual([]);
  }, 60_000);
});
