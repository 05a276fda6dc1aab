/**
 * The portal's monitor caches (src/portal/monitor-cache.ts): a second view is served from the
 * cache, and every change the monitor depends on shows at once: an import (also one made
 * beside the portal), an explanation, an archived monitor; a cached monitor cannot be changed.
 */
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy, styleAttributeHashes } from '../../src/portal/csp.ts';
import { reportBody, storeVersion } from '../../src/portal/monitor-cache.ts';
import { monitorFor } from '../../src/portal/reports.ts';
import type { Report } from '../../src/report/model.ts';
import { importTableFile } from '../../src/store/import.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { makePortal, type SignedIn, signIn, type TestPortal } from './helpers.ts';

let portal: TestPortal;
let staff: SignedIn;

beforeAll(async () => {
  portal = await makePortal();
  staff = await signIn(portal, 'medewerker@schagen.nl');
}, 60_000);
afterAll(async () => {
  await portal?.close();
});

const get = (path: string) => portal.app.request(path, { headers: { cookie: staff.cookie } });

async function phoneFigure(): Promise<string | undefined> {
  const report = (await (await get('/gemeente/GM0441.json')).json()) as Report;
  return report.sections.find((s) => s.id === '1.4')?.figures[0]?.value.text;
}

describe('the monitor cache', () => {
  it('gives the same monitor again while the store is the same', async () => {
    const first = await monitorFor(portal.store, 'GM0441');
    expect(await monitorFor(portal.store, 'GM0441')).toBe(first);
    expect(Object.isFrozen(first.sections[0]?.figures[0])).toBe(true);
    expect(() => {
      (first.municipality as { name: string }).name = 'Elders';
    }).toThrow(TypeError);
    expect((await monitorFor(portal.store, 'GM0441')).municipality.name).toBe('Schagen');
  });

  it('shows a new import at once, also one made outside the portal', async () => {
    expect(await phoneFigure()).toBe('Nee');
    const before = await storeVersion(portal.store);
    const folder = await mkdtemp(join(tmpdir(), 'mdd-cache-'));
    const golden = await readFile(join(GOLDEN_FOLDER, 'telefonie14.csv'), 'utf8');
    const path = join(folder, 'telefonie14.csv');
    await writeFile(path, golden.replace('GM0441;technisch aangesloten', 'GM0441;operationeel'));
    const outcome = await importTableFile(portal.store, path, 'telefonie14', '2016-12-31');
    expect(outcome.ok).toBe(true);
    expect(await storeVersion(portal.store)).not.toBe(before);
    expect(await phoneFigure()).toBe('Ja');
    expect(await (await get('/gemeente/GM0441')).text()).toContain('operationeel');
  });

  it('renders the page from the cached body, with the CSP allowing exactly its styles', async () => {
    const response = await get('/gemeente/GM0441');
    const page = await response.text();
    const report = await monitorFor(portal.store, 'GM0441');
    const body = reportBody(report);
    expect(reportBody(report)).toBe(body);
    expect(page).toContain(body.html);
    expect(response.headers.get('content-security-policy')).toBe(
      contentSecurityPolicy(styleAttributeHashes(page)),
    );
  });
});
