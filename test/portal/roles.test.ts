/**
 * Roles from the register and the catalogue profiles: a domain shared by two municipalities
 * (shared ICT) chooses among exactly those two; a catalogue administrator named in the
 * profiles sees that municipality; a change in the register applies at the next request.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRecipient } from '../../src/delivery/eligibility.ts';
import { importTableFile } from '../../src/store/import.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { makePortal, requestLink, signIn, type TestPortal } from './helpers.ts';

/** The golden file `name` with each line passed through `edit` (header included). */
async function editedCopy(
  dir: string,
  name: string,
  edit: (line: string, index: number) => string,
) {
  const text = await readFile(join(GOLDEN_FOLDER, name), 'utf8');
  const path = join(dir, name);
  await writeFile(path, text.split('\n').map(edit).join('\n'));
  return path;
}

describe('roles from register and profiles', () => {
  let portal: TestPortal;
  let dir: string;
  beforeAll(async () => {
    portal = await makePortal();
    dir = await mkdtemp(join(tmpdir(), 'mdd-portal-roles-'));
    const register = await editedCopy(dir, 'gemeenten.csv', (line) =>
      /^GM000[35];/.test(line) ? `${line.trimEnd()}|ict-noord.nl` : line,
    );
    const registered = await importTableFile(portal.store, register, 'gemeenten', '2016-12-31');
    expect(registered.ok).toBe(true);
    const profiles = await editedCopy(dir, 'gemeente_profielen.csv', (line, index) => {
      const trimmed = line.trimEnd();
      if (index === 0) return `${trimmed};beheerder_email`;
      if (trimmed === '') return line;
      return trimmed.startsWith('GM0441;')
        ? `${trimmed};Catalogus@Extern-Bureau.example`
        : `${trimmed};`;
    });
    const profiled = await importTableFile(
      portal.store,
      profiles,
      'gemeente_profielen',
      '2017-01-23',
    );
    expect(profiled.ok).toBe(true);
  });
  afterAll(async () => {
    await portal.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('lets someone of a shared domain choose among exactly those municipalities', async () => {
    const who = await signIn(portal, 'helpdesk@ict-noord.nl');
    const home = await portal.app.request('/', { headers: { cookie: who.cookie } });
    expect(home.status).toBe(200);
    const body = await home.text();
    expect(body).toContain('Kies een gemeente');
    const links = [...body.matchAll(/href="(\/gemeente\/[^"]+)"/g)].map((m) => m[1]);
    expect(links).toEqual(['/gemeente/GM0003', '/gemeente/GM0005']);
    for (const code of ['GM0003', 'GM0005']) {
      const page = await portal.app.request(`/gemeente/${code}.json`, {
        headers: { cookie: who.cookie },
      });
      expect(page.status, code).toBe(200);
    }
    const other = await portal.app.request('/gemeente/GM0441', { headers: { cookie: who.cookie } });
    expect(other.status).toBe(404);
  });

  it("gives the catalogue administrator named in the profiles that municipality's monitor", async () => {
    const who = await signIn(portal, 'catalogus@extern-bureau.example');
    const home = await portal.app.request('/', { headers: { cookie: who.cookie } });
    expect(home.headers.get('location')).toBe('/gemeente/GM0441');
    const own = await portal.app.request('/gemeente/GM0441.csv', {
      headers: { cookie: who.cookie },
    });
    expect(own.status).toBe(200);
    const other = await portal.app.request('/gemeente/GM0003.csv', {
      headers: { cookie: who.cookie },
    });
    expect(other.status).toBe(404);
    // Someone else at the same outside bureau has no access and gets no link.
    const before = portal.mailer.sent.length;
    await requestLink(portal, 'collega@extern-bureau.example');
    expect(portal.mailer.sent.length).toBe(before);
  });

  it('takes access away when the latest register drops the domain', async () => {
    const who = await signIn(portal, 'beleid@ict-noord.nl');
    const register = await editedCopy(dir, 'gemeenten.csv', (line) => line);
    const reimported = await importTableFile(portal.store, register, 'gemeenten', '2016-12-31');
    expect(reimported.ok).toBe(true);
    const after = await portal.app.request('/gemeente/GM0003', { headers: { cookie: who.cookie } });
    expect(after.status).toBe(302);
    expect(after.headers.get('location')).toBe('/inloggen');
  });

  it('should keep access by the newest register when an older one is stored later', async () => {
    const staff = await signIn(portal, 'medewerker@schagen.nl');
    const older = await editedCopy(dir, 'gemeenten.csv', (line) =>
      line.startsWith('GM0441;') ? line.replace(/;[^;]*$/, ';oud-schagen.nl') : line,
    );
    const stored = await importTableFile(portal.store, older, 'gemeenten', '2015-12-31');
    expect(stored.ok).toBe(true);
    const own = await portal.app.request('/gemeente/GM0441', {
      headers: { cookie: staff.cookie },
    });
    expect(own.status).toBe(200);
    const before = portal.mailer.sent.length;
    await requestLink(portal, 'it@oud-schagen.nl');
    expect(portal.mailer.sent.length).toBe(before);
    expect(await checkRecipient(portal.store, 'GM0441', 'it@oud-schagen.nl')).toMatchObject({
      ok: false,
    });
    expect(await checkRecipient(portal.store, 'GM0441', 'medewerker@schagen.nl')).toEqual({
      ok: true,
      because: 'domain',
    });
  });

  it('should not let a register dated years ahead by mistake decide access today', async () => {
    const staff = await signIn(portal, 'medewerker@schagen.nl');
    const ahead = await editedCopy(dir, 'gemeenten.csv', (line) =>
      line.startsWith('GM0441;') ? line.replace(/;[^;]*$/, ';later-schagen.nl') : line,
    );
    const stored = await importTableFile(portal.store, ahead, 'gemeenten', '2071-12-31');
    expect(stored.ok).toBe(true);
    const own = await portal.app.request('/gemeente/GM0441', {
      headers: { cookie: staff.cookie },
    });
    expect(own.status).toBe(200);
    const before = portal.mailer.sent.length;
    await requestLink(portal, 'it@later-schagen.nl');
    expect(portal.mailer.sent.length).toBe(before);
    expect(await checkRecipient(portal.store, 'GM0441', 'it@later-schagen.nl')).toMatchObject({
      ok: false,
    });
  });
});
