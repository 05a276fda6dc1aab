/** `/beheer/team`: administrators keep the team list; nobody else reaches it. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addTeamMember,
  formHeaders,
  makePortal,
  type SignedIn,
  signIn,
  type TestPortal,
} from './helpers.ts';

describe('team list page', () => {
  let portal: TestPortal;
  let admin: SignedIn;
  beforeAll(async () => {
    portal = await makePortal();
    await addTeamMember(portal, 'baas@monitorteam.example', 'admin');
    admin = await signIn(portal, 'baas@monitorteam.example');
  });
  afterAll(async () => {
    await portal.close();
  });

  function post(who: SignedIn, path: string, fields: Record<string, string>) {
    return portal.app.request(path, {
      method: 'POST',
      headers: formHeaders(who.cookie),
      body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
    });
  }

  it('adds a member, who can then sign in and see every municipality', async () => {
    const added = await post(admin, '/beheer/team', {
      email: 'Nieuw@Monitorteam.example',
      role: 'team',
    });
    expect(added.status).toBe(200);
    expect(await added.text()).toContain('nieuw@monitorteam.example is opgeslagen.');
    const member = await signIn(portal, 'nieuw@monitorteam.example');
    const other = await portal.app.request('/gemeente/GM0003.json', {
      headers: { cookie: member.cookie },
    });
    expect(other.status).toBe(200);
    const page = await portal.app.request('/beheer/team', { headers: { cookie: member.cookie } });
    expect(page.status).toBe(403);
  });

  it('removes a member, whose session then stops working', async () => {
    await post(admin, '/beheer/team', { email: 'weg@monitorteam.example', role: 'team' });
    const leaving = await signIn(portal, 'weg@monitorteam.example');
    const removed = await post(admin, '/beheer/team/verwijderen', {
      email: 'weg@monitorteam.example',
    });
    expect(await removed.text()).toContain('is van de teamlijst gehaald');
    const after = await portal.app.request('/gemeente/GM0003', {
      headers: { cookie: leaving.cookie },
    });
    expect(after.status).toBe(302);
    const logged = await portal.store.db
      .selectFrom('audit_log')
      .select(['action', 'detail'])
      .where('actor', '=', 'baas@monitorteam.example')
      .where('action', 'like', 'teamlid%')
      .execute();
    expect(logged).toContainEqual({
      action: 'teamlid verwijderd',
      detail: 'weg@monitorteam.example',
    });
  });

  it('refuses bad input and removing yourself', async () => {
    const bad = await post(admin, '/beheer/team', { email: 'x@y.nl', role: 'koning' });
    expect(bad.status).toBe(400);
    const self = await post(admin, '/beheer/team/verwijderen', {
      email: 'baas@monitorteam.example',
    });
    expect(self.status).toBe(400);
    const page = await portal.app.request('/beheer/team', { headers: { cookie: admin.cookie } });
    expect(await page.text()).toContain('baas@monitorteam.example');
  });

  it('should refuse an administrator making themselves team, keeping them administrator', async () => {
    const demoted = await post(admin, '/beheer/team', {
      email: 'Baas@Monitorteam.example',
      role: 'team',
    });
    expect(demoted.status).toBe(400);
    expect(await demoted.text()).toContain(
      'U kunt uw eigen rol niet veranderen; vraag dat een andere beheerder.',
    );
    const page = await portal.app.request('/beheer/team', { headers: { cookie: admin.cookie } });
    expect(page.status).toBe(200);
  });

  it('refuses staff and anonymous visitors, and posts without a CSRF token', async () => {
    const staff = await signIn(portal, 'someone@schagen.nl');
    expect(
      (await portal.app.request('/beheer/team', { headers: { cookie: staff.cookie } })).status,
    ).toBe(403);
    expect(
      (await post(staff, '/beheer/team', { email: 'ik@schagen.nl', role: 'admin' })).status,
    ).toBe(403);
    const anonymous = await portal.app.request('/beheer/team');
    expect(anonymous.status).toBe(302);
    const noToken = await portal.app.request('/beheer/team', {
      method: 'POST',
      headers: formHeaders(admin.cookie),
      body: 'email=stiekem%40x.nl&role=admin',
    });
    expect(noToken.status).toBe(403);
    const list = await portal.store.db.selectFrom('team_members').select('email').execute();
    expect(list.map((m) => m.email)).not.toContain('ik@schagen.nl');
    expect(list.map((m) => m.email)).not.toContain('stiekem@x.nl');
  });
});
