/**
 * The national pages in Debian's Chromium: the team member signs in through the real link
 * flow, axe-core checks both pages, and the map and one chart are saved as screenshots in
 * test-artifacts/ for people to look at.
 */
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningPortal, startPortal } from '../../src/portal/server.ts';
import { DEFAULT_CHROMIUM } from '../../src/report/pdf.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';
import { CapturingMailer, TEST_CONFIG } from '../portal/helpers.ts';
import { freePort, seriousViolations } from '../portal-browser/helpers.ts';
import { addQuarters, EXTRA } from './quarters.ts';

const TEAM = 'monitorteam@voorbeeld.nl';
const ARTIFACTS = join(process.cwd(), 'test-artifacts');

let dir: string;
let testStore: TestStore;
let portal: RunningPortal;
let browser: Browser;
const mailer = new CapturingMailer();

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdd-national-browser-'));
  testStore = await openGoldenTestStore();
  await addQuarters(testStore.store, dir);
  await testStore.store.db
    .insertInto('team_members')
    .values({ email: TEAM, role: 'team', added_at: new Date().toISOString() })
    .execute();
  const port = await freePort();
  portal = await startPortal({
    store: testStore.store,
    mailer,
    port,
    host: '127.0.0.1',
    config: { ...TEST_CONFIG, baseUrl: `http://127.0.0.1:${port}` },
  });
  browser = await chromium.launch({
    executablePath: process.env.MDD_CHROMIUM ?? DEFAULT_CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await portal?.close();
  await testStore?.close();
  await rm(dir, { recursive: true, force: true });
});

/** Signs the team member in through the form and the mailed link. */
async function signIn(page: Page): Promise<void> {
  await page.goto(`${portal.url}/inloggen`);
  await page.fill('input[name="email"]', TEAM);
  await page.click('button[type="submit"]');
  await page.waitForLoadState('load');
  const link = /https?:\/\/\S+\/inloggen\/bevestigen\?token=[\w-]+/.exec(
    mailer.sent.filter((m) => m.to === TEAM).at(-1)?.text ?? '',
  )?.[0];
  expect(link).toBeDefined();
  await page.goto(link as string);
  await page.click('button[type="submit"]:has-text("Inloggen")');
  await page.waitForLoadState('load');
}

describe('the national overview in Chromium', () => {
  it('should show the map and the history without axe violations, and screenshot them', async () => {
    // axe is injected by the test, so the page's CSP is bypassed for it only.
    const context = await browser.newContext({
      bypassCSP: true,
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    await signIn(page);

    await page.goto(`${portal.url}/team`);
    await page.click('a:has-text("Landelijk overzicht")');
    await page.waitForURL('**/team/landelijk');
    expect(await page.locator('svg.bar-chart').count()).toBe(16);
    expect(await seriousViolations(page)).toEqual([]);
    await mkdir(ARTIFACTS, { recursive: true });
    const chart = join(ARTIFACTS, 'national-history.png');
    await page.locator('section.national-theme').first().screenshot({ path: chart });
    expect((await stat(chart)).size).toBeGreaterThan(5_000);

    // The theme select works without script: a plain GET form.
    await page.click('a:has-text("Kaart per thema")');
    await page.selectOption('#thema', 'telefonie14');
    await page.click('button:has-text("Toon kaart")');
    await page.waitForURL('**/team/landelijk/kaart?thema=telefonie14*');
    expect(await page.locator('h2').first().textContent()).toContain('Telefonie 14+');
    expect(await page.locator('svg.tile-map g.map-tile').count()).toBe(388);
    // The latest quarter's register has one municipality in a province the map does not know.
    expect(await page.locator('ul.not-on-map').textContent()).toContain(EXTRA.name);
    expect(await seriousViolations(page)).toEqual([]);
    const map = join(ARTIFACTS, 'national-map.png');
    await page.locator('figure.map-figure').screenshot({ path: map });
    expect((await stat(map)).size).toBeGreaterThan(20_000);

    // The quarters are listed newest first; the earlier register is all on the map.
    await page.selectOption('#peildatum', { index: 1 });
    await page.click('button:has-text("Toon kaart")');
    await page.waitForLoadState('load');
    expect(await page.locator('#niet-op-kaart + p').textContent()).toContain(
      'Alle 388 gemeenten van het register staan op de kaart.',
    );
    expect(await page.locator('#thema').inputValue()).toBe('telefonie14');
    await context.close();
  }, 120_000);
});
