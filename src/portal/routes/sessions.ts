/**
 * Regional sessions: the team creates, changes and closes them under `/team/regiosessies`;
 * `/regiosessie/<id>` shows one to its invitees while it is open (and to the team always).
 * Anyone else, and invitees after closing, get the same 404 as for an unknown id.
 */
import { Hono } from 'hono';
import type { Engine } from '../../engine/index.ts';
import { audit } from '../audit.ts';
import {
  notFound,
  type PortalContext,
  type PortalEnv,
  requireRole,
  requireViewer,
} from '../context.ts';
import { readForm, textField } from '../form.ts';
import {
  EMPTY_FORM,
  formValuesOf,
  type SessionFormValues,
  sessionEditPage,
  sessionListPage,
} from '../pages/regional-forms.tsx';
import { sessionViewPage } from '../pages/regional-view.tsx';
import {
  closeSession,
  createSession,
  findSession,
  listSessions,
  type RegionalSession,
  type SessionDraft,
  updateSession,
} from '../regional.ts';
import { checkSessionForm } from '../regional-form.ts';
import { engineFor } from '../reports.ts';

export const sessionRoutes = new Hono<PortalEnv>();

sessionRoutes.get('/team/regiosessies', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const sessions = await listSessions(c.get('portal').store);
  return c.html(sessionListPage({ viewer, sessions, values: EMPTY_FORM, errors: [] }));
});

sessionRoutes.post('/team/regiosessies', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, now } = c.get('portal');
  const values = await readSessionForm(c);
  const { draft, errors } = checkSessionForm(values, await engineFor(store));
  if (!draft) {
    const sessions = await listSessions(store);
    return c.html(sessionListPage({ viewer, sessions, values, errors }), 422);
  }
  const id = await createSession(store, draft, viewer.email, now());
  await auditSession(c, 'regiosessie-aangemaakt', id, draft);
  return c.redirect(`/team/regiosessies/${id}`, 303);
});

sessionRoutes.get('/team/regiosessies/:id', async (c) => {
  requireRole(c, 'team', 'admin');
  const session = await sessionOr404(c);
  return c.html(await editPage(c, session, formValuesOf(session), []));
});

sessionRoutes.post('/team/regiosessies/:id', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const session = await sessionOr404(c);
  const { store } = c.get('portal');
  const values = await readSessionForm(c);
  if (session.status === 'closed') {
    return c.html(await editPage(c, session, values, ['Deze regiosessie is gesloten.']), 409);
  }
  const { draft, errors } = checkSessionForm(values, await engineFor(store));
  if (!draft) return c.html(await editPage(c, session, values, errors), 422);
  await updateSession(store, session.id, draft);
  await auditSession(c, 'regiosessie-gewijzigd', session.id, draft, viewer.email);
  return c.redirect(`/team/regiosessies/${session.id}`, 303);
});

sessionRoutes.post('/team/regiosessies/:id/sluiten', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const session = await sessionOr404(c);
  const { store, now } = c.get('portal');
  if (session.status === 'open') {
    await closeSession(store, session.id, now());
    await auditSession(c, 'regiosessie-gesloten', session.id, session, viewer.email);
  }
  return c.redirect(`/team/regiosessies/${session.id}`, 303);
});

sessionRoutes.get('/regiosessie/:id', async (c) => {
  const viewer = requireViewer(c);
  const session = await sessionOr404(c);
  const isTeam = viewer.roles.includes('team') || viewer.roles.includes('admin');
  const invited = session.status === 'open' && session.invites.includes(viewer.email);
  if (!isTeam && !invited) notFound(c);

  const { store, help } = c.get('portal');
  const engine = await engineFor(store, undefined, help);
  const known = new Set(engine?.municipalities.map((m) => m.code) ?? []);
  const reports = session.municipalities
    .filter((code) => known.has(code))
    .map((code) => (engine as Engine).report(code));
  const missing = session.municipalities.filter((code) => !known.has(code));
  await auditSession(c, 'regiosessie-bekeken', session.id, session, viewer.email);
  return c.html(sessionViewPage({ viewer, session, reports, missing }));
});

async function sessionOr404(c: PortalContext): Promise<RegionalSession> {
  const id = c.req.param('id') ?? '';
  const session = /^[\w-]{1,64}$/.test(id) ? await findSession(c.get('portal').store, id) : null;
  return session ?? notFound(c);
}

async function editPage(
  c: PortalContext,
  session: RegionalSession,
  values: SessionFormValues,
  errors: string[],
): Promise<string> {
  const { store, config } = c.get('portal');
  const engine = await engineFor(store);
  const names = new Map(engine?.municipalities.map((m) => [m.code, m.name]) ?? []);
  const viewer = requireRole(c, 'team', 'admin');
  return sessionEditPage({ viewer, session, names, values, errors, baseUrl: config.baseUrl });
}

async function auditSession(
  c: PortalContext,
  action: string,
  id: string,
  draft: Pick<SessionDraft, 'name' | 'municipalities' | 'invites'>,
  actor?: string,
): Promise<void> {
  const { store, now } = c.get('portal');
  await audit(store, {
    actor: actor ?? c.get('viewer')?.email ?? null,
    action,
    detail:
      `${id} "${draft.name}": gemeenten ${draft.municipalities.join(', ')}; ` +
      `${draft.invites.length} uitgenodigd`,
    at: now(),
  });
}

async function readSessionForm(c: PortalContext): Promise<SessionFormValues> {
  const body = await readForm(c);
  const text = (name: string) => textField(body, name).trim();
  return {
    name: text('naam'),
    date: text('datum'),
    municipalities: text('gemeenten'),
    invites: text('uitgenodigden'),
  };
}
