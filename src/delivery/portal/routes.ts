/**
 * The delivery's routes in the portal: staff request their municipality's monitor
 * (`/aanvragen/<code>`), the team keeps subscribers and reads the delivery log
 * (`/team/levering`), and anyone with a mailed link unsubscribes (`/afmelden?token=`).
 * Like a sign-in link, an unsubscribe link only shows a page on GET, so a mail scanner that
 * opens it unsubscribes nobody; the POST does it.
 */
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { municipalityNames, normalizeEmail } from '../../portal/access.ts';
import { audit } from '../../portal/audit.ts';
import { FORM_COOKIE, SIGN_IN_PATHS } from '../../portal/auth/csrf.ts';
import { randomSecret } from '../../portal/auth/secrets.ts';
import {
  canSeeMunicipality,
  notFound,
  type PortalContext,
  type PortalEnv,
  requireRole,
} from '../../portal/context.ts';
import { readForm, textField } from '../../portal/form.ts';
import { checkRecipient } from '../eligibility.ts';
import { listDeliveries, listHeld } from '../log.ts';
import {
  addSubscriber,
  clearOptOut,
  listSubscribers,
  removeSubscriber,
  subscriptionOfToken,
  unsubscribe,
} from '../subscribers.ts';
import {
  deadUnsubscribeLinkPage,
  requestPage,
  unsubscribedPage,
  unsubscribePage,
} from './pages.tsx';
import { deliveryPage } from './team-page.tsx';

const UNSUBSCRIBE_PATH = '/afmelden';

/** `/aanvragen/<code>`: staff of the municipality (or its catalogue administrator) subscribe. */
export function requestRoutes(): Hono<PortalEnv> {
  const routes = new Hono<PortalEnv>();
  routes.get('/aanvragen/:code', async (c) => {
    const { viewer, code, name } = await requester(c);
    const subscribed = (await listSubscribers(c.get('portal').store, code)).some(
      (s) => s.email === viewer.email,
    );
    return c.html(requestPage({ viewer, code, name, subscribed }));
  });
  routes.post('/aanvragen/:code', async (c) => {
    const { viewer, code, name } = await requester(c);
    const { store, now } = c.get('portal');
    const source = viewer.roles.includes('staff') ? 'request' : 'catalogue-admin';
    await clearOptOut(store, code, viewer.email);
    if (await addSubscriber(store, code, viewer.email, source, now())) {
      await audit(store, {
        actor: viewer.email,
        action: 'monitor aangevraagd',
        municipality: code,
        at: now(),
      });
    }
    const notice = `U bent aangemeld: u ontvangt voortaan elk kwartaal de monitor van ${name}.`;
    return c.html(requestPage({ viewer, code, name, subscribed: true, notice }));
  });
  return routes;
}

async function requester(c: PortalContext) {
  const viewer = requireRole(c, 'staff', 'catalogue-admin');
  const code = c.req.param('code') ?? '';
  if (!/^GM\d{4}$/.test(code) || !canSeeMunicipality(viewer, code)) return notFound(c);
  const names = await municipalityNames(c.get('portal').store, [code]);
  return { viewer, code, name: names.get(code) ?? code };
}

