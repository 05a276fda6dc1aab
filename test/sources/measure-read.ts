/**
 * Child process of big-files.test.ts: reads one file as a table and prints the outcome and the
 * process's peak resident memory as JSON, so the test measures this read alone.
 */
import { readTableFile } from '../../src/sources/read-table.ts';
import type { TableName } from '../../src/sources/tables.ts';

const [path, table, dataDate] = process.argv.slice(2);
const result = await readTableFile(path ?? '', table as TableName, dataDate ?? '');
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(
  JSON.stringify({
    peakRssMb,
    rows: result.rows.length,
    messages: result.issues.map((issue) => issue.message),
  }),
);
