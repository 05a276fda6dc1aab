/**
 * The CSV exports carry every value exactly as the monitor shows it: the same cells as the
 * monitor's own CSV download and the model's shown texts, never a number rounded anew; the
 * team's national file holds each municipality's rows as its own file has them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/model.ts';
import { addTeamMember, makePortal, signIn, type TestPortal } from '../portal/helpers.ts';
import { apiGet, type Credentials, makeToken } from './helpers.ts';

/** The monitor download's figure columns (with the change since the previous quarter). */
const MONITOR_COLUMNS = 15;

let portal: TestPortal;
let staff: Credentials;
let team: Credentials;

beforeAll(async () => {
  portal = await makePortal();
  await addTeamMember(portal, 'team@monitorteam.example', 'team');
  staff = { cookie: (await signIn(portal, 'someone@schagen.nl')).cookie };
  team = {
    token: await makeToken(portal, await signIn(portal, 'team@monitorteam.example'), 'csv'),
  };
});

afterAll(async () => {
  await portal.close();
});

async function csvLines(path: string, as: Credentials): Promise<string[]> {
  const response = await apiGet(portal, path, as);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
  expect(text.startsWith('\uFEFFgemeentecode;gemeente;peildatum;sectie;id;')).toBe(true);
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(1, -2).split('\r\n');
}

/** Splits a line of our CSV (quoted cells may hold `;`). */
function cells(line: string): string[] {
  const found: string[] = [];
  let rest = line;
  for (;;) {
    const match = /^("(?:[^"]|"")*"|[^;"]*)(;|$)/.exec(rest);
    if (!match) throw new Error(`not a CSV line: ${line}`);
    const cell = match[1] ?? '';
    found.push(cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell);
    if (match[2] === '') return found;
    rest = rest.slice(match[0].length);
  }
}

describe("Schagen's figures as CSV", () => {
  it('has the same cells as the monitor download, plus the exact numerator and denominator', async () => {
    const api = await csvLines('/api/v1/gemeenten/GM0441/cijfers.csv', staff);
    const monitor = await csvLines('/gemeente/GM0441.csv', staff);
    const monitorFigures = monitor.slice(0, monitor.indexOf(''));
    expect(api).toHaveLength(monitorFigures.length);
    expect(api.length).toBeGreaterThan(20);
    api.forEach((line, i) => {
      expect(cells(line).slice(0, MONITOR_COLUMNS)).toEqual(cells(monitorFigures[i] ?? ''));
    });
    expect(cells(api[0] ?? '').slice(MONITOR_COLUMNS)).toEqual(['teller', 'noemer']);
  });

  it("shows each value as the model's shown text, beside the exact value it was rounded from", async () => {
    const response = await apiGet(portal, '/api/v1/gemeenten/GM0441/monitor', staff);
    const report = (await response.json()) as Report;
    const figures = report.sections.flatMap((s) => s.figures);
    const rows = new Map(
      (await csvLines('/api/v1/gemeenten/GM0441/cijfers.csv', staff))
        .slice(1)
        .map((line) => cells(line))
        .map((row) => [row[4], row]),
    );
    expect(rows.size).toBe(figures.length);
    for (const figure of figures) {
      const row = rows.get(figure.id);
      expect([figure.id, row?.[6]]).toEqual([figure.id, figure.value.text]);
      expect([figure.id, row?.[8]]).toEqual([figure.id, figure.comparison?.measure.text ?? '']);
      const exact = figure.value.exact;
      expect(row?.slice(MONITOR_COLUMNS)).toEqual(
        exact ? [String(exact.numerator), String(exact.denominator)] : ['', ''],
      );
    }
    // A value with decimals behind it reads rounded, as the monitor prints it.
    const maturity = rows.get('volwassenheid_burger');
    expect([
      ...(maturity?.slice(6, 11) ?? []),
      ...(maturity?.slice(MONITOR_COLUMNS) ?? []),
    ]).toEqual(['68%', 'Landelijk gemiddelde', '59%', 'In orde', '', '1298', '19']);
  });
});

describe('the national CSV for the team', () => {
  it("holds every municipality's figure rows as its own CSV does, under one header", async () => {
    const response = await apiGet(portal, '/api/v1/cijfers.csv?peildatum=2017-01-23', team);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="cijfers-2017-01-23.csv"',
    );
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(text.startsWith('\uFEFFgemeentecode;')).toBe(true);
    const national = text.slice(1, -2).split('\r\n');
    expect(national.filter((line) => line.startsWith('gemeentecode;'))).toHaveLength(1);
    const codes = new Set(national.slice(1).map((line) => line.slice(0, 6)));
    expect(codes.size).toBe(388);
    const own = await csvLines('/api/v1/gemeenten/GM0441/cijfers.csv', team);
    expect(national.filter((line) => line.startsWith('GM0441;'))).toEqual(own.slice(1));
    const other = await csvLines('/api/v1/gemeenten/GM0003/cijfers.csv', team);
    expect(national.filter((line) => line.startsWith('GM0003;'))).toEqual(other.slice(1));
  });
});
