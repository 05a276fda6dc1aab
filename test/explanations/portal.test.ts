/**
 * Comply or explain over HTTP: staff add an explanation to a theme, it shows beside the rating
 * in their monitor (escaped, in the right section, in the JSON too), they withdraw it; Dutch
 * errors for bad input; the audit log records both; nobody else reaches them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/api/model-schema.ts';
import { figuresSchema } from '../../src/api/schemas.ts';
import { listAudit } from '../../src/portal/audit.ts';
import type { Report } from '../../src/report/model.ts';
import { apiGet } from '../api/helpers.ts';
import {
  addTeamMember,
  makePortal,
  type SignedIn,
  signIn,
  type TestPortal,
} from '../portal/helpers.ts';
import { explain, get, monitorHtml, post, shownExplanations, withdrawPath } from './helpers.ts';

const TEXT = 'Twee pakketten voor WWB-ondersteuning: bewust, <script>alert(1)</script> & "zo".';

describe('explanations in the portal', () => {
  let portal: TestPortal;
  let schagen: SignedIn;
  let denHelder: SignedIn;
  let team: SignedIn;

  beforeAll(async () => {
    portal = await makePortal();
    await addTeamMember(portal, 'team@monitorteam.example', 'team');
    schagen = await signIn(portal, 'medewerker@schagen.nl');
    denHelder = await signIn(portal, 'medewerker@denhelder.nl');
    team = await signIn(portal, 'team@monitorteam.example');
  });
  afterAll(async () => {
    await portal.close();
  });

  async function explanationRows() {
    return portal.store.db.selectFrom('explanations').selectAll().orderBy('id').execute();
  }

  it('shows an added explanation beside the rating of its theme, escaped, and in the JSON', async () => {
    const response = await post(portal, schagen, '/toelichtingen/GM0441', {
      thema: 'dubbele_functionaliteit',
      tekst: TEXT,
      einddatum: '2017-06-30',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/toelichtingen/GM0441?bericht=opgeslagen');

    const html = await monitorHtml(portal, schagen, 'GM0441');
    expect(shownExplanations(html)).toEqual([
      'Toelichting van de gemeente Twee pakketten voor WWB-ondersteuning: bewust, ' +
        '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;zo&quot;. ' +
        'Geschreven op 1-2-2017, geldig tot en met 30-6-2017. ' +
        'De beoordeling zelf verandert niet door deze toelichting.',
    ]);
    expect(html).not.toContain('<script>alert(1)');
    // The summary tile says so too.
    expect(html.match(/Met toelichting van de gemeente, zie 2\.2\./g)).toHaveLength(1);
    // Inside section 2.2, after its rating.
    const block = html.indexOf('class="municipal-explanation"');
    expect(block).toBeGreaterThan(html.indexOf('id="s-2-2"'));
    expect(block).toBeLessThan(html.indexOf('id="s-2-3"'));

    const json = (await (await get(portal, schagen, '/gemeente/GM0441.json')).json()) as Report;
    const tile = json.summary
      .flatMap((g) => g.tiles)
      .find((t) => t.id === 'dubbele_functionaliteit');
    expect(tile?.explanation).toEqual({
      text: TEXT,
      endDate: '2017-06-30',
      endDateText: '30-6-2017',
      writtenOn: '2017-02-01',
      writtenOnText: '1-2-2017',
    });
    const figures = json.sections.flatMap((s) => s.figures).filter((f) => f.explanation);
    expect(figures.map((f) => f.id)).toEqual(['dubbele_functionaliteit']);
  });

  it('records who added it, the fingerprint of the figure and the audit entry', async () => {
    const [row] = await explanationRows();
    expect(row).toMatchObject({
      municipality_code: 'GM0441',
      theme: 'dubbele_functionaliteit',
      text: TEXT,
      end_date: '2017-06-30',
      reference_date: '2017-01-23',
      author_email: 'medewerker@schagen.nl',
      withdrawn_at: null,
    });
    expect(JSON.parse(row?.fingerprint ?? '{}')).toMatchObject({
      theme: 'dubbele_functionaliteit',
      tileRating: 'attention',
      text: '26',
      rating: 'attention',
    });
    const entries = await listAudit(portal.store);
    expect(entries.find((e) => e.action === 'toelichting toegevoegd')).toMatchObject({
      actor: 'medewerker@schagen.nl',
      municipality: 'GM0441',
      detail: 'thema 2.2 Dubbele functionaliteit, tot en met 2017-06-30',
    });
  });

  it('should give the explanation in the API monitor and figures too, as in the JSON download', async () => {
    const download = (await (await get(portal, schagen, '/gemeente/GM0441.json')).json()) as Report;
    const expected = download.summary
      .flatMap((g) => g.tiles)
      .find((t) => t.id === 'dubbele_functionaliteit')?.explanation;
    expect(expected?.text).toBe(TEXT);
    const as = { cookie: schagen.cookie };
    const model = reportSchema.parse(
      await (await apiGet(portal, '/api/v1/gemeenten/GM0441/monitor', as)).json(),
    ) as unknown as Report;
    const tile = model.summary
      .flatMap((g) => g.tiles)
      .find((t) => t.id === 'dubbele_functionaliteit');
    expect(tile?.explanation).toEqual(expected);
    const figures = model.sections.flatMap((s) => s.figures).filter((f) => f.explanation);
    expect(figures.map((f) => [f.id, f.explanation])).toEqual([
      ['dubbele_functionaliteit', expected],
    ]);
    const rows = figuresSchema.parse(
      await (await apiGet(portal, '/api/v1/gemeenten/GM0441/cijfers', as)).json(),
    );
    const explained = rows.figures.filter((f) => f.explanation !== undefined);
    expect(explained.map((f) => [f.id, f.explanation])).toEqual([
      ['dubbele_functionaliteit', expected],
    ]);
  });

  it('should show no status line for a message name it does not know', async () => {
    for (const name of ['constructor', '__proto__', 'toString', 'onbekend']) {
      const page = await (
        await get(portal, schagen, `/toelichtingen/GM0441?bericht=${name}`)
      ).text();
      expect(page, name).not.toContain('role="status"');
    }
    const saved = await (
      await get(portal, schagen, '/toelichtingen/GM0441?bericht=opgeslagen')
    ).text();
    expect(saved).toContain('De toelichting is opgeslagen en staat nu in de monitor.');
  });

  it('links every theme from the monitor page to the form, with the theme chosen', async () => {
    const html = await monitorHtml(portal, schagen, 'GM0441');
    const links = html.match(/href="\/toelichtingen\/GM0441\?thema=[a-z0-9_]+#formulier"/g);
    expect(links).toHaveLength(16);
    const page = await (await get(portal, schagen, '/toelichtingen/GM0441?thema=saas')).text();
    expect(page).toMatch(
      /<option value="saas" selected="">Ontzorgen met SaaS \(2\.5\): Aandacht vereist</,
    );
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain('aria-describedby="tekst-uitleg"');
  });

  it('refuses bad input with Dutch messages beside the fields and stores nothing', async () => {
    const before = (await explanationRows()).length;
    const cases: [Record<string, string>, string][] = [
      [{ tekst: '   ', einddatum: '2017-06-30' }, 'Vul een toelichting in.'],
      [
        { tekst: 'x'.repeat(501), einddatum: '2017-06-30' },
        'De toelichting is te lang: 501 tekens, ten hoogste 500.',
      ],
      [
        { tekst: 'Uitleg', einddatum: '2017-01-31' },
        'De einddatum ligt in het verleden. Kies 1-2-2017 of later.',
      ],
      [
        { tekst: 'Uitleg', einddatum: '2018-02-02' },
        'De einddatum ligt te ver vooruit. Kies uiterlijk 1-2-2018.',
      ],
      [{ tekst: 'Uitleg', einddatum: '31-2-2017' }, 'Vul een geldige einddatum in'],
      [{ tekst: 'Uitleg', einddatum: '2017-06-30', thema: 'bestaat_niet' }, 'Kies een thema'],
    ];
    for (const [fields, message] of cases) {
      const response = await post(portal, schagen, '/toelichtingen/GM0441', {
        thema: 'saas',
        ...fields,
      });
      expect(response.status).toBe(400);
      const html = await response.text();
      expect(html).toContain('De toelichting is niet opgeslagen');
      expect(html).toContain(message);
      expect(html).toContain('aria-invalid="true"');
    }
    // What was typed comes back, escaped.
    const kept = await post(portal, schagen, '/toelichtingen/GM0441', {
      thema: 'saas',
      tekst: '<b>vet</b>',
      einddatum: '2010-01-01',
    });
    expect(await kept.text()).toContain('&lt;b&gt;vet&lt;/b&gt;</textarea>');
    expect(await explanationRows()).toHaveLength(before);
  });

  it('lets a newer explanation of a theme replace the one showing', async () => {
    await explain(portal, schagen, 'GM0441', {
      thema: 'dubbele_functionaliteit',
      tekst: 'Nieuwe uitleg.',
      einddatum: '2017-07-31',
    });
    const html = await monitorHtml(portal, schagen, 'GM0441');
    expect(shownExplanations(html)).toHaveLength(1);
    expect(shownExplanations(html)[0]).toContain('Nieuwe uitleg.');
    const rows = await explanationRows();
    expect(rows.map((r) => r.withdrawn_by)).toEqual(['medewerker@schagen.nl', null]);
  });

  it('withdraws an explanation: gone from the monitor, kept in the history, audited', async () => {
    const page = await (await get(portal, schagen, '/toelichtingen/GM0441')).text();
    const path = withdrawPath(page);
    const response = await post(portal, schagen, path);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/toelichtingen/GM0441?bericht=ingetrokken');
    const withdrawn = await monitorHtml(portal, schagen, 'GM0441');
    expect(shownExplanations(withdrawn)).toEqual([]);
    expect(withdrawn).not.toContain('Met toelichting van de gemeente');

    const after = await (await get(portal, schagen, response.headers.get('location') ?? '')).text();
    expect(after).toContain('De toelichting is ingetrokken en staat niet meer in de monitor.');
    expect(after).toContain('Eerdere toelichtingen');
    expect(after).toContain('Ingetrokken op 1-2-2017 door medewerker@schagen.nl.');
    const entries = await listAudit(portal.store);
    expect(entries.find((e) => e.action === 'toelichting ingetrokken')).toMatchObject({
      actor: 'medewerker@schagen.nl',
      municipality: 'GM0441',
    });
    // A second withdrawal finds nothing live to withdraw.
    expect((await post(portal, schagen, path)).status).toBe(404);
  });

  it("refuses another municipality's staff with the monitor's own 404, byte for byte", async () => {
    await explain(portal, schagen, 'GM0441', {
      thema: 'digimelding',
      tekst: 'Digimelding volgt in het voorjaar.',
      einddatum: '2017-05-01',
    });
    const schagenPage = await (await get(portal, schagen, '/toelichtingen/GM0441')).text();
    const schagenWithdraw = withdrawPath(schagenPage);
    const id = schagenWithdraw.split('/')[3];
    const rowsBefore = await explanationRows();

    const monitor = await get(portal, denHelder, '/gemeente/GM0441');
    expect(monitor.status).toBe(404);
    const refusal = await monitor.text();
    const attempts = [
      await get(portal, denHelder, '/toelichtingen/GM0441'),
      await get(portal, denHelder, '/toelichtingen/GM0441?thema=digimelding'),
      await post(portal, denHelder, '/toelichtingen/GM0441', {
        thema: 'digimelding',
        tekst: 'Ingebroken',
        einddatum: '2017-05-01',
      }),
      await post(portal, denHelder, schagenWithdraw),
      // Schagen's id under Den Helder's own code: not Den Helder's to withdraw either.
      await post(portal, denHelder, `/toelichtingen/GM0400/${id}/intrekken`),
      await get(portal, denHelder, '/toelichtingen/GM9999'),
    ];
    for (const response of attempts) {
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(refusal);
    }
    expect(await explanationRows()).toEqual(rowsBefore);
    // Den Helder's own monitor and page show nothing of Schagen's.
    const own = await monitorHtml(portal, denHelder, 'GM0400');
    expect(shownExplanations(own)).toEqual([]);
    const ownPage = await (await get(portal, denHelder, '/toelichtingen/GM0400')).text();
    expect(ownPage).not.toContain('Digimelding volgt');
    expect(ownPage).not.toContain('medewerker@schagen.nl');
  });

  it('sends visitors without a session to sign in, and refuses their posts', async () => {
    const page = await portal.app.request('/toelichtingen/GM0441');
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('/inloggen');
    const stolen = await portal.app.request('/toelichtingen/GM0441', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ thema: 'saas', tekst: 'x', einddatum: '2017-05-01' }).toString(),
    });
    expect(stolen.status).toBe(403);
    // A signed-in post without the session's CSRF token is refused too.
    const forged = await portal.app.request('/toelichtingen/GM0441', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: schagen.cookie },
      body: new URLSearchParams({ thema: 'saas', tekst: 'x', einddatum: '2017-05-01' }).toString(),
    });
    expect(forged.status).toBe(403);
  });

  it("lets the monitor team explain any municipality's theme", async () => {
    await explain(portal, team, 'GM0400', {
      thema: 'saas',
      tekst: 'Uitleg van het monitorteam.',
      einddatum: '2017-03-01',
    });
    const shown = shownExplanations(await monitorHtml(portal, denHelder, 'GM0400'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Uitleg van het monitorteam.');
  });
});
