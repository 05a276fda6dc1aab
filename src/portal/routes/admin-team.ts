/**
 * `/beheer/team` (administrators): who is on the monitor team and with which role. Changes
 * are audited; an administrator cannot remove themself, so the list never locks its last
 * administrator out by accident.
 */
import { Hono } from 'hono';
import { normalizeEmail } from '../access.ts';
import { audit } from '../audit.ts';
import { type PortalEnv, requireRole } from '../context.ts';
import { readForm, textField } from '../form.ts';
import { adminTeamPage } from '../pages/admin-team.tsx';
import { addTeamMember, listTeamMembers, removeTeamMember } from '../team-list.ts';

export const adminTeamRoutes = new Hono<PortalEnv>();

adminTeamRoutes.get('/beheer/team', async (c) => {
  const viewer = requireRole(c, 'admin');
  const members = await listTeamMembers(c.get('portal').store);
  return c.html(adminTeamPage({ viewer, members }));
});

adminTeamRoutes.post('/beheer/team', async (c) => {
  const viewer = requireRole(c, 'admin');
  const { store, now } = c.get('portal');
  const fields = await readForm(c);
  const email = normalizeEmail(textField(fields, 'email'));
  const role = textField(fields, 'role');
  if (!email || (role !== 'team' && role !== 'admin')) {
    const members = await listTeamMembers(store);
    const error = 'Vul een geldig e-mailadres in en kies de rol Monitorteam of Beheerder.';
    return c.html(adminTeamPage({ viewer, members, error }), 400);
  }
  // Like removing yourself: an administrator making themselves team could leave none.
  if (email === viewer.email && role !== 'admin') {
    const members = await listTeamMembers(store);
    const error = 'U kunt uw eigen rol niet veranderen; vraag dat een andere beheerder.';
    return c.html(adminTeamPage({ viewer, members, error }), 400);
  }
  await addTeamMember(store, email, role, now());
  await audit(store, {
    actor: viewer.email,
    action: 'teamlid opgeslagen',
    detail: `${email}: ${role}`,
    at: now(),
  });
  const members = await listTeamMembers(store);
  return c.html(adminTeamPage({ viewer, members, message: `${email} is opgeslagen.` }));
});

adminTeamRoutes.post('/beheer/team/verwijderen', async (c) => {
  const viewer = requireRole(c, 'admin');
  const { store, now } = c.get('portal');
  const email = normalizeEmail(textField(await readForm(c), 'email'));
  if (!email || email === viewer.email) {
    const members = await listTeamMembers(store);
    const error = 'U kunt uzelf niet van de teamlijst halen; vraag dat een andere beheerder.';
    return c.html(adminTeamPage({ viewer, members, error }), 400);
  }
  const removed = await removeTeamMember(store, email);
  if (removed) {
    await audit(store, {
      actor: viewer.email,
      action: 'teamlid verwijderd',
      detail: email,
      at: now(),
    });
  }
  const members = await listTeamMembers(store);
  const message = removed
    ? `${email} is van de teamlijst gehaald.`
    : `${email} stond niet op de teamlijst.`;
  return c.html(adminTeamPage({ viewer, members, message }));
});
