/**
 * The token page as the team uses it, in Debian's Chromium: make a token with the form, copy
 * it from the page, call the API with it, revoke it with the button. axe-core checks the page
 * at each step. The browser reaches the portal's app directly (no port): every request it
 * makes is answered by `app.request`.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHROMIUM } from '../../src/report/pdf.ts';
import { addTeamMember, BASE_URL, makePortal, signIn, type TestPortal } from '../portal/helpers.ts';
import { seriousViolations } from '../portal-browser/helpers.ts';
import { apiGet } from './helpers.ts';

let portal: TestPortal;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, 'team@monitorteam.example', 'team');
  const team = await signIn(portal, 'team@monitorteam.example');
  browser = await chromium.launch({
    executablePath: process.env.MDD_CHROMIUM ?? DEFAULT_CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  // axe is injected by the test, so the page's CSP is bypassed for it.
  const context = await browser.newContext({ bypassCSP: true });
  await context.route('**/*', async (route) => {
    const request = route.request();
    const body = request.postDataBuffer();
    const response = await portal.app.request(new URL(request.url()).pathname, {
      method: request.method(),
      headers: await request.allHeaders(),
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
    await route.fulfill({
      status: response.status,
      headers: Object.fromEntries(headerPairs(response)),
      body: Buffer.from(await response.arrayBuffer()),
    });
  });
  const [name, value] = team.cookie.split('=');
  await context.addCookies([{ name: name ?? '', value: value ?? '', url: BASE_URL }]);
  page = await context.newPage();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await portal.close();
});

function headerPairs(response: Response): [string, string][] {
  const pairs: [string, string][] = [];
  response.headers.forEach((value, name) => {
    pairs.push([name, value]);
  });
  return pairs;
}

async function accessible(): Promise<void> {
  expect(await seriousViolations(page)).toEqual([]);
}

describe('the API token page in Chromium', () => {
  it('makes a token that works, shows it once, and revokes it', async () => {
    await page.goto(`${BASE_URL}/team/api-tokens`);
    expect(await page.locator('h1').textContent()).toBe('API-tokens');
    await accessible();

    await page.fill('#name', 'Dashboard provincie');
    await page.selectOption('#days', '30');
    await page.click('button:has-text("Token maken")');
    await page.waitForLoadState('load');
    const token = await page.inputValue('#new-token');
    expect(token).toMatch(/^mdd_[A-Za-z0-9_-]{43}$/);
    await accessible();
    await mkdir('test-artifacts', { recursive: true });
    await page.screenshot({ path: join('test-artifacts', 'api-tokens.png'), fullPage: true });
    expect((await apiGet(portal, '/api/v1/gemeenten/GM0003/cijfers', { token })).status).toBe(200);

    await page.goto(`${BASE_URL}/team/api-tokens`);
    expect(await page.locator('#new-token').count()).toBe(0);
    expect(await page.content()).not.toContain(token);

    await page.click('button[aria-label="Token Dashboard provincie intrekken"]');
    await page.waitForLoadState('load');
    expect(await page.locator('[role="status"]').textContent()).toContain(
      'De token Dashboard provincie is ingetrokken.',
    );
    expect(await page.locator('tbody tr').first().textContent()).toContain('Ingetrokken op');
    await accessible();
    expect((await apiGet(portal, '/api/v1/gemeenten', { token })).status).toBe(401);
  });
});
