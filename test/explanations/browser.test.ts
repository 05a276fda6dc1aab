/**
 * The explanation form in a real browser: Chromium requests the portal app directly (each
 * request answered by `app.request`, cookies and all), axe-core finds no serious problems on
 * the form, on its error state or on the monitor with an explanation, and screenshots go to
 * test-artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM } from '../../src/report/pdf.ts';
import { BASE_URL, makePortal, type SignedIn, signIn, type TestPortal } from '../portal/helpers.ts';
import { seriousViolations } from '../portal-browser/helpers.ts';

const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url);

describe('the explanation form in a browser', () => {
  let portal: TestPortal;
  let staff: SignedIn;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    portal = await makePortal();
    staff = await signIn(portal, 'medewerker@schagen.nl');
    browser = await chromium.launch({
      executablePath: process.env.MDD_CHROMIUM ?? DEFAULT_CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    // axe is injected as a script, which the portal's CSP would rightly refuse.
    context = await browser.newContext({ bypassCSP: true });
    const [name, value] = staff.cookie.split('=');
    await context.addCookies([{ name: name ?? '', value: value ?? '', url: BASE_URL }]);
    await context.route(`${BASE_URL}/**`, async (route) => {
      const request = route.request();
      const url = new URL(request.url());
      const init: RequestInit = { method: request.method(), headers: await request.allHeaders() };
      const body = request.postDataBuffer();
      if (body) init.body = new Uint8Array(body);
      const response = await portal.app.request(`${url.pathname}${url.search}`, init);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => {
        headers[key] = value;
      });
      await route.fulfill({
        status: response.status,
        headers,
        body: Buffer.from(await response.arrayBuffer()),
      });
    });
    page = await context.newPage();
    await mkdir(ARTIFACTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await portal?.close();
  });

  it('shows Dutch errors beside the fields, accessibly, and keeps what was typed', async () => {
    await page.goto(`${BASE_URL}/toelichtingen/GM0441?thema=dubbele_functionaliteit`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.fill('#tekst', 'Bewust twee pakketten.');
    await page.fill('#einddatum', '2017-01-02');
    // Past the browser's own checks, so the server's answer shows.
    await page.$eval('form[action="/toelichtingen/GM0441"]', (form) => {
      (form as HTMLFormElement).noValidate = true;
    });
    await page.click('button:text("Toelichting opslaan")');
    await page.waitForSelector('#einddatum-fout');
    expect(await page.textContent('#einddatum-fout')).toBe(
      'De einddatum ligt in het verleden. Kies 1-2-2017 of later.',
    );
    expect(await page.inputValue('#tekst')).toBe('Bewust twee pakketten.');
    expect(await page.getAttribute('#einddatum', 'aria-describedby')).toBe(
      'einddatum-uitleg einddatum-fout',
    );
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: new URL('explanation-form-error.png', ARTIFACTS).pathname });
  }, 60_000);

  it('saves through the form and shows the explanation beside the rating', async () => {
    await page.fill('#einddatum', '2017-06-30');
    await page.click('button:text("Toelichting opslaan")');
    await page.waitForSelector('text=De toelichting is opgeslagen en staat nu in de monitor.');
    expect(await seriousViolations(page)).toEqual([]);
    await page.goto(`${BASE_URL}/gemeente/GM0441#s-2-2`);
    const block = page.locator('#s-2-2 .municipal-explanation');
    expect(await block.textContent()).toContain('Bewust twee pakketten.');
    expect(await seriousViolations(page)).toEqual([]);
    await block.screenshot({ path: new URL('explanation-in-monitor.png', ARTIFACTS).pathname });
  }, 60_000);
});
