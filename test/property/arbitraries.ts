/**
 * fast-check generators of messy source input: texts that look like the values, separators,
 * quotes and encodings of real files, and plain noise; and the run settings every property
 * uses, so that a run is bounded in time by fast-check rather than by a timed assert.
 */
import fc from 'fast-check';

/** Runs per property and the time a single async run may take before it counts as a failure. */
export const RUNS = { numRuns: 200, timeout: 5_000 } as const;
export const FILE_RUNS = { numRuns: 60, timeout: 10_000 } as const;

const LOOKALIKES = [
  'GM0441',
  '441',
  'gm14',
  'GM0000',
  'GM04411',
  '0',
  '6,7',
  '6.7',
  '1.234',
  '1,234',
  '1.234,5',
  '-1',
  'Infinity',
  'NaN',
  '1e1',
  '33%',
  '0,67',
  'niet waargenomen',
  '23-1-2017',
  '2017-01-23',
  '31-2-2017',
  '29-2-1900',
  'ja',
  'NEE',
  'waar',
  'operationeel',
  'in productie',
  'saas',
  'schagen.nl',
  'a@b.nl',
  '""',
  '"',
  ';',
  ',',
  '\r\n',
  '\n',
  '\r',
  '\uFEFF',
  '\u0000',
  '’',
  'é',
  'Súdwest-Fryslân',
  '=1/0',
  '#N/A',
  ' ',
  '|',
  'RC001',
  'PV00001',
  'S1|S2',
];

/** Text made of value look-alikes, special characters and random Unicode. */
export function messyText(): fc.Arbitrary<string> {
  return fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.constantFrom(...LOOKALIKES),
    fc
      .array(fc.oneof(fc.constantFrom(...LOOKALIKES), fc.string({ maxLength: 5 })), {
        maxLength: 8,
      })
      .map((parts) => parts.join('')),
  );
}

export const TELEFONIE_COLUMNS = ['gemeentecode', 'status'];
export const PEILINGEN_COLUMNS = ['gemeentecode', 'peiling', 'indicator', 'score'];

/** A CSV file's bytes: a header from the real names (sometimes mangled), rows of messy cells. */
export function csvFile(columns: string[]): fc.Arbitrary<Uint8Array> {
  const header = fc
    .shuffledSubarray(columns, { minLength: 1 })
    .chain((names) =>
      fc.tuple(
        ...names.map((name) =>
          fc.oneof(fc.constant(name), fc.constant(name.toUpperCase()), messyText()),
        ),
      ),
    );
  const rows = fc.array(fc.array(messyText(), { maxLength: columns.length + 2 }), {
    maxLength: 12,
  });
  return fc
    .record({
      header,
      rows,
      separator: fc.constantFrom(';', ',', '\t'),
      lineEnd: fc.constantFrom('\n', '\r\n', '\r'),
      quote: fc.boolean(),
      encoding: fc.constantFrom('utf8', 'latin1', 'bom', 'utf16le'),
    })
    .map(({ header: names, rows: cells, separator, lineEnd, quote, encoding }) => {
      const field = (text: string) => (quote ? `"${text.replaceAll('"', '""')}"` : text);
      const text = [names, ...cells].map((row) => row.map(field).join(separator)).join(lineEnd);
      if (encoding === 'bom')
        return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]);
      if (encoding === 'utf16le')
        return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      return Buffer.from(text, encoding === 'latin1' ? 'latin1' : 'utf8');
    });
}

const CODES = ['GM0003', '441', 'gm14', 'GM0010', '0005', 'GM0034', 'GM9999'];
const STATUSES = ['operationeel', 'Technisch aangesloten', 'niet  aangesloten', 'kapot', ''];

/** A telefonie14 file that is often valid: real codes and statuses, now and then a bad one. */
export function nearlyValidTelefonie(): fc.Arbitrary<Uint8Array> {
  const row = fc.tuple(
    fc.constantFrom(...CODES),
    fc.constantFrom(...STATUSES.slice(0, 3), ...STATUSES),
  );
  return fc
    .record({
      rows: fc.uniqueArray(row, { minLength: 1, maxLength: 6, selector: ([code]) => code }),
      separator: fc.constantFrom(';', ','),
    })
    .map(({ rows, separator }) =>
      Buffer.from(
        [['gemeentecode', 'status'], ...rows].map((cells) => cells.join(separator)).join('\n'),
      ),
    );
}
