/**
 * What a worker does with each kind of job. Every handler may run again for the same job (a
 * killed worker's job is retried), so each one first looks at what is already done: the
 * archive is insert-only and reused, a mail row that is sent or refused is not sent again,
 * and report files are written under a temporary name and renamed.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type PgBoss from 'pg-boss';
import { archivedContent, findArchived, previousTiles } from '../delivery/archive.ts';
import { hold } from '../delivery/held.ts';
import { addPending, type DeliveryRecord, openDeliveries } from '../delivery/log.ts';
import { makeOrReuse } from '../delivery/produce.ts';
import { deliveryDb } from '../delivery/schema.ts';
import { type SendContext, sendDelivery } from '../delivery/send.ts';
import { listSubscribers } from '../delivery/subscribers.ts';
import { QUEUES } from './boss.ts';
import type { EngineCache } from './engines.ts';
import type {
  MailJob,
  MailOutput,
  MonitorJob,
  MonitorOutput,
  ReportJob,
  ReportOutput,
} from './jobs.ts';
import type { Printing } from './printing.ts';
import { sendJobs } from './run.ts';

export interface HandlerDeps {
  boss: PgBoss;
  context: SendContext;
  engines: EngineCache;
  printing: Printing;
}

export async function handleMonitor(deps: HandlerDeps, job: MonitorJob): Promise<MonitorOutput> {
  const { store, now, log } = deps.context;
  const { code, quarter, referenceDate } = job;
  log(`${code}: monitor wordt gemaakt (proces ${process.pid})`);
  const render = async (report: Parameters<Printing['html']>[0]) => {
    const html = await deps.printing.html(report);
    return { html, pdf: await deps.printing.pdf(html) };
  };
  const engine = async () => (await deps.engines.get(job.run, referenceDate)).engine;
  const made = await makeOrReuse(store, code, quarter, now, render, engine);
  if (made.status === 'held') {
    log(`${code}: tegengehouden (${made.reason})`);
    if (!(await heldInRun(deps, job))) {
      await hold(store, code, quarter, referenceDate, made.reason, now());
    }
    return { status: 'held', reason: made.reason };
  }
  log(`${code}: ${made.status === 'made' ? 'gemaakt en gearchiveerd' : 'uit het archief'}`);
  const emails = (await listSubscribers(store, code)).map((s) => s.email);
  await addPending(store, made.archived.id, emails, now());
  const open = await openDeliveries(store, made.archived.id, deps.context.retry.attempts);
  await sendJobs<MailJob>(
    deps.boss,
    QUEUES.mail,
    open.map((row) => ({
      data: { run: job.run, quarter, code, deliveryId: row.id },
      key: `${row.id}`,
    })),
  );
  return { status: made.status, reason: null };
}

/** A retried job whose first attempt already recorded the hold does not record it twice. */
async function heldInRun(deps: HandlerDeps, job: MonitorJob): Promise<boolean> {
  const row = await deliveryDb(deps.context.store)
    .selectFrom('held_monitors')
    .select('id')
    .where('municipality_code', '=', job.code)
    .where('quarter', '=', job.quarter)
    .where('created_at', '>=', job.since)
    .executeTakeFirst();
  return row !== undefined;
}

export async function handleMail(deps: HandlerDeps, job: MailJob): Promise<MailOutput | null> {
  const { context } = deps;
  const row = await deliveryRow(deps, job.deliveryId);
  if (!row || !isOpen(row, context.retry.attempts)) return null;
  const archived = await findArchived(context.store, job.code, job.quarter);
  if (!archived) throw new Error(`no archived monitor for ${job.code} ${job.quarter}`);
  const content = await archivedContent(context.store, archived.id);
  const previous = await previousTiles(context.store, job.code, job.quarter);
  context.log(`${job.code}: e-mail aan ${row.email} (proces ${process.pid})`);
  return sendDelivery(context, archived, row, content, previous);
}

function isOpen(row: DeliveryRecord, maxAttempts: number): boolean {
  return row.status === 'pending' || (row.status === 'failed' && row.attempts < maxAttempts);
}

async function deliveryRow(deps: HandlerDeps, id: number): Promise<DeliveryRecord | null> {
  const row = await deliveryDb(deps.context.store)
    .selectFrom('mail_deliveries')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: Number(row.id),
    archiveId: Number(row.archive_id),
    email: row.email,
    status: row.status,
    attempts: Number(row.attempts),
    lastError: row.last_error,
    updatedAt: row.updated_at,
  };
}

export async function handleReport(deps: HandlerDeps, job: ReportJob): Promise<ReportOutput> {
  let mark = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return ms;
  };
  const { engine, builtMs } = await deps.engines.get(job.run, job.referenceDate);
  lap();
  const report = engine.report(job.code);
  const computeMs = lap();
  const needsHtml = job.formats.includes('html') || job.formats.includes('pdf');
  const html = needsHtml ? await deps.printing.html(report) : '';
  const htmlMs = lap();
  const pdf = job.formats.includes('pdf') ? await deps.printing.pdf(html) : null;
  const pdfMs = lap();
  await mkdir(job.outDir, { recursive: true });
  const base = join(job.outDir, `${job.code}-${job.referenceDate}`);
  const files: string[] = [];
  for (const format of job.formats) {
    const content =
      format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : format === 'html' ? html : pdf;
    if (content === null) continue;
    // Renamed into place: a killed worker leaves a temporary file, never half a report.
    const temporary = `${base}.${format}.${process.pid}.tmp`;
    await writeFile(temporary, content);
    await rename(temporary, `${base}.${format}`);
    files.push(`${base}.${format}`);
  }
  return {
    name: report.municipality.name,
    files,
    engineMs: builtMs,
    computeMs,
    htmlMs,
    pdfMs,
    writeMs: lap(),
    pid: process.pid,
  };
}
