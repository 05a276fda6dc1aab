/**
 * The monitor pages and downloads: `/gemeente/<code>` (latest) and `/gemeente/<code>/<date>`,
 * each also as `.pdf`, `.json` and `.csv`. Access is checked before anything is computed; a
 * municipality the viewer may not see answers exactly like one that does not exist (404).
 */
import { Hono } from 'hono';
import { UnknownMunicipalityError } from '../../engine/index.ts';
import { withStoredExplanations } from '../../explanations/apply.ts';
import { isoDay } from '../../explanations/validate.ts';
import { renderReportCsv } from '../../report/csv.ts';
import { renderReportHtml } from '../../report/html/index.tsx';
import type { Report } from '../../report/model.ts';
import { ChromiumMissingError } from '../../report/pdf.ts';
import { municipalityNames } from '../access.ts';
import { audit } from '../audit.ts';
import {
  canSeeMunicipality,
  notFound,
  type PortalContext,
  type PortalEnv,
  refusal,
  requireViewer,
  type Viewer,
} from '../context.ts';
import { contentSecurityPolicy } from '../csp.ts';
import { reportBody } from '../monitor-cache.ts';
import { choosePage, invitationsPage, monitorPage, noMonitorPage } from '../pages/monitor.tsx';
import { listSessions } from '../regional.ts';
import { monitorFor, referenceDates } from '../reports.ts';

type Format = 'html' | 'pdf' | 'json' | 'csv';

const CONTENT_TYPES: Record<Exclude<Format, 'html'>, string> = {
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export function monitorRoutes(): Hono<PortalEnv> {
  const routes = new Hono<PortalEnv>();

  routes.get('/', async (c) => {
    const viewer = requireViewer(c);
    if (viewer.seesAll) return c.redirect('/team', 302);
    const [only] = viewer.municipalities;
    if (viewer.municipalities.length === 1 && only) return c.redirect(`/gemeente/${only}`, 302);
    if (viewer.municipalities.length === 0) {
      const invited = (await listSessions(c.get('portal').store)).filter(
        (session) => session.status === 'open' && session.invites.includes(viewer.email),
      );
      return c.html(invitationsPage({ viewer, sessions: invited }));
    }
    const names = await municipalityNames(c.get('portal').store, viewer.municipalities);
    const municipalities = viewer.municipalities.map((code) => ({
      code,
      name: names.get(code) ?? code,
    }));
    return c.html(choosePage({ viewer, municipalities }));
  });

  routes.get('/gemeente/:file', (c) => {
    const { stem, format } = splitFormat(c.req.param('file'));
    return serveMonitor(c, stem, null, format);
  });

  routes.get('/gemeente/:code/:file', (c) => {
    const { stem, format } = splitFormat(c.req.param('file'));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(stem)) return notFound(c);
    return serveMonitor(c, c.req.param('code'), stem, format);
  });

  return routes;
}

async function serveMonitor(
  c: PortalContext,
  codeText: string,
  date: string | null,
  format: Format,
): Promise<Response> {
  const viewer = requireViewer(c);
  const code = canonicalCode(codeText);
  if (!code) return notFound(c);
  if (code !== codeText) {
    const suffix = `${date ? `/${date}` : ''}${format === 'html' ? '' : `.${format}`}`;
    return c.redirect(`/gemeente/${code}${suffix}`, 301);
  }
  if (!canSeeMunicipality(viewer, code)) return notFound(c);
  const { store } = c.get('portal');
  const dates = await referenceDates(store);
  if (date === null && dates.length === 0) return c.html(noMonitorPage(viewer), 404);
  const referenceDate = date ?? dates[0];
  if (referenceDate === undefined || !dates.includes(referenceDate)) return notFound(c);
  const report = await reportOrNull(c, code, referenceDate);
  if (!report) return notFound(c);
  await logAccess(c, viewer, report, format);
  if (format === 'html') {
    const basePath = `/gemeente/${code}${date ? `/${date}` : ''}`;
    const body = reportBody(report);
    const page = monitorPage({ report, viewer, dates, basePath, body: body.html });
    // The page around the report has no style attributes of its own; the report's are hashed.
    c.header('content-security-policy', contentSecurityPolicy(body.styleHashes));
    return c.html(page);
  }
  return download(c, report, format);
}

async function reportOrNull(c: PortalContext, code: string, date: string): Promise<Report | null> {
  const { store, help, now } = c.get('portal');
  try {
    // Explanations are applied to archived monitors too: they hold while the figures do.
    return await withStoredExplanations(
      store,
      await monitorFor(store, code, date, help),
      isoDay(now()),
    );
  } catch (error) {
    if (error instanceof UnknownMunicipalityError) return null;
    throw error;
  }
}

async function download(c: PortalContext, report: Report, format: Exclude<Format, 'html'>) {
  const content =
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'csv'
        ? renderReportCsv(report)
        : new Uint8Array(await printPdf(c, report));
  const name = `${report.municipality.code}-${report.referenceDate}.${format}`;
  c.header('content-type', CONTENT_TYPES[format]);
  c.header('content-disposition', `attachment; filename="${name}"`);
  return c.body(content);
}

/** The PDF; without a browser on the server a Dutch 503 page says what else there is. */
async function printPdf(c: PortalContext, report: Report): Promise<Buffer> {
  try {
    return await c.get('portal').printer.print(renderReportHtml(report));
  } catch (error) {
    if (!(error instanceof ChromiumMissingError)) throw error;
    console.error(`portal: no PDF: ${error.message}`);
    throw refusal(
      c,
      503,
      'PDF niet beschikbaar',
      'De PDF kan nu niet worden gemaakt. Bekijk de monitor op de pagina, of download de CSV of JSON.',
    );
  }
}

async function logAccess(c: PortalContext, viewer: Viewer, report: Report, format: Format) {
  const runtime = c.get('portal');
  await audit(runtime.store, {
    actor: viewer.email,
    action: format === 'html' ? 'monitor bekeken' : 'monitor gedownload',
    municipality: report.municipality.code,
    detail:
      format === 'html'
        ? `peildatum ${report.referenceDate}`
        : `${format.toUpperCase()}, peildatum ${report.referenceDate}`,
    at: runtime.now(),
  });
}

/** `GM0441`, `gm0441`, `0441` and `441` all name GM0441; anything else is no code. */
function canonicalCode(text: string): string | null {
  const match = /^(?:GM)?(\d{1,4})$/i.exec(text);
  return match?.[1] ? `GM${match[1].padStart(4, '0')}` : null;
}

function splitFormat(file: string): { stem: string; format: Format } {
  const match = /^(.*)\.(pdf|json|csv)$/.exec(file);
  if (!match?.[1]) return { stem: file, format: 'html' };
  return { stem: match[1], format: match[2] as Format };
}
