import { describe, expect, it } from 'vitest';
import { renderReportHtml } from '../../src/report/html/index.tsx';
import { schagenReport } from '../fixtures/report-schagen.ts';
import { blocks, visibleText } from './html-text.ts';

describe('appendix 3: imports used', () => {
  it('writes row counts the Dutch way, with a dot between thousands', () => {
    const report = schagenReport();
    report.imports = report.imports.map((version, i) => ({ ...version, rowCount: 30610 + i }));
    const html = renderReportHtml(report);
    const table = blocks(html, '<caption>Gebruikte imports</caption>')[0] ?? '';
    const text = visibleText(table.slice(0, table.indexOf('</table>')));
    expect(text).toContain(`${report.imports[0]?.table} `);
    expect(text).toContain(' 30.610');
    expect(text).not.toContain('30610');
  });
});
