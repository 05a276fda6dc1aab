/**
 * The proof of issue 5, "an explanation that lapses": an explanation shows while the figure
 * it was written about stays the same and its end date has not passed. A new catalogue import
 * that changes Schagen's duplicate-function count makes the 2.2 explanation lapse (shown as
 * such to staff, never in the report), while the explanation of a theme whose figure did not
 * change keeps showing; after its end date that one lapses too.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.ts';
import { importTableFile } from '../../src/store/import.ts';
import { GOLDEN_FOLDER } from '../helpers/golden.ts';
import { makePortal, type SignedIn, signIn, type TestPortal } from '../portal/helpers.ts';
import { explain, get, monitorHtml, shownExplanations } from './helpers.ts';

/** The golden catalogue without one of Schagen's two package versions of component RC005. */
async function changedCatalogue(dir: string): Promise<string> {
  const text = await readFile(join(GOLDEN_FOLDER, 'gemeente_pakketversies.csv'), 'utf8');
  const lines = text.split(/\r?\n/);
  const rc005 = lines.filter((line) => line.startsWith('GM0441;') && line.endsWith(';RC005'));
  if (rc005.length !== 2) throw new Error(`expected two RC005 rows, found ${rc005.length}`);
  const path = join(dir, 'gemeente_pakketversies.csv');
  await writeFile(path, lines.filter((line) => line !== rc005[1]).join('\n'));
  return path;
}

function figureText(report: Report, id: string): string | undefined {
  return report.sections.flatMap((s) => s.figures).find((f) => f.id === id)?.value.text;
}

describe('an explanation that lapses', () => {
  let portal: TestPortal;
  let staff: SignedIn;
  let dir: string;

  beforeAll(async () => {
    portal = await makePortal();
    staff = await signIn(portal, 'medewerker@schagen.nl');
    dir = await mkdtemp(join(tmpdir(), 'mdd-explanations-'));
    await explain(portal, staff, 'GM0441', {
      thema: 'dubbele_functionaliteit',
      tekst: 'Twee zaaksystemen: bewust, tot de migratie klaar is.',
      einddatum: '2017-12-31',
    });
    await explain(portal, staff, 'GM0441', {
      thema: 'digimelding',
      tekst: 'Aansluiting op Digimelding staat gepland.',
      einddatum: '2017-03-31',
    });
  });
  afterAll(async () => {
    await portal.close();
    await rm(dir, { recursive: true, force: true });
  });

  /** Sessions last hours, not months: sign in again after moving the clock. */
  async function moveClock(iso: string) {
    portal.clock.now = new Date(iso);
    staff = await signIn(portal, 'medewerker@schagen.nl');
  }

  it('shows both explanations on the monitor they were written about', async () => {
    const shown = shownExplanations(await monitorHtml(portal, staff, 'GM0441'));
    expect(shown).toHaveLength(2);
    expect(shown[0]).toContain('Twee zaaksystemen');
    expect(shown[1]).toContain('Aansluiting op Digimelding');
  });

  it('lapses when a later catalogue import changes the figure, and only that one', async () => {
    const before = (await (await get(portal, staff, '/gemeente/GM0441.json')).json()) as Report;
    const outcome = await importTableFile(
      portal.store,
      await changedCatalogue(dir),
      'gemeente_pakketversies',
      '2017-02-15',
    );
    expect(outcome.ok).toBe(true);
    await moveClock('2017-02-20T09:00:00Z');

    const after = (await (await get(portal, staff, '/gemeente/GM0441.json')).json()) as Report;
    expect(after.referenceDate).toBe('2017-02-15');
    // The precondition of the proof: the 2.2 figure really changed, Digimelding did not.
    expect(figureText(after, 'dubbele_functionaliteit')).not.toBe(
      figureText(before, 'dubbele_functionaliteit'),
    );
    expect(figureText(after, 'digimelding')).toBe(figureText(before, 'digimelding'));

    const shown = shownExplanations(await monitorHtml(portal, staff, 'GM0441'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Aansluiting op Digimelding');
    const tiles = after.summary.flatMap((g) => g.tiles).filter((t) => t.explanation);
    expect(tiles.map((t) => t.id)).toEqual(['digimelding']);

    // Staff see it as lapsed, with why.
    const page = await (await get(portal, staff, '/toelichtingen/GM0441')).text();
    const history = page.slice(page.indexOf('Eerdere toelichtingen'));
    expect(history).toContain(
      'Dubbele functionaliteit (2.2)</strong>: Vervallen: het cijfer of de beoordeling van het ' +
        'thema is veranderd.',
    );
    expect(history).toContain('Twee zaaksystemen: bewust, tot de migratie klaar is.');
    expect(history).not.toContain('Aansluiting op Digimelding');
    // The monitor of the earlier reference date still has the figure it was written about.
    const earlier = await (await get(portal, staff, '/gemeente/GM0441/2017-01-23')).text();
    expect(shownExplanations(earlier)).toHaveLength(2);
  });

  it('shows through its end date and lapses the day after', async () => {
    await moveClock('2017-03-31T23:30:00Z');
    expect(shownExplanations(await monitorHtml(portal, staff, 'GM0441'))).toHaveLength(1);

    await moveClock('2017-04-01T00:30:00Z');
    expect(shownExplanations(await monitorHtml(portal, staff, 'GM0441'))).toEqual([]);
    const json = await (await get(portal, staff, '/gemeente/GM0441.json')).text();
    expect(json).not.toContain('Aansluiting op Digimelding');
    const page = await (await get(portal, staff, '/toelichtingen/GM0441')).text();
    expect(page).toContain('Digimelding (3.4)</strong>: Verlopen: de einddatum is voorbij.');
  });

  it('lets staff explain the changed figure anew', async () => {
    await explain(portal, staff, 'GM0441', {
      thema: 'dubbele_functionaliteit',
      tekst: 'Nog één dubbel pakket, bewust.',
      einddatum: '2017-12-31',
    });
    const shown = shownExplanations(await monitorHtml(portal, staff, 'GM0441'));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain('Nog één dubbel pakket, bewust.');
  });
});
