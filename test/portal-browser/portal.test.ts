/**
 * The portal as people use it: Debian's Chromium drives a portal listening on a loopback port,
 * sign-in links arrive through a real SMTP server, and axe-core checks every page visited.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailer } from '../../src/portal/mail.ts';
import { type RunningPortal, startPortal } from '../../src/portal/server.ts';
import { DEFAULT_CHROMIUM } from '../../src/report/pdf.ts';
import type { Store } from '../../src/store/open.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';
import { buildZip, folderEntries } from '../portal-team/zip.ts';
import { freePort, type MailCatcher, seriousViolations, startMailCatcher } from './helpers.ts';

const STAFF = 'medewerker@schagen.nl';
const ADMIN = 'beheer@voorbeeld.nl';
const ARTIFACTS = join(process.cwd(), 'test-artifacts');

let dir: string;
let test: TestStore;
let store: Store;
let catcher: MailCatcher;
let portal: RunningPortal;
let browser: Browser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mdd-portal-browser-'));
  test = await openGoldenTestStore();
  store = test.store;
  await store.db
    .insertInto('team_members')
    .values({ email: ADMIN, role: 'admin', added_at: new Date().toISOString() })
    .execute();

  catcher = await startMailCatcher();
  const mailer = await createMailer({ MDD_SMTP_URL: `smtp://127.0.0.1:${catcher.port}` });
  const port = await freePort();
  portal = await startPortal({
    store,
    mailer,
    port,
    host: '127.0.0.1',
    config: {
      baseUrl: `http://127.0.0.1:${port}`,
      secureCookies: false,
      loginTtlMinutes: 15,
      sessionTtlHours: 8,
      maxUploadBytes: 50 * 1024 * 1024,
    },
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
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
  await portal?.close();
  await catcher?.close();
  await test?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A fresh browser profile; axe is injected by the test, so the page's CSP is bypassed. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext({ bypassCSP: true, acceptDownloads: true });
  contexts.push(context);
  return context.newPage();
}

/** The golden delivery as a zip with one bad status in telefonie14.csv, written to `dir`. */
async function brokenDelivery(): Promise<string> {
  const entries = folderEntries(GOLDEN_FOLDER)
    .filter((entry) => entry.name.endsWith('.csv'))
    .map((entry) =>
      entry.name === 'telefonie14.csv'
        ? { ...entry, data: String(entry.data).replace('GM0005;operationeel', 'GM0005;kapot') }
        : entry,
    );
  const path = join(dir, 'levering-met-fout.zip');
  await writeFile(path, buildZip(entries));
  return path;
}

/** Visited pages and what axe found on each. */
const audited: Record<string, string[]> = {};

async function checkPage(page: Page, name: string): Promise<void> {
  audited[name] = await seriousViolations(page);
  expect(audited[name], name).toEqual([]);
}

/** Requests a link on the login page, reads the mail from the SMTP server and signs in. */
async function signInByMail(page: Page, email: string): Promise<void> {
  await page.goto(`${portal.url}/inloggen`);
  await checkPage(page, 'inloggen');
  const before = catcher.mails.length;
  await page.fill('input[name="email"]', email);
  await page.click('button[type="submit"]');
  await page.waitForLoadState('load');
  const mail = await catcher.waitFor(email, before);
  const link = /https?:\/\/\S+\/inloggen\/bevestigen\?token=[\w-]+/.exec(mail.text ?? '')?.[0];
  expect(link).toBeDefined();

  await page.goto(link as string);
  await checkPage(page, 'bevestigen');
  await page.click('button[type="submit"]:has-text("Inloggen")');
  await page.waitForLoadState('load');
}

describe('the portal in Chromium', () => {
  it('should sign a municipal employee in by mail and show and download their monitor', async () => {
    const page = await newPage();
    await signInByMail(page, STAFF);
    await page.waitForURL('**/gemeente/GM0441');
    expect(await page.locator('h1').first().textContent()).toContain('Schagen');
    await checkPage(page, 'monitor');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a[href$=".pdf"]'),
    ]);
    const pdf = await readFile((await download.path()) as string);
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    expect(download.suggestedFilename()).toMatch(/\.pdf$/);

    await mkdir(ARTIFACTS, { recursive: true });
    const shot = join(ARTIFACTS, 'portal-summary.png');
    await page.locator('#samenvatting').screenshot({ path: shot });
    expect((await stat(shot)).size).toBeGreaterThan(10_000);

    const team = await page.goto(`${portal.url}/team`);
    expect(team?.status()).toBe(403);
  });

  it('should take an administrator through the team pages', async () => {
    const page = await newPage();
    await signInByMail(page, ADMIN);

    await page.goto(`${portal.url}/team?sort=sterren`);
    expect(await page.locator('table.team-table tbody tr').count()).toBe(388);
    await checkPage(page, 'team-overzicht');

    await page.goto(`${portal.url}/team/imports`);
    expect(await page.locator('h1').textContent()).toBe('Imports');
    await checkPage(page, 'imports');
    await page.setInputFiles('#levering', await brokenDelivery());
    await page.click('button:has-text("Levering importeren")');
    await page.waitForLoadState('load');
    expect(await page.locator('table.issues tbody').textContent()).toContain(
      'In bestand telefonie14.csv, rij 3, kolom "status"',
    );
    await checkPage(page, 'import-fouten');

    await page.goto(`${portal.url}/team/regiosessies`);
    await checkPage(page, 'regiosessies');
    await page.fill('#naam', 'Kop van Noord-Holland');
    await page.fill('#datum', '14-3-2017');
    await page.fill('#gemeenten', 'Schagen\nDen Helder\nTexel');
    await page.fill('#uitgenodigden', STAFF);
    await page.click('button:has-text("Regiosessie aanmaken")');
    await page.waitForURL(/\/team\/regiosessies\/[\w-]+$/);
    await checkPage(page, 'regiosessie-beheer');

    await page.click('a[href^="/regiosessie/"]');
    await page.waitForURL(/\/regiosessie\/[\w-]+$/);
    expect(await page.locator('table.team-table').count()).toBe(4);
    await checkPage(page, 'regiosessie');

    await page.goto(`${portal.url}/beheer/audit`);
    expect(await page.locator('tbody').textContent()).toContain('regiosessie-aangemaakt');
    await checkPage(page, 'auditlog');

    expect(Object.keys(audited).sort()).toEqual([
      'auditlog',
      'bevestigen',
      'import-fouten',
      'imports',
      'inloggen',
      'monitor',
      'regiosessie',
      'regiosessie-beheer',
      'regiosessies',
      'team-overzicht',
    ]);
  });
});
