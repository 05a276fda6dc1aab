import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parseCsv, sniffDelimiter, splitPlain } from '../../src/sources/csv.ts';

describe('sniffDelimiter', () => {
  it.each([
    ['a;b;c\n1,5;2;3', ';'],
    ['a,b,c\n1;2;3', ','],
    ['a;b,c;d\n', ';'],
    ['"a,b";c\n', ';'],
    ['"x;y",b,c\r\n', ','],
    ['alleen\n1,5', ';'],
    ['', ';'],
  ])('finds the delimiter of %j from its header line', (text, delimiter) => {
    expect(sniffDelimiter(text)).toBe(delimiter);
  });
});

describe('parseCsv', () => {
  it('reads a ; file and keeps decimal commas in their field', () => {
    const sheet = parseCsv('a;b\r\n1.234,5;x\r\n');
    expect(sheet.header).toEqual(['a', 'b']);
    expect(sheet.rows).toEqual([{ row: 2, cells: ['1.234,5', 'x'] }]);
  });

  it('reads a , file', () => {
    const sheet = parseCsv('a,b\n1,2\n3,4');
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const sheet = parseCsv(
      'naam;toelichting\n"Bergen (L.)";"een; twee"\n"x ""y""";"regel 1\nregel 2"\nz;w\n',
    );
    expect(sheet.rows).toEqual([
      { row: 2, cells: ['Bergen (L.)', 'een; twee'] },
      { row: 3, cells: ['x "y"', 'regel 1\nregel 2'] },
      // A spreadsheet shows the record with a line break as one row, so z is row 4, not 5.
      { row: 4, cells: ['z', 'w'] },
    ]);
  });

  it('skips empty lines but keeps counting them as rows', () => {
    const sheet = parseCsv('a;b\n\n1;2\n;\n3;4\n');
    expect(sheet.rows).toEqual([
      { row: 3, cells: ['1', '2'] },
      { row: 5, cells: ['3', '4'] },
    ]);
  });

  it('gives short and long rows as they are, for the reader to judge', () => {
    const sheet = parseCsv('a;b;c\n1\n1;2;3;4\n');
    expect(sheet.rows.map((r) => r.cells)).toEqual([['1'], ['1', '2', '3', '4']]);
  });

  it('tolerates a stray quote inside an unquoted field', () => {
    expect(parseCsv('a;b\n5" scherm;x\n').rows[0]?.cells).toEqual(['5" scherm', 'x']);
  });

  it('throws on a quote that is never closed', () => {
    expect(() => parseCsv('a;b\n"open;x\n')).toThrow();
  });

  it('follows and hides the sep= line Excel writes', () => {
    const sheet = parseCsv('sep=,\r\na;b,c\r\n1;2,3\r\n');
    expect(sheet).toEqual({ header: ['a;b', 'c'], rows: [{ row: 2, cells: ['1;2', '3'] }] });
  });

  it('has no header for a file of empty lines', () => {
    expect(parseCsv('\r\n\r\n')).toEqual({ header: null, rows: [] });
    expect(parseCsv('')).toEqual({ header: null, rows: [] });
  });
});

describe('splitPlain', () => {
  it('gives the same records as csv-parse for text without quotes', () => {
    const text = 'a;b;c\r\n1;2;3\r\n\r\n4;;6\n7;8;9\r10\r\n;\r\n';
    const expected = parse(text, {
      delimiter: ';',
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      skip_empty_lines: false,
    });
    expect(expected).toHaveLength(7);
    expect(splitPlain(text, ';')).toEqual(expected);
  });

  it('gives the same rows by either path when lines end differently', () => {
    const plain = parseCsv('a;b\r\n1;2\n3;4\r5;6\r\n');
    const quoted = parseCsv('a;b\r\n"1";2\n3;4\r5;6\r\n');
    expect(quoted).toEqual(plain);
    expect(plain.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('gives no record for the line break at the end of the file', () => {
    expect(splitPlain('a,b\n', ',')).toEqual([['a', 'b']]);
    expect(splitPlain('a,b', ',')).toEqual([['a', 'b']]);
  });
});
