/**
 * The imports page: upload a delivery (zip) or one table file, the outcome of an upload (every
 * problem by file, row and column; nothing stored when any file fails) and the history.
 */
import { formatCount, formatShortDate } from '../../report/format.ts';
import type { ImportIssue } from '../../sources/issues.ts';
import { type ImportVersion, TABLE_NAMES } from '../../sources/tables.ts';
import type { StoredImport } from '../../store/imports.ts';
import type { Viewer } from '../context.ts';
import { Layout, renderPage } from './layout.tsx';
import { formatMoment, TeamStyles } from './team-parts.tsx';

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

export interface ImportsPageProps {
  viewer: Viewer;
  history: StoredImport[];
  result?: UploadResult;
  maxUploadBytes: number;
}

function megabytes(bytes: number): string {
  return formatCount(Math.floor(bytes / (1024 * 1024)));
}

function CsrfField(props: { viewer: Viewer }) {
  return <input type="hidden" name="_csrf" value={props.viewer.csrfToken} />;
}

function UploadForms(props: ImportsPageProps) {
  return (
    <section aria-labelledby="upload-titel">
      <h2 id="upload-titel">Uploaden</h2>
      <p>
        Bestanden tot {megabytes(props.maxUploadBytes)} MB. Een levering wordt alleen opgeslagen als
        alle bestanden erin goed zijn; bij één fout wordt niets opgeslagen.
      </p>
      <form method="post" action="/team/imports" enctype="multipart/form-data" class="portal-panel">
        <CsrfField viewer={props.viewer} />
        <input type="hidden" name="soort" value="levering" />
        <h3>Een levering (zip)</h3>
        <div class="form-field">
          <label for="levering">Zip-bestand van de leveringsmap, met bronnen.csv</label>
          <input type="file" id="levering" name="bestand" accept=".zip,application/zip" required />
        </div>
        <button type="submit">Levering importeren</button>
      </form>
      <form method="post" action="/team/imports" enctype="multipart/form-data" class="portal-panel">
        <CsrfField viewer={props.viewer} />
        <input type="hidden" name="soort" value="bestand" />
        <h3>Eén bestand</h3>
        <div class="form-field">
          <label for="los-bestand">CSV- of XLSX-bestand</label>
          <input type="file" id="los-bestand" name="bestand" accept=".csv,.xlsx" required />
        </div>
        <div class="form-field">
          <label for="tabel">Tabel</label>
          <select id="tabel" name="tabel" required>
            {TABLE_NAMES.map((table) => (
              <option value={table}>{table}</option>
            ))}
          </select>
        </div>
        <div class="form-field">
          <label for="peildatum">Peildatum van de gegevens</label>
          <p class="form-hint" id="peildatum-hint">
            Zoals 23-1-2017 of 2017-01-23.
          </p>
          <input
            type="text"
            id="peildatum"
            name="peildatum"
            aria-describedby="peildatum-hint"
            required
          />
        </div>
        <button type="submit">Bestand importeren</button>
      </form>
    </section>
  );
}

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
    <div class="table-scroll">
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
    </div>
  );
}

function ResultView(props: { result: UploadResult }) {
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

function History(props: { history: StoredImport[] }) {
  const rows = [...props.history].reverse();
  return (
    <section aria-labelledby="historie-titel">
      <h2 id="historie-titel">Historie</h2>
      {rows.length === 0 ? (
        <p>Er is nog niets geïmporteerd.</p>
      ) : (
        <div class="table-scroll">
          <table class="team-table history">
            <caption>Alle imports, nieuwste eerst</caption>
            <thead>
              <tr>
                <th scope="col">Tabel</th>
                <th scope="col">Peildatum</th>
                <th scope="col">Rijen</th>
                <th scope="col">Geïmporteerd op</th>
                <th scope="col">Bestand</th>
                <th scope="col">Herkomst</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((v) => (
                <tr>
                  <th scope="row">{v.table}</th>
                  <td>{formatShortDate(v.dataDate)}</td>
                  <td>{formatCount(v.rowCount)}</td>
                  <td>{formatMoment(v.importedAt)}</td>
                  <td>{v.fileName}</td>
                  <td>{v.deliveryId === null ? 'los bestand' : `levering ${v.deliveryId}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

export function importsPage(props: ImportsPageProps): string {
  return renderPage(
    <Layout title="Imports" viewer={props.viewer}>
      <TeamStyles />
      <main>
        <h1>Imports</h1>
        {props.result ? <ResultView result={props.result} /> : null}
        <UploadForms {...props} />
        <History history={props.history} />
      </main>
    </Layout>,
  );
}

/** Shown on the team pages while the store holds no software catalogue yet. */
export function noDataPage(viewer: Viewer): string {
  return renderPage(
    <Layout title="Nog geen gegevens" viewer={viewer}>
      <main>
        <h1>Nog geen gegevens</h1>
        <p>
          Er is nog geen Softwarecatalogus geïmporteerd, dus er is nog geen monitor.{' '}
          <a href="/team/imports">Importeer eerst een levering.</a>
        </p>
      </main>
    </Layout>,
  );
}
