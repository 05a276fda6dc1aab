/**
 * `/toelichtingen/<code>`: comply or explain (issue 5). Per theme of the latest monitor its
 * rating and the explanation showing now, a form to add one, a button to withdraw it, and
 * the earlier explanations with why they no longer show (withdrawn, end date passed, figure
 * changed). Lapsed explanations appear only here, never in the report.
 */
import type { ExplanationState } from '../../explanations/apply.ts';
import type { ExplanationSettings } from '../../explanations/settings.ts';
import type { StoredExplanation } from '../../explanations/store.ts';
import { themesOf } from '../../explanations/themes.ts';
import type { FieldErrors } from '../../explanations/validate.ts';
import { formatShortDate } from '../../report/format.ts';
import { RATING_LABELS } from '../../report/html/rating.tsx';
import type { Report, Tile } from '../../report/model.ts';
import type { Viewer } from '../context.ts';
import { Layout, renderPage } from './layout.tsx';

export interface ExplanationEntry {
  explanation: StoredExplanation;
  state: ExplanationState;
}

export interface ExplanationsPageProps {
  viewer: Viewer;
  report: Report;
  entries: ExplanationEntry[];
  settings: ExplanationSettings;
  /** First and last allowed end date. */
  endDateRange: { min: string; max: string };
  /** What the form shows: the chosen theme and, after an error, what was typed. */
  form: { theme: string; text: string; endDate: string };
  errors?: FieldErrors;
  message?: string | undefined;
}

export function explanationsPath(code: string): string {
  return `/toelichtingen/${code}`;
}

export function explanationsPage(props: ExplanationsPageProps): string {
  const { viewer, report } = props;
  const name = report.municipality.name;
  return renderPage(
    <Layout title={`Toelichtingen ${name}`} viewer={viewer}>
      <main>
        <p>
          <a href={`/gemeente/${report.municipality.code}`}>Terug naar de monitor van {name}</a>
        </p>
        <h1>Toelichtingen bij de monitor van {name}</h1>
        <p>
          Uw gemeente kan bij de beoordeling van een thema een korte toelichting geven (pas toe of
          leg uit), bijvoorbeeld waarom twee pakketten bewust hetzelfde onderdeel bedienen. De
          toelichting staat naast de beoordeling in de monitor op het portaal en in de PDF, tot en
          met de einddatum. Zij vervalt vanzelf zodra het cijfer of de beoordeling van het thema
          verandert. De beoordeling zelf verandert niet. Cijfers van de peildatum{' '}
          {report.referenceDateText}.
        </p>
        {props.message ? (
          <p class="portal-panel" role="status">
            {props.message}
          </p>
        ) : null}
        <ErrorSummary errors={props.errors} />
        <ThemeTable {...props} />
        <AddForm {...props} />
        <History
          entries={props.entries.filter((entry) => entry.state !== 'shown')}
          report={report}
        />
      </main>
    </Layout>,
  );
}

const FIELD_LABELS = { thema: 'Thema', tekst: 'Toelichting', einddatum: 'Einddatum' } as const;

