/**
 * The imports page: the upload forms (a delivery as a zip, or one table file), the outcome of
 * the last upload (see import-result.tsx) and the history of every import.
 */
import { formatCount, formatShortDate } from '../../report/format.ts';
import { TABLE_NAMES } from '../../sources/tables.ts';
import type { StoredImport } from '../../store/imports.ts';
import type { Viewer } from '../context.ts';
import { ResultView, type UploadResult } from './import-result.tsx';
import { Layout, renderPage } from './layout.tsx';
import { formatMoment, TeamStyles } from './team-parts.tsx';

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

function History(props: { history: StoredImport[] }) {
  const rows = [...props.history].reverse();
  return (
    <section aria-labelledby="historie-titel">
      <h2 id="historie-titel">Historie</h2>
      {rows.length === 0 ? (
        <p>Er is nog niets geïmporteerd.</p>
      ) : (
        <section class="table-scroll" aria-label="Historie van de imports" tabindex={0}>
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
        </section>
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
