/**
 * API calls in the audit log, like page views and downloads: who, which municipality, which
 * format and reference date, and through which token when one was used.
 */

import type { Context } from 'hono';
import { audit } from '../portal/audit.ts';
import type { Report } from '../report/model.ts';
import type { ApiEnv } from './caller.ts';

export async function logApiCall(
  c: Context<ApiEnv>,
  action: string,
  report: Report | null,
  format: string,
): Promise<void> {
  const { store, now } = c.get('portal');
  const token = c.get('apiToken');
  const details = [report ? `${format}, peildatum ${report.referenceDate}` : format];
  if (token) details.push(`token "${token.name}"`);
  await audit(store, {
    actor: c.get('viewer')?.email ?? null,
    action,
    municipality: report?.municipality.code ?? null,
    detail: details.join(', '),
    at: now(),
  });
}
