import { createRequire } from 'node:module';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { DEFAULT_CHROMIUM } from '../../src/report/pdf.ts';
import { hostileReport, schagenReport } from '../fixtures/report-schagen.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

let browser: Browser;

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.MDD_CHROMIUM ?? DEFAULT_CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
});

afterAll(async () => {
  await browser?.close();
});

async function axeViolations(html: string): Promise<AxeViolation[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({ path: axePath });
    return await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } })
        .axe;
      return (await axe.run()).violations;
    });
  } finally {
    await page.close();
  }
}

function serious(violations: AxeViolation[]): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes[0]?.target)}`);
}

describe('accessibility (axe-core in Chromium)', () => {
  it('is a real check: an image without text is reported', async () => {
    const broken =
      '<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><main><img src="data:,"></main></body></html>';
    expect(serious(await axeViolations(broken)).join()).toContain('image-alt');
  });

  it('finds no serious or critical violations in the Schagen report', async () => {
    const violations = await axeViolations(renderReportHtml(schagenReport()));
    console.log(
      `axe: ${violations.map((v) => `${v.id} (${v.impact})`).join(', ') || 'no violations'}`,
    );
    expect(serious(violations)).toEqual([]);
  });

  it('finds none in the report with hostile names either', async () => {
    const violations = await axeViolations(renderReportHtml(hostileReport()));
    expect(serious(violations)).toEqual([]);
  });
});
