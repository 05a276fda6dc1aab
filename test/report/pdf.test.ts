import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import {
  ChromiumMissingError,
  footerTemplate,
  openPdfPrinter,
  type PdfPrinter,
} from '../../src/report/pdf.ts';
import {
  HOSTILE,
  hostileReport,
  longTableReport,
  schagenReport,
} from '../fixtures/report-schagen.ts';

const ARTIFACTS = 'test-artifacts';
const report = schagenReport();

let printer: PdfPrinter;
let schagenPdf: string;

function tool(name: string, ...args: string[]): string {
  return execFileSync(name, args, { encoding: 'utf8' });
}

async function printTo(fileName: string, html: string): Promise<string> {
  const path = join(ARTIFACTS, fileName);
  writeFileSync(path, await printer.print(html));
  return path;
}

/** pdftotext pages (split on form feed), whitespace kept as laid out. */
function layoutPages(path: string): string[] {
  return tool('pdftotext', '-layout', path, '-').split('\f');
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  printer = await openPdfPrinter();
  schagenPdf = await printTo('report-schagen.pdf', renderReportHtml(report));
});

afterAll(async () => {
  await printer?.close();
});

describe('PDF of the Schagen report', () => {
  it('is an A4 PDF of several pages, tagged', () => {
    const info = tool('pdfinfo', schagenPdf);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 842\.\d+ pts \(A4\)/);
    expect(Number(info.match(/Pages:\s+(\d+)/)?.[1])).toBeGreaterThan(1);
    expect(info).toMatch(/Tagged:\s+yes/);
  });

  it('starts with %PDF', () => {
    const head = execFileSync('head', ['-c', '5', schagenPdf], { encoding: 'latin1' });
    expect(head).toBe('%PDF-');
  });

  it('embeds every font', () => {
    const lines = tool('pdffonts', schagenPdf).trim().split('\n').slice(2);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      // Columns from the right: emb sub uni object-id generation.
      const emb = line.trim().split(/\s+/).at(-5);
      expect(emb, line).toBe('yes');
    }
  });

  it('has a footer with page numbers, municipality and reference date', () => {
    const pages = layoutPages(schagenPdf);
    expect(pages[0]).toMatch(/Pagina 1 van \d+/);
    expect(pages[0]).toContain('Schagen · peildatum 23-1-2017');
    expect(pages[1]).toMatch(/Pagina 2 van \d+/);
  });

  it('contains every cell of every table, and each 2.2 row on one line', () => {
    // -raw keeps the content stream's order, so a cell wrapped over two lines stays together.
    const flowing = tool('pdftotext', '-raw', schagenPdf, '-').replace(/\s+/g, ' ');
    for (const table of report.sections.flatMap((section) => section.tables)) {
      for (const row of table.rows) {
        for (const cell of row) expect(flowing.includes(cell), `${table.id}: ${cell}`).toBe(true);
      }
    }
    const laidOut = layoutPages(schagenPdf).join('\n');
    const duplicates = report.sections.find((s) => s.id === '2.2')?.tables[0]?.rows ?? [];
    expect(duplicates).toHaveLength(26);
    for (const row of duplicates) {
      const pattern = row.map((cell) => cell.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
      expect(new RegExp(pattern).test(laidOut), row.join(' | ')).toBe(true);
    }
  });

  it('saves page 1 as a PNG for people to look at', () => {
    const prefix = join(ARTIFACTS, 'report-schagen-page');
    tool('pdftoppm', '-r', '80', '-f', '1', '-l', '1', '-png', schagenPdf, prefix);
    const png = `${prefix}-01.png`;
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });
});

describe('PDF tables across pages', () => {
  it('repeats the header of a 60-row table on the next page, splitting no row', async () => {
    const path = await printTo('report-long-table.pdf', renderReportHtml(longTableReport(60)));
    const pages = layoutPages(path);
    const withRows = pages.filter((page) => page.includes('Referentiecomponent nummer'));
    expect(withRows.length).toBeGreaterThanOrEqual(2);
    for (const page of withRows) {
      // The column labels wrap, so their first words share one line.
      expect(page).toMatch(/^\s*Referentiecomponent\s+Aantal\s+Gemiddelde\s*$/m);
      expect(page).toMatch(/^\s*pakketversies\s+gemeenten met\s*$/m);
    }
    const all = withRows.join('\n');
    for (let n = 1; n <= 60; n++) {
      expect(
        all.match(new RegExp(`Referentiecomponent nummer ${n}\\s`, 'g')),
        `row ${n}`,
      ).toHaveLength(1);
    }
  });
});

describe('PDF printer', () => {
  it('prints several reports with one browser, escaping hostile names in the footer', async () => {
    const path = await printTo('report-hostile.pdf', renderReportHtml(hostileReport()));
    const text = tool('pdftotext', '-layout', path, '-');
    expect(text).toContain(`${HOSTILE} · peildatum 23-1-2017`);
    expect(text).toContain(`Gemeente ${HOSTILE}`);
  });

  it('escapes the footer texts it is given', () => {
    const footer = footerTemplate({ municipality: '<b>"A&B"</b>', referenceDateText: '1-1-2017' });
    expect(footer).toContain('&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;');
    expect(footer).toContain('<span class="pageNumber"></span>');
  });

  it('says which package to install when Chromium is missing', async () => {
    const attempt = openPdfPrinter({ executablePath: '/nonexistent/chromium' });
    await expect(attempt).rejects.toBeInstanceOf(ChromiumMissingError);
    await expect(attempt).rejects.toThrow(/apt-get install chromium/);
  });
});

describe('one printer for many reports', () => {
  /** The pages' text of a printed document, without layout. */
  function textOf(pdf: Buffer, name: string): string {
    const path = join(ARTIFACTS, name);
    writeFileSync(path, pdf);
    return tool('pdftotext', path, '-');
  }
  const page = (marker: string, paragraphs: number) =>
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${marker}</title></head>` +
    `<body>${`<p>${marker}</p>`.repeat(paragraphs)}</body></html>`;

  it('prints each document alone, one after another and at the same time', async () => {
    const documents = ['Alfadorp', 'Betastad', 'Gammaveen', 'Deltahoorn'].map((marker, i) => ({
      marker,
      // A long one next to short ones: a page used again must not keep the longer document.
      html: page(marker, i === 0 ? 400 : 3),
    }));
    const inTurn: Buffer[] = [];
    for (const { html } of documents) inTurn.push(await printer.print(html));
    const together = await Promise.all(documents.map(({ html }) => printer.print(html)));
    for (const [index, pdf] of [...inTurn, ...together].entries()) {
      const { marker } = documents[index % documents.length] as { marker: string };
      const text = textOf(pdf, `pool-${index}.pdf`);
      expect(text).toContain(marker);
      for (const other of documents.filter((d) => d.marker !== marker)) {
        expect(text).not.toContain(other.marker);
      }
    }
    expect(tool('pdfinfo', join(ARTIFACTS, 'pool-1.pdf'))).toMatch(/Pages:\s+1\n/);
  });
});
