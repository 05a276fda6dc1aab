/**
 * Caches for the monitor pages, so that a page view does not compute a monitor with its
 * history (about 20 ms) and render its HTML with the charts (about 30 ms) every time.
 *
 * - Monitors are kept per store under the municipality, the reference date, the help settings
 *   and the store's version: the count and newest id of the imports, the archived monitors and
 *   the methodology versions. Those tables are only ever inserted into, so any import, archived
 *   monitor or new methodology version, also by another process on the same store, changes the
 *   version, which is read again on every request (one small query).
 * - The report's HTML is kept under the sha256 of the model as JSON, so it is exactly what
 *   rendering that model gives, explanations included.
 *
 * Cached monitors are frozen: whoever changes one gets an error instead of changing what the
 * next viewer sees.
 */
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { renderReportHtml } from '../report/html/index.tsx';
import type { HelpEntry, Report } from '../report/model.ts';
import type { Store } from '../store/open.ts';
import { styleAttributeHashes } from './csp.ts';

/** Monitors kept per store, the least recently used going first. */
export const MAX_MONITORS = 200;
/** Rendered report bodies kept (each some hundreds of kB). */
export const MAX_BODIES = 64;

const monitors = new WeakMap<Store, Map<string, Promise<Report>>>();

/** Changes whenever an import, an archived monitor or a methodology version is added. */
export async function storeVersion(store: Store): Promise<string> {
  const { rows } = await sql<Record<string, unknown>>`
    select
      (select count(*) from imports) as imports,
      (select max(id) from imports) as newest,
      (select count(*) from monitor_archive) as archived,
      (select count(*) from methodology_versions) as versions
  `.execute(store.db);
  const row = rows[0] ?? {};
  return [row.imports, row.newest, row.archived, row.versions].map(String).join('/');
}

/**
 * The monitor `compute` makes for `code` at `referenceDate`, from the cache while the store's
 * version is the same. A failed computation is not kept.
 */
export async function cachedMonitor(
  store: Store,
  code: string,
  referenceDate: string,
  help: HelpEntry[] | undefined,
  compute: () => Promise<Report>,
): Promise<Report> {
  const key = [code, referenceDate, await storeVersion(store), JSON.stringify(help ?? null)].join(
    '|',
  );
  let cache = monitors.get(store);
  if (!cache) {
    cache = new Map();
    monitors.set(store, cache);
  }
  const found = cache.get(key);
  if (found) {
    cache.delete(key);
    cache.set(key, found);
    return found;
  }
  const computing = compute().then(deepFreeze);
  cache.set(key, computing);
  computing.catch(() => cache.delete(key));
  while (cache.size > MAX_MONITORS) {
    const oldest = cache.keys().next().value;
    if (oldest === undefined) break;
    cache.delete(oldest);
  }
  return computing;
}

export interface ReportBody {
  /** The report as `<main>`, for embedding in a portal page. */
  html: string;
  /** CSP hashes of its `style` attributes (the charts'). */
  styleHashes: string[];
}

const bodies = new Map<string, ReportBody>();

/** The report's HTML for a portal page, rendered once per distinct model. */
export function reportBody(report: Report): ReportBody {
  const key = createHash('sha256').update(JSON.stringify(report)).digest('base64');
  const found = bodies.get(key);
  if (found) {
    bodies.delete(key);
    bodies.set(key, found);
    return found;
  }
  const html = renderReportHtml(report, { standalone: false });
  const body = { html, styleHashes: styleAttributeHashes(html) };
  bodies.set(key, body);
  while (bodies.size > MAX_BODIES) {
    const oldest = bodies.keys().next().value;
    if (oldest === undefined) break;
    bodies.delete(oldest);
  }
  return body;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
