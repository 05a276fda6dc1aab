/**
 * What each job carries. Every job names its run, so a waiting command can tell when all of
 * its run's jobs (including mails queued by monitor jobs) are done.
 */
import type { ReportFormat } from '../cli/arguments.ts';

export interface MonitorJob {
  run: string;
  quarter: string;
  referenceDate: string;
  code: string;
  /** When the run began (ISO); a hold recorded since then belongs to this run. */
  since: string;
}

export interface MailJob {
  run: string;
  quarter: string;
  code: string;
  deliveryId: number;
}

export interface ReportJob {
  run: string;
  referenceDate: string;
  code: string;
  formats: ReportFormat[];
  /** Absolute: every worker writes to the same (shared) folder. */
  outDir: string;
}

/** What a monitor job leaves as its output. */
export interface MonitorOutput {
  status: 'made' | 'reused' | 'held';
  reason: string | null;
}

/** What a mail job leaves as its output; null when the row was already done. */
export interface MailOutput {
  email: string;
  outcome: 'sent' | 'refused' | 'failed';
  attempts: number;
  detail: string | null;
}

/** What a report job leaves: where the time went, for `npm run bench`. */
export interface ReportOutput {
  /** The municipality's name and the files written, for the run's progress lines. */
  name: string;
  files: string[];
  /** Building the engine (tables from the store, national figures); 0 when cached. */
  engineMs: number;
  computeMs: number;
  htmlMs: number;
  pdfMs: number;
  writeMs: number;
  pid: number;
}
