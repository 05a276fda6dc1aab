import { describe, expect, it } from 'vitest';
import { formatIssueLines } from '../../src/cli/issues.ts';
import type { ImportIssue } from '../../src/sources/issues.ts';

const issue = (
  file: string,
  severity: ImportIssue['severity'],
  row: number | null,
): ImportIssue => ({
  code: severity === 'error' ? 'bad-value' : 'extra-column',
  severity,
  file,
  row,
  column: row === null ? null : 'score',
  value: null,
  expected: null,
  message: `bericht ${file} ${row}`,
});

describe('formatIssueLines', () => {
  it('should group per file, files with errors first, errors before warnings', () => {
    const lines = formatIssueLines([
      issue('a.csv', 'warning', null),
      issue('b.csv', 'warning', 3),
      issue('b.csv', 'error', 7),
      issue('a.csv', 'warning', 2),
    ]);
    expect(lines).toEqual([
      'b.csv:7:score: fout: bericht b.csv 7',
      'b.csv:3:score: waarschuwing: bericht b.csv 3',
      'a.csv:-:-: waarschuwing: bericht a.csv null',
      'a.csv:2:score: waarschuwing: bericht a.csv 2',
    ]);
  });
});