/** `/team/levering` and its two forms, for the team and administrators. */
export function deliveryTeamRoutes(): Hono<PortalEnv> {
  const routes = new Hono<PortalEnv>();
  routes.get('/team/levering', (c) => showTeamPage(c, {}));
  routes.post('/team/levering/abonnees', async (c) => {
    const viewer = requireRole(c, 'team', 'admin');
    const { store, now } = c.get('portal');
    const fields = await readForm(c);
    const code = textField(fields, 'gemeente').trim().toUpperCase();
    const email = normalizeEmail(textField(fields, 'email'));
    const known = (await municipalityNames(store, [code])).has(code);
    if (!known)
      return showTeamPage(c, { error: `Gemeentecode "${code}" staat niet in het register.` }, 400);
    if (!email) return showTeamPage(c, { error: 'Vul een geldig e-mailadres in.' }, 400);
    await clearOptOut(store, code, email);
    await addSubscriber(store, code, email, 'team', now());
    await audit(store, {
      actor: viewer.email,
      action: 'abonnee toegevoegd',
      municipality: code,
      detail: email,
      at: now(),
    });
    const check = await checkRecipient(store, code, email);
    const warning = check.ok ? '' : ` Let op: dit adres krijgt nu niets, want ${check.reason}.`;
    return showTeamPage(c, { notice: `${email} is abonnee van ${code}.${warning}` });
  });
  routes.post('/team/levering/abonnees/verwijderen', async (c) => {
    const viewer = requireRole(c, 'team', 'admin');
    const { store, now } = c.get('portal');
    const fields = await readForm(c);
    const code = textField(fields, 'gemeente');
    const email = textField(fields, 'email');
    if (await removeSubscriber(store, code, email)) {
      await audit(store, {
        actor: viewer.email,
        action: 'abonnee verwijderd',
        municipality: code,
        detail: email,
        at: now(),
      });
    }
    return showTeamPage(c, { notice: `${email} is geen abonnee meer van ${code}.` });
  });
  return routes;
}

async function showTeamPage(
  c: PortalContext,
  messages: { notice?: string; error?: string },
  status: 200 | 400 = 200,
) {
  const viewer = requireRole(c, 'team', 'admin');
  const { store } = c.get('portal');
  const subscribers = await listSubscribers(store);
  const deliveries = await listDeliveries(store, 300);
  const held = await listHeld(store);
  const codes = [
    ...new Set([...subscribers, ...deliveries, ...held].map((item) => item.municipality)),
  ];
  const names = await municipalityNames(store, codes);
  return c.html(
    deliveryPage({ viewer, subscribers, names, deliveries, held, ...messages }),
    status,
  );
}

/**
 * `/afmelden?token=`. The POST comes without a session, so it is checked like the sign-in
 * forms: the path joins the portal's sign-in paths (Origin, else the form cookie).
 */
export function unsubscribeRoutes(): Hono<PortalEnv> {
  SIGN_IN_PATHS.add(UNSUBSCRIBE_PATH);
  const routes = new Hono<PortalEnv>();
  routes.get(UNSUBSCRIBE_PATH, async (c) => {
    const token = c.req.query('token') ?? '';
    const subscription = await subscriptionOfToken(c.get('portal').store, token);
    if (!subscription) return c.html(deadUnsubscribeLinkPage(), 410);
    const { store } = c.get('portal');
    const name = await nameOf(c, subscription.municipality);
    const stillSubscribed = (await listSubscribers(store, subscription.municipality)).some(
      (s) => s.email === subscription.email,
    );
    // A second click on the link: nothing to ask any more.
    if (!stillSubscribed) return c.html(unsubscribedPage({ email: subscription.email, name }));
    const formToken = unsubscribeFormToken(c);
    return c.html(unsubscribePage({ token, formToken, email: subscription.email, name }));
  });
  routes.post(UNSUBSCRIBE_PATH, async (c) => {
    const { store, now } = c.get('portal');
    const subscription = await subscriptionOfToken(store, textField(await readForm(c), 'token'));
    if (!subscription) return c.html(deadUnsubscribeLinkPage(), 410);
    const { municipality, email } = subscription;
    if (await unsubscribe(store, municipality, email, now())) {
      await audit(store, { actor: email, action: 'afgemeld', municipality, at: now() });
    }
    return c.html(unsubscribedPage({ email, name: await nameOf(c, municipality) }));
  });
  return routes;
}

async function nameOf(c: PortalContext, code: string): Promise<string> {
  return (await municipalityNames(c.get('portal').store, [code])).get(code) ?? code;
}

/** The double-submit token for the unsubscribe form, in a cookie scoped to its path. */
function unsubscribeFormToken(c: PortalContext): string {
  const token = randomSecret();
  setCookie(c, FORM_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('portal').config.secureCookies,
    path: UNSUBSCRIBE_PATH,
  });
  return token;
}
