/**
 * The report as one HTML5 document: cover, summary, introduction, the sections 1.1 to 3.5
 * grouped in their three parts, and the appendices. The stylesheet is inlined (read once at
 * module load); the page loads nothing and runs no script, so the same HTML serves the
 * browser and the PDF printer.
 */
import { readFileSync } from 'node:fs';
import { raw } from 'hono/html';
import type { Report, Section } from '../model.ts';
import { AppendicesView } from './appendices.tsx';
import { CoverView, IntroView } from './cover.tsx';
import { SectionView } from './section.tsx';
import { SummaryView } from './summary.tsx';
import { PART_TITLES, type PartId, REPORT_TITLE } from './texts.ts';
import { HistoryNotes } from './trend.tsx';

const STYLESHEET = readFileSync(new URL('./report.css', import.meta.url), 'utf8');
if (/<\/style/i.test(STYLESHEET))
  throw new Error('report.css must not contain a closing style tag');

export interface RenderOptions {
  /**
   * true (default): a complete HTML5 document with the stylesheet inlined, for a file, an
   * e-mail or the PDF printer. false: only the report's `<main>` element, for a page that has
   * its own `<head>` and includes `REPORT_STYLESHEET` itself.
   */
  standalone?: boolean;
}

/** The report's stylesheet (screen and A4 print), for pages that embed the report. */
export const REPORT_STYLESHEET = STYLESHEET;

function partOf(section: Section): PartId {
  return section.id.charAt(0) as PartId;
}

function PartView(props: { part: PartId; sections: Section[]; report: Report }) {
  const { part, sections, report } = props;
  if (sections.length === 0) return null;
  const headingId = `h-deel-${part}`;
  return (
    <section class="part" id={`deel-${part}`} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {part}. {PART_TITLES[part]}
      </h2>
      {sections.map((section) => (
        <SectionView section={section} report={report} />
      ))}
    </section>
  );
}

function ReportMain(props: { report: Report }) {
  const { report } = props;
  const parts: PartId[] = ['1', '2', '3'];
  return (
    <main>
      <CoverView report={report} />
      <SummaryView report={report} />
      <IntroView report={report} />
      <HistoryNotes report={report} />
      {parts.map((part) => (
        <PartView
          part={part}
          sections={report.sections.filter((section) => partOf(section) === part)}
          report={report}
        />
      ))}
      <AppendicesView report={report} />
    </main>
  );
}

function Document(props: { report: Report }) {
  const { report } = props;
  const title = `${REPORT_TITLE} – ${report.municipality.name} – ${report.referenceDateText}`;
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="mdd-municipality" content={report.municipality.name} />
        <meta name="mdd-reference-date" content={report.referenceDateText} />
        <style>{raw(STYLESHEET)}</style>
      </head>
      <body>
        <ReportMain report={report} />
      </body>
    </html>
  );
}

/** Renders a report model to an HTML string; every data text is escaped. */
export function renderReportHtml(report: Report, options: RenderOptions = {}): string {
  if (options.standalone === false) return String((<ReportMain report={report} />).toString());
  return `<!DOCTYPE html>\n${String((<Document report={report} />).toString())}`;
}
