/** Import issues as lines a user (and an editor) can jump to: `bestand:rij:kolom: bericht`. */
import type { ImportIssue } from '../sources/issues.ts';

const SEVERITY_TEXT = { error: 'fout', warning: 'waarschuwing' } as const;

/**
 * One line per issue, grouped per file; files with errors first, and within a file errors
 * before warnings (otherwise in the order found). A missing row or column shows as `-`.
 */
export function formatIssueLines(issues: readonly ImportIssue[]): string[] {
  const byFile = new Map<string, ImportIssue[]>();
  for (const issue of issues) {
    const list = byFile.get(issue.file) ?? [];
    list.push(issue);
    byFile.set(issue.file, list);
  }
  const groups = [...byFile.values()].map((list) => [
    ...list.filter((i) => i.severity === 'error'),
    ...list.filter((i) => i.severity !== 'error'),
  ]);
  groups.sort((a, b) => Number(b[0]?.severity === 'error') - Number(a[0]?.severity === 'error'));
  return groups.flat().map(formatIssueLine);
}

export function formatIssueLine(issue: ImportIssue): string {
  const place = `${issue.file}:${issue.row ?? '-'}:${issue.column ?? '-'}`;
  return `${place}: ${SEVERITY_TEXT[issue.severity]}: ${issue.message}`;
}
