/**
 * The proof of issue 5: for Schagen (GM0441) on the golden delivery, every figure the API
 * gives reads digit for digit as in the PDF the portal prints (real Chromium, read back with
 * pdftotext), in the figure's own section, and as in the original 2017 report.
 */
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FiguresAnswer } from '../../src/api/schemas.ts';
import { readExpected } from '../helpers/golden.ts';
import { makePortal, signIn, type TestPortal } from '../portal/helpers.ts';
import { apiGet } from './helpers.ts';

let portal: TestPortal;
let folder: string;
let answer: FiguresAnswer;
let pdfText: string;

beforeAll(async () => {
  portal = await makePortal();
  folder = await mkdtemp(join(tmpdir(), 'mdd-api-proof-'));
  const staff = { cookie: (await signIn(portal, 'someone@schagen.nl')).cookie };
  const figures = await apiGet(portal, '/api/v1/gemeenten/GM0441/cijfers', staff);
  expect(figures.status).toBe(200);
  answer = (await figures.json()) as FiguresAnswer;
  const pdf = await apiGet(portal, '/gemeente/GM0441.pdf', staff);
  expect(pdf.headers.get('content-type')).toBe('application/pdf');
  const path = join(folder, 'GM0441.pdf');
  await writeFile(path, Buffer.from(await pdf.arrayBuffer()));
  pdfText = execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' });
}, 120_000);

afterAll(async () => {
  await portal.close();
  await rm(folder, { recursive: true, force: true });
});

/** The text of one section: from its heading to the next section's or appendix's heading. */
function sectionText(section: string): string {
  const headings = [...pdfText.matchAll(/^\s*(\d\.\d) \S|^Bijlage 1:/gm)];
  const start = headings.findIndex((m) => m[1] === section);
  expect(start, `heading ${section}`).toBeGreaterThanOrEqual(0);
  return pdfText.slice(headings[start]?.index, headings[start + 1]?.index).replace(/\s+/g, ' ');
}

/** Characters allowed between one needle and the next (a comparison label, say). */
const NEAR = 80;

/**
 * Finds the first needle (a label) somewhere, and each next needle as a whole word (`6` is
 * not found in `68%`) close after the previous one; tries every place the label occurs (it is
 * also a heading). Returns the first needle not found so, or null.
 */
function missingInOrder(haystack: string, needles: string[]): string | null {
  const [label, ...rest] = needles;
  if (label === undefined) return null;
  let missing: string | null = label;
  for (let at = haystack.indexOf(label); at >= 0; at = haystack.indexOf(label, at + 1)) {
    missing = missingAfter(haystack, rest, at + label.length);
    if (missing === null) return null;
  }
  return missing;
}

function missingAfter(haystack: string, needles: string[], start: number): string | null {
  let position = start;
  for (const needle of needles) {
    const found = wordAt(haystack, needle, position, NEAR);
    if (found < 0) return needle;
    position = found + needle.length;
  }
  return null;
}

function wordAt(haystack: string, needle: string, from: number, window: number): number {
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (at - from > window) return -1;
    const before = haystack[at - 1] ?? ' ';
    const after = haystack[at + needle.length] ?? ' ';
    if (/[\s(]/.test(before) && /[\s),.;:]/.test(after)) return at;
  }
  return -1;
}

describe('API figures against the PDF, Schagen on the golden delivery', () => {
  it('is the golden monitor', () => {
    expect(answer.municipality).toEqual({ code: 'GM0441', name: 'Schagen' });
    expect(answer.referenceDate).toBe('2017-01-23');
    expect(answer.figures.length).toBeGreaterThan(20);
  });

  it("finds each figure's label, value, comparison and rating close together in its section", () => {
    for (const figure of answer.figures) {
      const needles = [figure.label, figure.value];
      if (figure.comparison) needles.push(figure.comparison.value);
      if (figure.ratingText !== null && figure.id !== 'sterren') needles.push(figure.ratingText);
      const missing = missingInOrder(sectionText(figure.section), needles);
      expect([figure.id, missing]).toEqual([figure.id, null]);
    }
  });

  it('gives the values of the original 2017 report, digit for digit', () => {
    const byId = new Map(answer.figures.map((figure) => [figure.id, figure]));
    const expected = readExpected().figures;
    expect(expected.length).toBeGreaterThan(20);
    for (const want of expected) {
      const got = byId.get(want.id);
      expect([want.id, got?.section, got?.value, got?.comparison?.value ?? null]).toEqual([
        want.id,
        want.section,
        want.value,
        want.comparison,
      ]);
    }
  });

  it('would notice any value that differs in its last digit', () => {
    // The star score reads `4 van 5 sterren`: a 5 stands beside it by design.
    const numeric = answer.figures.filter((f) => /\d/.test(f.value) && f.id !== 'sterren');
    expect(numeric.length).toBeGreaterThan(10);
    for (const figure of numeric) {
      const changed = figure.value.replace(/\d(?!.*\d)/, (d) => String((Number(d) + 1) % 10));
      const section = sectionText(figure.section);
      expect([figure.id, missingInOrder(section, [figure.label, changed])]).toEqual([
        figure.id,
        changed,
      ]);
    }
  });
});
