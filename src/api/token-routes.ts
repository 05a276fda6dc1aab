/**
 * The team's page for API tokens: make one (shown once) and revoke one. The portal's CSRF
 * check covers both forms; every change goes into the audit log.
 */
import { Hono } from 'hono';
import { audit } from '../portal/audit.ts';
import { type PortalEnv, requireRole } from '../portal/context.ts';
import { readForm, textField } from '../portal/form.ts';
import { tokenPage } from './token-page.tsx';
import { createApiToken, listApiTokens, revokeApiToken, VALIDITY_DAYS } from './tokens.ts';

export const apiTokenRoutes = new Hono<PortalEnv>();

apiTokenRoutes.get('/team/api-tokens', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, now } = c.get('portal');
  return c.html(tokenPage({ viewer, tokens: await listApiTokens(store), now: now() }));
});

apiTokenRoutes.post('/team/api-tokens', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, now } = c.get('portal');
  const fields = await readForm(c);
  const name = textField(fields, 'name').trim();
  const days = VALIDITY_DAYS.find((choice) => String(choice) === textField(fields, 'days'));
  if (!validName(name) || days === undefined) {
    const tokens = await listApiTokens(store);
    const error = 'Geef de token een naam (hoogstens 80 tekens) en kies hoe lang hij geldig is.';
    return c.html(tokenPage({ viewer, tokens, now: now(), error }), 400);
  }
  const { token, record } = await createApiToken(store, {
    name,
    owner: viewer.email,
    validityDays: days,
    now: now(),
  });
  await audit(store, {
    actor: viewer.email,
    action: 'API-token gemaakt',
    detail: `"${record.name}" (nr. ${record.id}), geldig tot ${record.expiresAt.slice(0, 10)}`,
    at: now(),
  });
  const tokens = await listApiTokens(store);
  return c.html(tokenPage({ viewer, tokens, now: now(), created: { name, token } }));
});

apiTokenRoutes.post('/team/api-tokens/intrekken', async (c) => {
  const viewer = requireRole(c, 'team', 'admin');
  const { store, now } = c.get('portal');
  const idText = textField(await readForm(c), 'id');
  const id = /^\d{1,9}$/.test(idText) ? Number(idText) : null;
  const revoked = id === null ? null : await revokeApiToken(store, id, viewer.email, now());
  if (revoked) {
    await audit(store, {
      actor: viewer.email,
      action: 'API-token ingetrokken',
      detail: `"${revoked.name}" (nr. ${revoked.id}) van ${revoked.owner}`,
      at: now(),
    });
  }
  const tokens = await listApiTokens(store);
  return revoked
    ? c.html(
        tokenPage({
          viewer,
          tokens,
          now: now(),
          message: `De token ${revoked.name} is ingetrokken.`,
        }),
      )
    : c.html(
        tokenPage({
          viewer,
          tokens,
          now: now(),
          error: 'Deze token bestaat niet of is al ingetrokken.',
        }),
        400,
      );
});

/** A name of 1 to 80 characters without control characters (it goes into the audit log). */
function validName(name: string): boolean {
  return name.length > 0 && name.length <= 80 && ![...name].some(isControl);
}

function isControl(character: string): boolean {
  const code = character.codePointAt(0) ?? 0;
  return code < 0x20 || code === 0x7f;
}
