/**
 * The four appendices: how each theme is rated, the terms of use, the data date of every
 * source (and the imports used), and the methodology's version history.
 */
import { formatCount, formatLongDate, formatShortDate } from '../format.ts';
import type { RatingExplanation, Report } from '../model.ts';
import { nationalBasisText } from './cover.tsx';
import { HelpList } from './help.tsx';
import { RatingBadge } from './rating.tsx';
import { peerGroupText } from './stars.tsx';
import { TERMS_OF_USE } from './texts.ts';

function Appendix(props: { n: number; title: string; children: unknown }) {
  const id = `bijlage-${props.n}`;
  return (
    <section
      class={`appendix${props.n === 1 ? ' appendix--first' : ''}`}
      id={id}
      aria-labelledby={`h-${id}`}
    >
      <h2 id={`h-${id}`}>
        Bijlage {props.n}: {props.title}
      </h2>
      {props.children}
    </section>
  );
}

function RuleTheme(props: { explanation: RatingExplanation }) {
  const { theme, sections, rules, note } = props.explanation;
  return (
    <div class="rule-theme">
      <h3>
        {theme} ({sections.join(', ')})
      </h3>
      <ul class="rules">
        {rules.map((rule) => (
          <li>
            <RatingBadge rating={rule.rating} />
            <span>{rule.when}</span>
          </li>
        ))}
      </ul>
      {note ? <p class="figure-note">{note}</p> : null}
    </div>
  );
}

type SourceRow = Report['appendices']['sources'][number];

/**
 * One row per source as a reader knows it: the tables of one source with the same data date
 * (the catalogue's six tables, say) share a row, with the sections of all of them.
 */
export function groupSources(sources: SourceRow[]): SourceRow[] {
  const groups = new Map<string, SourceRow>();
  for (const source of sources) {
    const key = [source.source, source.shownAs, source.refresh].join('\u0000');
    const known = groups.get(key);
    if (!known) groups.set(key, { ...source, sections: [...source.sections] });
    else known.sections = [...new Set([...known.sections, ...source.sections])].sort();
  }
  return [...groups.values()];
}

function SourcesTable(props: { report: Report }) {
  return (
    <table>
      <caption>Peildatum en vernieuwing per bron</caption>
      <thead>
        <tr>
          <th scope="col">Bron</th>
          <th scope="col">Peildatum</th>
          <th scope="col">Wordt vernieuwd</th>
          <th scope="col">Gebruikt in</th>
        </tr>
      </thead>
      <tbody>
        {groupSources(props.report.appendices.sources).map((source) => (
          <tr>
            <th scope="row">{source.source}</th>
            <td>{source.shownAs}</td>
            <td>{source.refresh}</td>
            <td>{source.sections.length > 0 ? source.sections.join(', ') : 'namen en codes'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ImportsTable(props: { report: Report }) {
  return (
    <table>
      <caption>Gebruikte imports</caption>
      <thead>
        <tr>
          <th scope="col">Tabel</th>
          <th scope="col">Peildatum</th>
          <th scope="col">Bestand</th>
          <th scope="col" class="num">
            Rijen
          </th>
        </tr>
      </thead>
      <tbody>
        {props.report.imports.map((version) => (
          <tr>
            <th scope="row">{version.table}</th>
            <td>{formatShortDate(version.dataDate)}</td>
            <td>{version.fileName}</td>
            <td class="num">{formatCount(version.rowCount)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Versions(props: { report: Report }) {
  const { methodology, appendices } = props.report;
  return (
    <>
      <p>
        Deze monitor is gemaakt volgens versie {methodology.version} van de methodiek, geldig vanaf{' '}
        {formatLongDate(methodology.effectiveFrom)}.
      </p>
      {appendices.versions.map((entry) => (
        <div class="rule-theme">
          <h3>
            Versie {entry.version}, {formatShortDate(entry.date)}
          </h3>
          <ul>
            {entry.changes.map((change) => (
              <li>{change}</li>
            ))}
          </ul>
        </div>
      ))}
    </>
  );
}

export function AppendicesView(props: { report: Report }) {
  const { report } = props;
  return (
    <>
      <Appendix n={1} title="Uitleg van de beoordeling per thema">
        <p>
          Per thema staat hieronder wanneer het welke beoordeling krijgt. Deze uitleg komt uit
          dezelfde instellingen waarmee de cijfers zijn berekend.
        </p>
        {report.appendices.ratings.map((explanation) => (
          <RuleTheme explanation={explanation} />
        ))}
      </Appendix>
      <Appendix n={2} title="Afspraken over het gebruik van de monitor">
        <ul>
          {TERMS_OF_USE.map((term) => (
            <li>{term}</li>
          ))}
        </ul>
        <HelpList
          entries={report.help.filter((entry) => entry.section === 'bijlage-2')}
          title="Contact"
        />
      </Appendix>
      <Appendix n={3} title="Peildata van de gebruikte bronnen">
        <p>
          Elke bron wordt in een eigen ritme vernieuwd. De tabel noemt per bron de peildatum van de
          gegevens in deze monitor. {nationalBasisText(report)} {peerGroupText(report)}
        </p>
        <SourcesTable report={report} />
        <ImportsTable report={report} />
      </Appendix>
      <Appendix n={4} title="Versiebeheer van de methodiek">
        <Versions report={report} />
      </Appendix>
    </>
  );
}
