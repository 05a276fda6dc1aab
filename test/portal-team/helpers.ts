/**
 * The team pages' tests build on the portal helpers (a real store with the golden
 * delivery, real sign-in flow) and add multipart uploads and page-text helpers.
 */
import { BASE_URL, type SignedIn, type TestPortal } from '../portal/helpers.ts';

export {
  addTeamMember,
  BASE_URL,
  makePortal,
  type SignedIn,
  signIn,
  type TestPortal,
} from '../portal/helpers.ts';

export const STAFF = 'medewerker@schagen.nl';
export const TEAM = 'monitorteam@voorbeeld.nl';
export const ADMIN = 'beheer@voorbeeld.nl';

export function get(portal: TestPortal, path: string, user?: SignedIn) {
  return portal.app.request(path, { headers: user ? { cookie: user.cookie } : {} });
}

/** A form post as a browser on the portal's origin sends it, with the user's CSRF token. */
export function post(
  portal: TestPortal,
  path: string,
  user: SignedIn | undefined,
  fields: Record<string, string> = {},
) {
  const body = new URLSearchParams({ ...(user ? { _csrf: user.csrf } : {}), ...fields });
  return portal.app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: BASE_URL,
      ...(user ? { cookie: user.cookie } : {}),
    },
    body: body.toString(),
  });
}

/** A multipart upload to /team/imports, as the upload forms send it. */
export function upload(
  portal: TestPortal,
  user: SignedIn,
  file: { name: string; bytes: Uint8Array; type?: string },
  fields: Record<string, string> = { soort: 'levering' },
) {
  const form = new FormData();
  form.set('_csrf', user.csrf);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const type = file.type ?? 'application/zip';
  form.set('bestand', new File([Buffer.from(file.bytes)], file.name, { type }));
  return portal.app.request('/team/imports', {
    method: 'POST',
    headers: { cookie: user.cookie, origin: BASE_URL },
    body: form,
  });
}

/** The page's visible text, roughly: tags removed, entities of our escaping decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The rows of the first `<tbody>` after `marker`, each as its cells' text. */
export function tableRows(html: string, marker = '<tbody>'): string[][] {
  const start = html.indexOf('<tbody>', html.indexOf(marker));
  const body = html.slice(start, html.indexOf('</tbody>', start));
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) =>
      textOf(cell[1] ?? '').trim(),
    ),
  );
}
