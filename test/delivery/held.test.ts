/**
 * Failing closed: a municipality whose monitor cannot be rendered, or is incomplete, gets no
 * mail and no archive entry; it is recorded as held and the team list gets one mail about it;
 * the other municipalities are sent as usual.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findArchived } from '../../src/delivery/archive.ts';
import { listHeld } from '../../src/delivery/log.ts';
import { createTransport } from '../../src/delivery/mail.ts';
import { type ProduceResult, produceQuarter } from '../../src/delivery/produce.ts';
import { engineAt, openRenderer, reportProblem } from '../../src/delivery/render.ts';
import { addSubscriber } from '../../src/delivery/subscribers.ts';
import { listAudit } from '../../src/portal/audit.ts';
import { addTeamMember } from '../../src/portal/team-list.ts';
import { openGoldenTestStore, type TestStore } from '../helpers/test-store.ts';
import { recipientsOf, startSmtp, type TestSmtp } from './helpers.ts';

describe('a monitor with a broken section', () => {
  let test: TestStore;
  let smtp: TestSmtp;
  let result: ProduceResult;

  beforeAll(async () => {
    test = await openGoldenTestStore();
    smtp = await startSmtp();
    await addSubscriber(test.store, 'GM0441', 'medewerker@schagen.nl', 'request');
    await addSubscriber(test.store, 'GM0003', 'ict@appingedam.nl', 'request');
    await addTeamMember(test.store, 'monitorteam@voorbeeld.nl', 'team');
    await addTeamMember(test.store, 'beheer@voorbeeld.nl', 'admin');
    const real = await openRenderer();
    const transport = await createTransport({ MDD_SMTP_URL: smtp.url });
    try {
      result = await produceQuarter(
        {
          store: test.store,
          transport,
          baseUrl: 'http://portaal.test',
          retry: { attempts: 2, delaysMs: [1] },
          // The seam: Appingedam's charts fail to render, everyone else's render for real.
          render: async (report) => {
            if (report.municipality.code === 'GM0003') {
              throw new Error('grafiek 2.1 kon niet worden gemaakt');
            }
            return real.render(report);
          },
        },
        '2017Q1',
      );
    } finally {
      transport.close();
      await real.close();
    }
  }, 120_000);

  afterAll(async () => {
    await smtp.close();
    await test.close();
  });

  it('sends nothing for the broken municipality and goes on with the others', async () => {
    const byCode = Object.fromEntries(result.municipalities.map((m) => [m.code, m]));
    expect(byCode.GM0003?.status).toBe('held');
    expect(byCode.GM0003?.reason).toBe('opmaken mislukt: grafiek 2.1 kon niet worden gemaakt');
    expect(byCode.GM0441?.status).toBe('made');
    const monitorMails = smtp.mails.filter((m) => m.subject?.startsWith('Monitor Doelgerichte'));
    expect(recipientsOf(monitorMails)).toEqual(['medewerker@schagen.nl']);
    expect(await findArchived(test.store, 'GM0003', '2017Q1')).toBeNull();
  });

  it('records the held monitor for the team page and the audit log', async () => {
    const held = await listHeld(test.store);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ municipality: 'GM0003', quarter: '2017Q1' });
    const audit = await listAudit(test.store);
    expect(
      audit.some((e) => e.action === 'monitor tegengehouden' && e.municipality === 'GM0003'),
    ).toBe(true);
  });

  it('mails the team list once about it', () => {
    const teamMails = smtp.mails.filter((m) => m.subject?.includes('tegengehouden'));
    expect(teamMails).toHaveLength(1);
    expect(recipientsOf(teamMails).sort()).toEqual([
      'beheer@voorbeeld.nl',
      'monitorteam@voorbeeld.nl',
    ]);
    expect(teamMails[0]?.subject).toBe('Monitor 2017Q1: 1 monitor tegengehouden');
    expect(teamMails[0]?.text).toContain('- GM0003: opmaken mislukt: grafiek 2.1');
    expect(teamMails[0]?.text).toContain('http://portaal.test/team/levering');
  });
});

describe('the completeness check', () => {
  it('passes a full monitor and names a missing or empty section', async () => {
    const test = await openGoldenTestStore();
    try {
      const report = (await engineAt(test.store, '2017-01-23')).report('GM0441');
      expect(reportProblem(report)).toBeNull();
      const without = { ...report, sections: report.sections.filter((s) => s.id !== '2.3') };
      expect(reportProblem(without)).toBe('paragraaf 2.3 ontbreekt');
      const emptied = {
        ...report,
        sections: report.sections.map((s) =>
          s.id === '3.1' ? { ...s, figures: [], tables: [] } : s,
        ),
      };
      expect(reportProblem(emptied)).toBe('paragraaf 3.1 is leeg');
      const fewer = { ...report, summary: report.summary.slice(1) };
      expect(reportProblem(fewer)).toMatch(/^de samenvatting heeft \d+ in plaats van 16/);
    } finally {
      await test.close();
    }
  }, 60_000);
});
