/**
 * Bare Chromium printing the same HTML files, without our code: one browser, one page,
 * `goto(file://...)` and `page.pdf({ format: 'A4' })` per file.
 */
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { timed } from './measure.ts';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'];

/**
 * `asOurs` prints tagged (accessible) PDFs with a footer on every page, as our step does, still
 * without our code: it tells Chromium's share of the difference from ours.
 */
export async function bareChromium(files: string[], asOurs = false): Promise<number> {
  const browser = await chromium.launch({
    executablePath: process.env.MDD_CHROMIUM ?? '/usr/bin/chromium',
    args: ARGS,
  });
  try {
    const page = await browser.newPage();
    const { seconds } = await timed(async () => {
      for (const file of files) {
        await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
        await page.pdf({
          format: 'A4',
          printBackground: true,
          ...(asOurs
            ? {
                tagged: true,
                displayHeaderFooter: true,
                headerTemplate: '<span></span>',
                footerTemplate:
                  '<div style="font-size:8pt">Pagina <span class="pageNumber"></span></div>',
                margin: { top: '16mm', right: '15mm', bottom: '20mm', left: '15mm' },
              }
            : {}),
        });
      }
    });
    return seconds;
  } finally {
    await browser.close();
  }
}