function ErrorSummary(props: { errors?: FieldErrors | undefined }) {
  const errors = Object.entries(props.errors ?? {}) as [keyof typeof FIELD_LABELS, string][];
  if (errors.length === 0) return null;
  return (
    <div class="portal-panel" role="alert">
      <h2>De toelichting is niet opgeslagen</h2>
      <ul>
        {errors.map(([field, message]) => (
          <li>
            <a href={`#${field}`}>
              {FIELD_LABELS[field]}: {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function themeName(tile: Tile): string {
  return `${tile.label} (${tile.section})`;
}

function ThemeTable(props: ExplanationsPageProps) {
  const { viewer, report } = props;
  const code = report.municipality.code;
  const shown = new Map(
    props.entries
      .filter((entry) => entry.state === 'shown')
      .map((entry) => [entry.explanation.theme, entry.explanation]),
  );
  return (
    <table>
      <caption>Thema's en hun toelichting nu</caption>
      <thead>
        <tr>
          <th scope="col">Thema</th>
          <th scope="col">Beoordeling</th>
          <th scope="col">Toelichting</th>
          <th scope="col">Actie</th>
        </tr>
      </thead>
      <tbody>
        {themesOf(report).map((tile) => {
          const explanation = shown.get(tile.id);
          return (
            <tr>
              <th scope="row">{themeName(tile)}</th>
              <td>{RATING_LABELS[tile.rating]}</td>
              <td>
                {explanation ? (
                  <>
                    <Lines text={explanation.text} />
                    <p>Tot en met {formatShortDate(explanation.endDate)}.</p>
                  </>
                ) : (
                  'Geen'
                )}
              </td>
              <td>
                {explanation ? (
                  <form
                    method="post"
                    action={`${explanationsPath(code)}/${explanation.id}/intrekken`}
                  >
                    <input type="hidden" name="_csrf" value={viewer.csrfToken} />
                    <button type="submit" aria-label={`Toelichting bij ${tile.label} intrekken`}>
                      Intrekken
                    </button>
                  </form>
                ) : (
                  <a
                    href={`${explanationsPath(code)}?thema=${encodeURIComponent(tile.id)}#formulier`}
                    aria-label={`Toelichting toevoegen bij ${tile.label}`}
                  >
                    Toelichting toevoegen
                  </a>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function AddForm(props: ExplanationsPageProps) {
  const { viewer, report, form, settings, endDateRange } = props;
  const errors = props.errors ?? {};
  const described = (field: keyof typeof FIELD_LABELS) =>
    errors[field] ? `${field}-uitleg ${field}-fout` : `${field}-uitleg`;
  return (
    <section aria-labelledby="formulier">
      <h2 id="formulier">Toelichting toevoegen</h2>
      <p>
        Een nieuwe toelichting bij een thema vervangt de toelichting die er al staat; die wordt
        ingetrokken.
      </p>
      <form method="post" action={explanationsPath(report.municipality.code)} class="portal-panel">
        <input type="hidden" name="_csrf" value={viewer.csrfToken} />
        <label for="thema">Thema</label>
        <p id="thema-uitleg">Het thema uit de samenvatting van de monitor.</p>
        <FieldError field="thema" errors={errors} />
        <select
          id="thema"
          name="thema"
          aria-describedby={described('thema')}
          aria-invalid={errors.thema ? 'true' : undefined}
        >
          {themesOf(report).map((tile) => (
            <option value={tile.id} selected={tile.id === form.theme}>
              {themeName(tile)}: {RATING_LABELS[tile.rating]}
            </option>
          ))}
        </select>
        <label for="tekst">Toelichting</label>
        <p id="tekst-uitleg">
          Gewone tekst, ten hoogste {settings.maxLength} tekens. Lezers van de monitor zien deze
          tekst zoals u hem schrijft.
        </p>
        <FieldError field="tekst" errors={errors} />
        <textarea
          id="tekst"
          name="tekst"
          rows={5}
          cols={60}
          required
          maxlength={settings.maxLength}
          aria-describedby={described('tekst')}
          aria-invalid={errors.tekst ? 'true' : undefined}
        >
          {form.text}
        </textarea>
        <label for="einddatum">Einddatum</label>
        <p id="einddatum-uitleg">
          Tot en met deze dag staat de toelichting in de monitor; kies een datum van{' '}
          {formatShortDate(endDateRange.min)} tot en met {formatShortDate(endDateRange.max)}.
        </p>
        <FieldError field="einddatum" errors={errors} />
        <input
          type="date"
          id="einddatum"
          name="einddatum"
          required
          min={endDateRange.min}
          max={endDateRange.max}
          value={form.endDate}
          aria-describedby={described('einddatum')}
          aria-invalid={errors.einddatum ? 'true' : undefined}
        />{' '}
        <button type="submit">Toelichting opslaan</button>
      </form>
    </section>
  );
}

function FieldError(props: { field: keyof typeof FIELD_LABELS; errors: FieldErrors }) {
  const message = props.errors[props.field];
  if (!message) return null;
  return (
    <p id={`${props.field}-fout`} class="form-error">
      {message}
    </p>
  );
}

const STATE_TEXTS: Record<Exclude<ExplanationState, 'shown'>, string> = {
  withdrawn: 'Ingetrokken',
  expired: 'Verlopen: de einddatum is voorbij',
  'figure-changed': 'Vervallen: het cijfer of de beoordeling van het thema is veranderd',
};

function History(props: { entries: ExplanationEntry[]; report: Report }) {
  if (props.entries.length === 0) return null;
  const labels = new Map(themesOf(props.report).map((tile) => [tile.id, themeName(tile)]));
  return (
    <section aria-labelledby="eerdere">
      <h2 id="eerdere">Eerdere toelichtingen</h2>
      <p>Deze toelichtingen staan niet meer in de monitor.</p>
      <ul>
        {props.entries.map(({ explanation, state }) => (
          <li class="portal-panel">
            <p>
              <strong>{labels.get(explanation.theme) ?? explanation.theme}</strong>:{' '}
              {stateText(explanation, state as Exclude<ExplanationState, 'shown'>)}
            </p>
            <Lines text={explanation.text} />
            <p>
              Geschreven door {explanation.author} op{' '}
              {formatShortDate(explanation.createdAt.slice(0, 10))} (peildatum{' '}
              {formatShortDate(explanation.referenceDate)}), einddatum{' '}
              {formatShortDate(explanation.endDate)}.
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

function stateText(
  explanation: StoredExplanation,
  state: Exclude<ExplanationState, 'shown'>,
): string {
  if (state === 'withdrawn' && explanation.withdrawnAt) {
    const by = explanation.withdrawnBy ? ` door ${explanation.withdrawnBy}` : '';
    return `${STATE_TEXTS.withdrawn} op ${formatShortDate(explanation.withdrawnAt.slice(0, 10))}${by}.`;
  }
  return `${STATE_TEXTS[state]}.`;
}

function Lines(props: { text: string }) {
  return (
    <>
      {props.text.split('\n').map((line) => (
        <p>{line}</p>
      ))}
    </>
  );
}

/** On the monitor page: a link per rated theme to explain it. */
export function ExplanationLinks(props: { report: Report }) {
  const { report } = props;
  const path = explanationsPath(report.municipality.code);
  return (
    <div>
      <h2>Toelichtingen</h2>
      <details>
        <summary>Toelichting geven bij een thema</summary>
        <ul>
          {themesOf(report).map((tile) => (
            <li>
              <a href={`${path}?thema=${encodeURIComponent(tile.id)}#formulier`}>
                {tile.label} ({tile.section}): {RATING_LABELS[tile.rating]}
                {tile.explanation ? ' – met toelichting' : ''}
              </a>
            </li>
          ))}
        </ul>
        <p>
          <a href={path}>Alle toelichtingen</a>
        </p>
      </details>
    </div>
  );
}
