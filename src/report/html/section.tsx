/**
 * One section (1.1 to 3.5): source, goal and explanation from texts.ts, then the figures and
 * tables in reading order, the municipality's notes and the help entries for the section.
 */
import type { Figure, Report, ReportTable, Section } from '../model.ts';
import { FigureView } from './figure.tsx';
import { HelpList } from './help.tsx';
import { StarScoreView } from './stars.tsx';
import { TableView } from './table.tsx';
import { MATURITY_LEVELS, SECTION_TEXTS, type SectionText } from './texts.ts';
import { TrendView } from './trend.tsx';

type Item = { kind: 'figure'; figure: Figure } | { kind: 'table'; table: ReportTable };

export function sectionAnchor(id: string): string {
  return `s-${id.replace('.', '-')}`;
}

/** Figures and tables in the order texts.ts asks for; anything unnamed follows in model order. */
export function orderItems(section: Section, text: SectionText): Item[] {
  const order = text.order ?? [];
  const replaced = new Set(text.replacedFigures ?? []);
  const items: Item[] = [
    ...section.figures
      .filter((figure) => !replaced.has(figure.id))
      .map((figure) => ({ kind: 'figure' as const, figure })),
    ...section.tables.map((table) => ({ kind: 'table' as const, table })),
  ];
  const idOf = (item: Item) => (item.kind === 'figure' ? item.figure.id : item.table.id);
  const rank = (item: Item) => {
    const i = order.indexOf(idOf(item));
    return i === -1 ? order.length : i;
  };
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

function SectionMeta(props: { text: SectionText }) {
  const { text } = props;
  return (
    <div class="section-meta">
      <p>
        <span class="label">Bron:</span> {text.source}
      </p>
      <p>
        <span class="label">Doel:</span> {text.goal}
      </p>
    </div>
  );
}

function MaturityLevels() {
  return (
    <table>
      <caption>Niveaus van digitale volwassenheid</caption>
      <thead>
        <tr>
          <th scope="col">Niveau</th>
          <th scope="col">Omschrijving</th>
        </tr>
      </thead>
      <tbody>
        {MATURITY_LEVELS.map((row) => (
          <tr>
            <th scope="row">{row.level}</th>
            <td>{row.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Explanation(props: { section: Section; text: SectionText; report: Report }) {
  const { section, text, report } = props;
  return (
    <div class="explanation">
      <p class="label">Toelichting</p>
      {text.explanation.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      {section.id === '1.1' ? <MaturityLevels /> : null}
      {section.id === '2.1' ? <StarScoreView report={report} /> : null}
    </div>
  );
}

function SectionNotes(props: { notes: string[] }) {
  if (props.notes.length === 0) return null;
  return (
    <div class="section-notes">
      {props.notes.map((note) => (
        <p>{note}</p>
      ))}
    </div>
  );
}

export function SectionView(props: { section: Section; report: Report }) {
  const { section, report } = props;
  const text = SECTION_TEXTS[section.id];
  const municipality = report.municipality.name;
  const headingId = `h-${sectionAnchor(section.id)}`;
  return (
    <section class="report-section" id={sectionAnchor(section.id)} aria-labelledby={headingId}>
      <div class="section-head">
        <h3 id={headingId}>
          {section.id} {section.title}
        </h3>
        <SectionMeta text={text} />
      </div>
      <Explanation section={section} text={text} report={report} />
      <SectionNotes notes={section.notes} />
      {orderItems(section, text).map((item) =>
        item.kind === 'figure' ? (
          <FigureView
            figure={item.figure}
            municipality={municipality}
            note={text.figureNotes?.[item.figure.id]}
          />
        ) : (
          <TableView table={item.table} />
        ),
      )}
      {section.trend ? (
        <TrendView trend={section.trend} anchor={sectionAnchor(section.id)} />
      ) : null}
      <HelpList entries={report.help.filter((entry) => entry.section === section.id)} />
    </section>
  );
}
