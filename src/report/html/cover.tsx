/**
 * The cover (the document's only h1, with municipality, reference date and methodology
 * version) and the introduction with the three parts, the sources and the national basis.
 */
import { formatLongDate } from '../format.ts';
import type { Report } from '../model.ts';
import {
  COVER_TEXT,
  INTRO,
  INTRO_PARTS,
  INTRO_SOURCES,
  PART_TITLES,
  type PartId,
  REPORT_TITLE,
} from './texts.ts';

export function CoverView(props: { report: Report }) {
  const { report } = props;
  const { municipality } = report;
  return (
    <header class="cover">
      <h1>
        {REPORT_TITLE}
        <span class="cover__municipality">Gemeente {municipality.name}</span>
      </h1>
      <dl class="meta">
        <dt>Gemeente</dt>
        <dd>
          {municipality.name} ({municipality.code}), provincie {municipality.province}
        </dd>
        <dt>Peildatum</dt>
        <dd>
          {report.referenceDateText} ({formatLongDate(report.referenceDate)})
        </dd>
        <dt>Methodiek</dt>
        <dd>versie {report.methodology.version}</dd>
      </dl>
    </header>
  );
}

export function nationalBasisText(report: Report): string {
  return `Landelijke gemiddelden en aantallen gaan over de ${report.nationalBasis} gemeenten die op de peildatum ${report.referenceDateText} bestonden.`;
}

export function IntroView(props: { report: Report }) {
  const parts: PartId[] = ['1', '2', '3'];
  return (
    <section class="intro" id="inleiding" aria-labelledby="h-inleiding">
      <h2 id="h-inleiding">Inleiding</h2>
      <p>{COVER_TEXT}</p>
      {INTRO.map((paragraph) => (
        <p>{paragraph}</p>
      ))}
      <p>De monitor bestaat uit drie delen:</p>
      <ol>
        {parts.map((part) => (
          <li>
            <span class="label">{PART_TITLES[part]}.</span> {INTRO_PARTS[part]}
          </li>
        ))}
      </ol>
      <p>{INTRO_SOURCES}</p>
      <p>{nationalBasisText(props.report)}</p>
    </section>
  );
}
