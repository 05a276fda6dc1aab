/**
 * Comply or explain (issue 5): `/toelichtingen/<code>` shows and takes a municipality's
 * explanations; `/toelichtingen/<code>/<id>/intrekken` withdraws one. Access is exactly the
 * monitor's: whoever may see the monitor may explain it, and a municipality the viewer may
 * not see answers with the same 404 page as one that does not exist. Explanations belong to
 * the latest monitor: its figures are the ones the fingerprint records.
 */
import { Hono } from 'hono';
import { UnknownMunicipalityError } from '../../engine/index.ts';
import { explanationState } from '../../explanations/apply.ts';
import { explanationSettings } from '../../explanations/settings.ts';
import { addExplanation, listExplanations, withdrawExplanation } from '../../explanations/store.ts';
import { findTheme, themeFingerprint, themesOf } from '../../explanations/themes.ts';
import {
  addDays,
  type FieldErrors,
  isoDay,
  validateExplanation,
} from '../../explanations/validate.ts';
import type { Report } from '../../report/model.ts';
import { audit } from '../audit.ts';
import {
  canSeeMunicipality,
  notFound,
  type PortalContext,
  type PortalEnv,
  requireViewer,
  type Viewer,
} from '../context.ts';
import { readForm, textField } from '../form.ts';
import { explanationsPage, explanationsPath } from '../pages/explanations.tsx';
import { monitorFor, referenceDates } from '../reports.ts';

const MESSAGES: Record<string, string> = {
  opgeslagen: 'De toelichting is opgeslagen en staat nu in de monitor.',
  ingetrokken: 'De toelichting is ingetrokken en staat niet meer in de monitor.',
};

export function explanationRoutes(): Hono<PortalEnv> {
  const routes = new Hono<PortalEnv>();

  routes.get('/toelichtingen/:code', async (c) => {
    const { viewer, report } = await explainable(c);
    const theme = c.req.query('thema') ?? '';
    const form = { theme, text: '', endDate: '' };
    const asked = c.req.query('bericht') ?? '';
    // Own keys only: `?bericht=constructor` must not find Object's members.
    const message = Object.hasOwn(MESSAGES, asked) ? MESSAGES[asked] : undefined;
    return c.html(await page(c, viewer, report, { form, message }));
  });

  routes.post('/toelichtingen/:code', async (c) => {
    const { viewer, report } = await explainable(c);
    const { store, now } = c.get('portal');
    const fields = await readForm(c);
    const input = {
      theme: textField(fields, 'thema'),
      text: textField(fields, 'tekst'),
      endDate: textField(fields, 'einddatum'),
    };
    const today = isoDay(now());
    const themes = new Set(themesOf(report).map((tile) => tile.id));
    const checked = validateExplanation(input, { today, themes, settings: explanationSettings() });
    if (!checked.ok) {
      const form = { theme: input.theme, text: input.text, endDate: input.endDate };
      return c.html(await page(c, viewer, report, { form, errors: checked.errors }), 400);
    }
    const { theme, text, endDate } = checked.value;
    const code = report.municipality.code;
    const showing = (await listExplanations(store, code)).filter(
      (e) => e.theme === theme && explanationState(e, report, today) === 'shown',
    );
    await addExplanation(
      store,
      {
        municipality: code,
        theme,
        text,
        endDate,
        referenceDate: report.referenceDate,
        fingerprint: themeFingerprint(report, theme) ?? '',
        author: viewer.email,
        at: now(),
      },
      showing.map((e) => e.id),
    );
    await audit(store, {
      actor: viewer.email,
      action: 'toelichting toegevoegd',
      municipality: code,
      detail: `thema ${themeLabel(report, theme)}, tot en met ${endDate}`,
      at: now(),
    });
    return c.redirect(`${explanationsPath(code)}?bericht=opgeslagen`, 303);
  });

  routes.post('/toelichtingen/:code/:id/intrekken', async (c) => {
    const { viewer, report } = await explainable(c);
    const { store, now } = c.get('portal');
    const idText = c.req.param('id');
    if (!/^[1-9]\d{0,9}$/.test(idText)) return notFound(c);
    const code = report.municipality.code;
    const withdrawn = await withdrawExplanation(store, {
      id: Number(idText),
      municipality: code,
      by: viewer.email,
      at: now(),
    });
    // Another municipality's id, or one already withdrawn: nothing to withdraw here.
    if (!withdrawn) return notFound(c);
    await audit(store, {
      actor: viewer.email,
      action: 'toelichting ingetrokken',
      municipality: code,
      detail: `thema ${themeLabel(report, withdrawn.theme)}`,
      at: now(),
    });
    return c.redirect(`${explanationsPath(code)}?bericht=ingetrokken`, 303);
  });

  return routes;
}

/** The viewer and the latest monitor of the code in the path, or the 404 page. */
async function explainable(c: PortalContext): Promise<{ viewer: Viewer; report: Report }> {
  const viewer = requireViewer(c);
  const code = c.req.param('code') ?? '';
  if (!/^GM\d{4}$/.test(code) || !canSeeMunicipality(viewer, code)) notFound(c);
  const { store, help } = c.get('portal');
  const [latest] = await referenceDates(store);
  if (latest === undefined) notFound(c);
  try {
    return { viewer, report: await monitorFor(store, code, latest, help) };
  } catch (error) {
    if (error instanceof UnknownMunicipalityError) notFound(c);
    throw error;
  }
}

async function page(
  c: PortalContext,
  viewer: Viewer,
  report: Report,
  extra: {
    form: { theme: string; text: string; endDate: string };
    errors?: FieldErrors;
    message?: string | undefined;
  },
): Promise<string> {
  const { store, now } = c.get('portal');
  const today = isoDay(now());
  const settings = explanationSettings();
  const entries = (await listExplanations(store, report.municipality.code)).map((explanation) => ({
    explanation,
    state: explanationState(explanation, report, today),
  }));
  return explanationsPage({
    viewer,
    report,
    entries,
    settings,
    endDateRange: { min: today, max: addDays(today, settings.maxDaysAhead) },
    ...extra,
  });
}

function themeLabel(report: Report, theme: string): string {
  const tile = findTheme(report, theme);
  return tile ? `${tile.section} ${tile.label}` : theme;
}
