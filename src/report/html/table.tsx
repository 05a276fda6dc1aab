/**
 * A report table: caption, column headers with scope, the first cell of each row as its row
 * header, numeric columns right-aligned, notes below. An empty table shows its empty text.
 */
import type { ReportTable } from '../model.ts';

/** Tables up to this many rows are kept on one page. */
const SHORT_TABLE_ROWS = 15;

function Notes(props: { notes: string[] }) {
  if (props.notes.length === 0) return null;
  return (
    <ul class="notes">
      {props.notes.map((note) => (
        <li>{note}</li>
      ))}
    </ul>
  );
}

function Row(props: { cells: string[]; numeric: boolean[] }) {
  const { cells, numeric } = props;
  return (
    <tr>
      {cells.map((cell, i) => {
        const className = numeric[i] ? 'num' : undefined;
        return i === 0 ? (
          <th scope="row" class={className}>
            {cell}
          </th>
        ) : (
          <td class={className}>{cell}</td>
        );
      })}
    </tr>
  );
}

export function TableView(props: { table: ReportTable }) {
  const { table } = props;
  if (table.rows.length === 0) {
    return (
      <div class="table-block">
        <p class="table-empty">
          <span class="label">{table.title}:</span> {table.emptyText}
        </p>
        <Notes notes={table.notes} />
      </div>
    );
  }
  const numeric = table.columns.map((column) => column.numeric);
  return (
    <div class="table-block">
      <table class={table.rows.length <= SHORT_TABLE_ROWS ? 'table--short' : undefined}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th scope="col" class={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((cells) => (
            <Row cells={cells} numeric={numeric} />
          ))}
        </tbody>
      </table>
      <Notes notes={table.notes} />
    </div>
  );
}
