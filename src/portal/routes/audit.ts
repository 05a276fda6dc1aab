/**
 * `/beheer/audit`: the audit log for administrators, filtered by action and municipality and
 * read a page at a time, newest first.
 */
import { Hono } from 'hono';
import type { SelectQueryBuilder } from 'kysely';
import { parseMunicipalityCode } from '../../sources/parse.ts';
import type { Database } from '../../store/schema.ts';
import type { AuditRecord } from '../audit.ts';
import { type PortalEnv, requireRole } from '../context.ts';
import { type AuditFilter, auditPage } from '../pages/audit.tsx';

export const auditRoutes = new Hono<PortalEnv>();

const PAGE_SIZE = 50;

auditRoutes.get('/beheer/audit', async (c) => {
  const viewer = requireRole(c, 'admin');
  const { store } = c.get('portal');
  const filter = parseFilter(c.req.query());

  const filtered = <O>(query: SelectQueryBuilder<Database, 'audit_log', O>) => {
    let q = query;
    if (filter.action !== null) q = q.where('action', '=', filter.action);
    if (filter.municipality !== null) q = q.where('municipality', '=', filter.municipality);
    return q;
  };
  const count = await filtered(
    store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll().as('n')),
  ).executeTakeFirst();
  const rows = await filtered(store.db.selectFrom('audit_log').selectAll())
    .orderBy('id', 'desc')
    .limit(PAGE_SIZE)
    .offset((filter.page - 1) * PAGE_SIZE)
    .execute();
  const actions = await store.db
    .selectFrom('audit_log')
    .select('action')
    .distinct()
    .orderBy('action')
    .execute();

  const entries: AuditRecord[] = rows.map((row) => ({ ...row, id: Number(row.id) }));
  return c.html(
    auditPage({
      viewer,
      entries,
      actions: actions.map((a) => a.action),
      filter,
      total: Number(count?.n ?? 0),
      pageSize: PAGE_SIZE,
    }),
  );
});

/** Reads the query leniently: an unknown page is the first, a bad code no filter. */
function parseFilter(query: Record<string, string>): AuditFilter {
  const page = Number(query.pagina);
  const code = query.gemeente ? parseMunicipalityCode(query.gemeente) : null;
  return {
    action: query.actie ? query.actie.slice(0, 100) : null,
    municipality: code ?? (query.gemeente ? query.gemeente.trim().slice(0, 20) : null),
    page: Number.isInteger(page) && page >= 1 && page <= 1_000_000 ? page : 1,
  };
}
