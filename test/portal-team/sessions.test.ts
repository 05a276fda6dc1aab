import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/portal/audit.ts';
import {
  addTeamMember,
  BASE_URL,
  get,
  makePortal,
  post,
  type SignedIn,
  STAFF,
  signIn,
  TEAM,
  type TestPortal,
  tableRows,
  textOf,
} from './helpers.ts';

const EXTERNAL = 'adviseur@regio-advies.nl';
const OUTSIDER = 'medewerker@texel.nl';

let portal: TestPortal;
let team: SignedIn;
let staff: SignedIn;
let external: SignedIn;
let outsider: SignedIn;
let sessionId: string;

const FORM = {
  naam: 'Regio Kop van Noord-Holland',
  datum: '14-3-2017',
  gemeenten: 'GM0441\nDen Helder\n448',
  uitgenodigden: `${STAFF}\n${EXTERNAL.toUpperCase()}`,
};

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, TEAM, 'team');
  team = await signIn(portal, TEAM);
  const created = await post(portal, '/team/regiosessies', team, FORM);
  expect(created.status).toBe(303);
  sessionId =
    /\/team\/regiosessies\/([\w-]+)$/.exec(created.headers.get('location') ?? '')?.[1] ?? '';
  staff = await signIn(portal, STAFF);
  external = await signIn(portal, EXTERNAL);
  outsider = await signIn(portal, OUTSIDER);
});
afterAll(() => portal.close());

describe('creating a regional session', () => {
  it('should give it an unguessable id and list it for the team', async () => {
    expect(sessionId).toMatch(/^[\w-]{24}$/);
    const html = await (await get(portal, '/team/regiosessies', team)).text();
    expect(tableRows(html)).toEqual([
      ['Regio Kop van Noord-Holland', '14-3-2017', 'Open', '3', '2'],
    ]);
    const edit = textOf(await (await get(portal, `/team/regiosessies/${sessionId}`, team)).text());
    expect(edit).toContain('Schagen (GM0441)');
    expect(edit).toContain('Den Helder (GM0400)');
    expect(edit).toContain('Texel (GM0448)');
  });

  it('should refuse a form with unknown municipalities or addresses, keeping what was typed', async () => {
    const response = await post(portal, '/team/regiosessies', team, {
      naam: '',
      datum: '31-2-2017',
      gemeenten: 'GM0441\nAtlantis',
      uitgenodigden: 'geen-adres',
    });
    expect(response.status).toBe(422);
    const text = textOf(await response.text());
    expect(text).toContain('Geef de regiosessie een naam.');
    expect(text).toContain('Geef de datum als dag-maand-jaar');
    expect(text).toContain('"Atlantis" is geen gemeente in het gemeentenregister.');
    expect(text).toContain('"geen-adres" is geen geldig e-mailadres.');
    expect(text).toContain('GM0441 Atlantis');
  });

  it('should refuse form data that is not UTF-8 with the Dutch 400 page', async () => {
    const response = await portal.app.request('/team/regiosessies', {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: BASE_URL,
        cookie: team.cookie,
      },
      body: `_csrf=${team.csrf}&naam=Caf%E9&datum=1-3-2017&gemeenten=GM0441`,
    });
    expect(response.status).toBe(400);
    expect(textOf(await response.text())).toContain('Ongeldig formulier');
    const sessions = tableRows(await (await get(portal, '/team/regiosessies', team)).text());
    expect(sessions).toHaveLength(1);
  });

  it('should refuse a post without the CSRF token', async () => {
    const response = await post(portal, '/team/regiosessies', { ...team, csrf: 'vals' }, FORM);
    expect(response.status).toBe(403);
  });
});

describe('viewing a regional session', () => {
  it('should show the invitee the participants side by side, theme by theme', async () => {
    const response = await get(portal, `/regiosessie/${sessionId}`, staff);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(tableRows(html, 'Deelnemende gemeenten').map((row) => row[0])).toEqual([
      'Den Helder',
      'Schagen',
      'Texel',
    ]);
    const captions = [...html.matchAll(/<caption>([^<]+)<\/caption>/g)].map((m) => m[1]);
    expect(captions).toEqual([
      'Deelnemende gemeenten',
      '(Digitale) dienstverlening',
      'Informatievoorziening',
      'Gebruik landelijke voorzieningen',
    ]);
    const services = tableRows(html, '(Digitale) dienstverlening</caption>');
    expect(services[0]?.[0]).toBe('Digitale volwassenheid');
    expect(services[0]).toHaveLength(4);
    expect(html).not.toContain('Hollands Kroon');
  });

  it('should let an invited address from outside any municipality sign in and see only the session', async () => {
    expect((await get(portal, `/regiosessie/${sessionId}`, external)).status).toBe(200);
    expect((await get(portal, '/gemeente/GM0441', external)).status).toBe(404);
    expect((await get(portal, '/team', external)).status).toBe(403);
  });

  it('should answer 404 to a signed-in person who was not invited, and send strangers to sign in', async () => {
    const response = await get(portal, `/regiosessie/${sessionId}`, outsider);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('Schagen');
    expect((await get(portal, '/regiosessie/onbekend-id', team)).status).toBe(404);
    const anonymous = await get(portal, `/regiosessie/${sessionId}`);
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe('/inloggen');
  });

  it('should apply changes: an address taken off the list no longer sees it', async () => {
    const changed = await post(portal, `/team/regiosessies/${sessionId}`, team, {
      ...FORM,
      uitgenodigden: `${STAFF}\n${EXTERNAL}\n${OUTSIDER}`,
      gemeenten: 'GM0441\nGM0448',
    });
    expect(changed.status).toBe(303);
    const html = await (await get(portal, `/regiosessie/${sessionId}`, outsider)).text();
    expect(tableRows(html, 'Deelnemende gemeenten').map((row) => row[0])).toEqual([
      'Schagen',
      'Texel',
    ]);
    await post(portal, `/team/regiosessies/${sessionId}`, team, FORM);
    expect((await get(portal, `/regiosessie/${sessionId}`, outsider)).status).toBe(404);
  });

  it('should be gone for participants once the team closes it', async () => {
    const closed = await post(portal, `/team/regiosessies/${sessionId}/sluiten`, team);
    expect(closed.status).toBe(303);
    expect((await get(portal, `/regiosessie/${sessionId}`, staff)).status).toBe(404);
    // Without an open session the outside address has no access left at all.
    expect((await get(portal, `/regiosessie/${sessionId}`, external)).status).toBe(302);
    const forTeam = await get(portal, `/regiosessie/${sessionId}`, team);
    expect(forTeam.status).toBe(200);
    expect(textOf(await forTeam.text())).toContain('Deze sessie is gesloten');
    const edit = await post(portal, `/team/regiosessies/${sessionId}`, team, FORM);
    expect(edit.status).toBe(409);
  });

  it('should have audited creation, changes, views and closing', async () => {
    const entries = await listAudit(portal.store);
    const actions = entries.filter((e) => e.detail?.startsWith(sessionId)).map((e) => e.action);
    expect(actions).toContain('regiosessie-aangemaakt');
    expect(actions).toContain('regiosessie-gewijzigd');
    expect(actions).toContain('regiosessie-gesloten');
    const views = entries.filter((e) => e.action === 'regiosessie-bekeken');
    expect(views.map((e) => e.actor)).toContain(STAFF);
    expect(views.map((e) => e.actor)).toContain(EXTERNAL);
  });
});
