/**
 * Signing in and out: ask for a link (same answer for every address), confirm the link with
 * a POST (a GET never uses it), end the session.
 */
import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import { accessFor, normalizeEmail } from '../access.ts';
import { audit } from '../audit.ts';
import { signInFormToken } from '../auth/csrf.ts';
import { consumeLoginToken, createLoginToken, isUsableToken } from '../auth/login-links.ts';
import { createRateLimiter } from '../auth/rate-limit.ts';
import { takeReturnPath } from '../auth/return-path.ts';
import { endSession, startSession } from '../auth/sessions.ts';
import type { LinkLimits, PortalContext, PortalEnv, PortalRuntime } from '../context.ts';
import { readForm, textField } from '../form.ts';
import {
  confirmPage,
  deadLinkPage,
  linkSentPage,
  loginPage,
  tooManyLinksPage,
} from '../pages/login.tsx';

export const DEFAULT_LINK_LIMITS: LinkLimits = { perAddress: 5, perClient: 20, windowMinutes: 15 };

export function authRoutes(limits: LinkLimits = DEFAULT_LINK_LIMITS): Hono<PortalEnv> {
  const perAddress = createRateLimiter(limits.perAddress, limits.windowMinutes);
  const perClient = createRateLimiter(limits.perClient, limits.windowMinutes);
  const tokens = deadTokenGuard(limits);
  const routes = new Hono<PortalEnv>();

  routes.get('/inloggen', (c) => {
    if (c.get('viewer')) return c.redirect('/', 302);
    return c.html(loginPage({ formToken: signInFormToken(c) }));
  });

  routes.post('/inloggen', async (c) => {
    const runtime = c.get('portal');
    const fields = await readForm(c);
    const email = normalizeEmail(textField(fields, 'email'));
    if (!email) {
      const page = loginPage({
        formToken: signInFormToken(c),
        email: textField(fields, 'email').slice(0, 254),
        error: 'Vul een geldig e-mailadres in, zoals naam@gemeente.nl.',
      });
      return c.html(page, 400);
    }
    const now = runtime.now();
    const client = clientAddress(c);
    const sent = linkSentPage(runtime.config.loginTtlMinutes);
    if (!perClient.allow(client, now)) {
      await audit(runtime.store, refused(email, `te veel aanvragen vanaf ${client}`, now));
      return c.html(sent, 429);
    }
    if (!perAddress.allow(email, now)) {
      await audit(runtime.store, refused(email, 'te veel aanvragen voor dit adres', now));
      return c.html(sent);
    }
    await sendLinkIfEligible(runtime, email);
    return c.html(sent);
  });

  routes.get('/inloggen/bevestigen', async (c) => {
    const token = c.req.query('token') ?? '';
    if (tokens.exhausted(c)) return tokens.slowDown(c);
    // Only looks: a mail scanner fetching the link neither signs in nor uses it up.
    if (!(await isUsableToken(c.get('portal'), token))) return tokens.miss(c);
    return c.html(confirmPage({ token, formToken: signInFormToken(c) }));
  });

  routes.post('/inloggen/bevestigen', async (c) => {
    const runtime = c.get('portal');
    // A client over its limit is refused before its link is looked at, so guessing stops
    // working altogether (a real link is not used up by the refusal).
    if (tokens.exhausted(c)) return tokens.slowDown(c);
    const fields = await readForm(c);
    const email = await consumeLoginToken(runtime, textField(fields, 'token'));
    if (!email) return tokens.miss(c);
    await startSession(c, runtime, email);
    await audit(runtime.store, { actor: email, action: 'inloggen', at: runtime.now() });
    return c.redirect(takeReturnPath(c), 303);
  });

  routes.post('/uitloggen', async (c) => {
    const runtime = c.get('portal');
    const viewer = c.get('viewer');
    await endSession(c, runtime);
    if (viewer) {
      await audit(runtime.store, { actor: viewer.email, action: 'uitloggen', at: runtime.now() });
    }
    return c.redirect('/inloggen', 303);
  });

  return routes;
}

/**
 * Mails a link when the address has access. Sending is not awaited, so a known address
 * answers as fast as an unknown one; a failed send is logged.
 */
async function sendLinkIfEligible(runtime: PortalRuntime, email: string): Promise<void> {
  if (!(await accessFor(runtime.store, email))) return;
  const token = await createLoginToken(runtime, email);
  const link = `${runtime.config.baseUrl.replace(/\/+$/, '')}/inloggen/bevestigen?token=${token}`;
  runtime.mailer.send(loginMail(email, link, runtime.config.loginTtlMinutes)).catch((error) => {
    console.error(`portal: sending the sign-in mail failed: ${String(error)}`);
  });
}

export function loginMail(to: string, link: string, ttlMinutes: number) {
  const text = [
    'Goedendag,',
    '',
    'U hebt gevraagd om in te loggen op de Monitor Doelgerichte Digitalisering.',
    'Open deze link en klik op "Inloggen":',
    '',
    link,
    '',
    `De link is ${ttlMinutes} minuten geldig en werkt één keer.`,
    'Hebt u niet om deze link gevraagd? Dan kunt u deze e-mail negeren.',
    '',
    'Met vriendelijke groet,',
    'Het monitorteam',
  ].join('\n');
  return { to, subject: 'Uw inloglink voor de Monitor Doelgerichte Digitalisering', text };
}

/**
 * Links that do not work (made up, used or expired), counted per client: each miss answers
 * 410 and is logged with the client's address. After `perClient` misses in the window the
 * client gets 429 for any link, a real one too, logged once; further refusals are not logged
 * one by one.
 */
function deadTokenGuard(limits: LinkLimits) {
  const misses = createRateLimiter(limits.perClient, limits.windowMinutes);
  const blockedLogged = createRateLimiter(1, limits.windowMinutes);
  return {
    exhausted: (c: PortalContext) => misses.exhausted(clientAddress(c), c.get('portal').now()),
    async miss(c: PortalContext) {
      const runtime = c.get('portal');
      const now = runtime.now();
      const client = clientAddress(c);
      misses.allow(client, now);
      await audit(runtime.store, deadLink(`vanaf ${client}`, now));
      return c.html(deadLinkPage(), 410);
    },
    async slowDown(c: PortalContext) {
      const runtime = c.get('portal');
      const now = runtime.now();
      const client = clientAddress(c);
      if (blockedLogged.allow(client, now)) {
        await audit(runtime.store, deadLink(`te veel ongeldige inloglinks vanaf ${client}`, now));
      }
      return c.html(tooManyLinksPage(limits.windowMinutes), 429);
    },
  };
}

function deadLink(detail: string, at: Date) {
  return { actor: null, action: 'inloglink ongeldig', detail, at };
}

function refused(email: string, detail: string, at: Date) {
  return { actor: email, action: 'inloglink geweigerd', detail, at };
}

/** The client's address: the socket's, or X-Forwarded-For's first entry behind a proxy. */
function clientAddress(c: PortalContext): string {
  if (c.get('portal').config.trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  // @hono/node-server puts the Node request in the env; app.request() in tests has none.
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket.remoteAddress ?? 'onbekend';
}
