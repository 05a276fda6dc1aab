/** Posting the explanation forms as a signed-in browser would, and reading what shows. */
import { formHeaders, type SignedIn, type TestPortal } from '../portal/helpers.ts';

export function get(portal: TestPortal, session: SignedIn, path: string) {
  return portal.app.request(path, { headers: { cookie: session.cookie } });
}

export function post(
  portal: TestPortal,
  session: SignedIn,
  path: string,
  fields: Record<string, string> = {},
) {
  return portal.app.request(path, {
    method: 'POST',
    headers: formHeaders(session.cookie),
    body: new URLSearchParams({ _csrf: session.csrf, ...fields }).toString(),
  });
}

/** Adds an explanation through the form; fails the test unless it was stored. */
export async function explain(
  portal: TestPortal,
  session: SignedIn,
  code: string,
  fields: { thema: string; tekst: string; einddatum: string },
): Promise<void> {
  const response = await post(portal, session, `/toelichtingen/${code}`, fields);
  if (response.status !== 303) {
    throw new Error(`explanation not stored: ${response.status} ${await response.text()}`);
  }
}

/** The monitor page's HTML for `code` as `session` sees it. */
export async function monitorHtml(
  portal: TestPortal,
  session: SignedIn,
  code: string,
): Promise<string> {
  const response = await get(portal, session, `/gemeente/${code}`);
  if (response.status !== 200) throw new Error(`monitor answered ${response.status}`);
  return response.text();
}

/** The explanation blocks of a report's HTML, as text without tags. */
export function shownExplanations(html: string): string[] {
  const blocks = html.match(/<div class="municipal-explanation">[\s\S]*?<\/div>/g) ?? [];
  return blocks.map((block) =>
    block
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** The id of the first withdraw form on the explanations page. */
export function withdrawPath(html: string): string {
  const match = /action="(\/toelichtingen\/GM\d{4}\/\d+\/intrekken)"/.exec(html);
  if (!match?.[1]) throw new Error('no withdraw form on the page');
  return match[1];
}
