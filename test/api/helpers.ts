/**
 * Calling the API over HTTP as a portal session or with a bearer token, and making tokens the
 * way the team does: through the token page's form.
 */
import { formHeaders, type SignedIn, type TestPortal } from '../portal/helpers.ts';

export type Credentials = { cookie: string } | { token: string } | null;

export function credentialsOf(who: SignedIn): Credentials {
  return { cookie: who.cookie };
}

export async function apiGet(portal: TestPortal, path: string, as: Credentials): Promise<Response> {
  const headers: Record<string, string> = {};
  if (as && 'cookie' in as) headers.cookie = as.cookie;
  if (as && 'token' in as) headers.authorization = `Bearer ${as.token}`;
  return portal.app.request(path, { headers });
}

export async function postForm(
  portal: TestPortal,
  path: string,
  who: SignedIn,
  fields: Record<string, string>,
): Promise<Response> {
  return portal.app.request(path, {
    method: 'POST',
    headers: formHeaders(who.cookie),
    body: new URLSearchParams({ _csrf: who.csrf, ...fields }).toString(),
  });
}

/** Makes a token on the team page and reads it from the answer, where it is shown once. */
export async function makeToken(
  portal: TestPortal,
  who: SignedIn,
  name: string,
  days = '90',
): Promise<string> {
  const response = await postForm(portal, '/team/api-tokens', who, { name, days });
  const page = await response.text();
  const token = /id="new-token" readonly="" value="(mdd_[A-Za-z0-9_-]{43})"/.exec(page)?.[1];
  if (response.status !== 200 || !token) {
    throw new Error(`token page answered ${response.status} without a token`);
  }
  return token;
}

/** The id of the token named `name`, read from the token page's revoke form. */
export async function tokenId(portal: TestPortal, who: SignedIn, name: string): Promise<string> {
  const page = await (await apiGet(portal, '/team/api-tokens', { cookie: who.cookie })).text();
  const row = page.split('<tr>').find((part) => part.includes(`<th scope="row">${name}</th>`));
  const id = row ? /name="id" value="(\d+)"/.exec(row)?.[1] : undefined;
  if (!id) throw new Error(`no live token named ${name} on the page`);
  return id;
}
