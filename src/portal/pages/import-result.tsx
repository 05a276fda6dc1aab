/**
 * The outcome of an upload: what was stored and skipped, or every problem by file, row and
 * column with the promise that nothing was stored, or why the upload was refused outright.
 */
import { formatCount, formatShortDate } from '../../report/format.ts';
import type { ImportIssue } from '../../sources/issues.ts';
import type { ImportVersion } from '../../sources/tables.ts';

/** What an upload came to, as the page shows it. */
export type UploadResult =
  | {
      kind: 'stored';
      upload: string;
      imported: ImportVersion[];
      skipped: ImportVersion[];
      warnings: ImportIssue[];
    }
  | { kind: 'failed'; upload: string; issues: ImportIssue[] }
  | { kind: 'refused'; upload: string | null; message: string };

function VersionList(props: { versions: ImportVersion[]; title: string }) {
  if (props.versions.length === 0) return null;
  return (
    <table class="team-table">
      <caption>{props.title}</caption>
      <thead>
        <tr>
          <th scope="col">Tabel</th>
          <th scope="col">Peildatum</th>
          <th scope="col">Rijen</th>
          <th scope="col">Bestand</th>
        </tr>
      </thead>
      <tbody>
        {props.versions.map((v) => (
          <tr>
            <th scope="row">{v.table}</th>
            <td>{formatShortDate(v.dataDate)}</td>
            <td>{formatCount(v.rowCount)}</td>
            <td>{v.fileName}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function IssueTable(props: { issues: ImportIssue[]; title: string }) {
  if (props.issues.length === 0) return null;
  return (
    <section class="table-scroll" aria-label={props.title} tabindex={0}>
      <table class="team-table issues">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">Bestand</th>
            <th scope="col">Rij</th>
            <th scope="col">Kolom</th>
            <th scope="col">Waarde</th>
            <th scope="col">Verwacht</th>
            <th scope="col">Melding</th>
          </tr>
        </thead>
        <tbody>
          {props.issues.map((issue) => (
            <tr>
              <th scope="row">{issue.file}</th>
              <td>{issue.row ?? '–'}</td>
              <td>{issue.column ?? '–'}</td>
              <td>{issue.value ?? '–'}</td>
              <td>{issue.expected ?? '–'}</td>
              <td>{issue.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function ResultView(props: { result: UploadResult }) {
  const { result } = props;
  if (result.kind === 'refused') {
    return (
      <section class="message-error" aria-labelledby="resultaat-titel">
        <h2 id="resultaat-titel">Niet geïmporteerd</h2>
        <p>{result.message}</p>
      </section>
    );
  }
  if (result.kind === 'failed') {
    const errors = result.issues.filter((i) => i.severity === 'error');
    return (
      <section class="message-error" aria-labelledby="resultaat-titel">
        <h2 id="resultaat-titel">Niet geïmporteerd: er is niets opgeslagen</h2>
        <p>
          {result.upload} bevat {formatCount(errors.length)}{' '}
          {errors.length === 1 ? 'fout' : 'fouten'}. Herstel ze en upload de levering opnieuw.
        </p>
        <IssueTable
          issues={result.issues}
          title="Fouten en waarschuwingen per bestand, rij en kolom"
        />
      </section>
    );
  }
  return (
    <section class="message-ok" aria-labelledby="resultaat-titel">
      <h2 id="resultaat-titel">Geïmporteerd</h2>
      <p>
        {result.upload}: {formatCount(result.imported.length)} nieuw opgeslagen,{' '}
        {formatCount(result.skipped.length)} overgeslagen (al eerder geïmporteerd).
      </p>
      <VersionList versions={result.imported} title="Nieuw opgeslagen" />
      <VersionList versions={result.skipped} title="Overgeslagen: gelijk aan de vorige import" />
      <IssueTable issues={result.warnings} title="Waarschuwingen" />
    </section>
  );
}
