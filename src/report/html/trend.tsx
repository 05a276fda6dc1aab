/**
 * History in the report view: a section's trend (a small line chart with a legend, and the
 * same numbers as a table, which is the chart's text alternative) and the notes on mergers
 * the history follows. The chart sits in an element with role="img" and a name saying where
 * its numbers are; the table is a real table with headers.
 */
import { raw } from 'hono/html';
import type { Report, Trend } from '../model.ts';
import { isDrawn, type LineStyle, lineStyles, markerSvg, renderTrendSvg } from '../trend-chart.ts';
import { WithDates } from './with-dates.tsx';

const NO_VALUE = '-';

function LegendLine(props: { style: LineStyle }) {
  const { colour, dash, marker } = props.style;
  const line =
    `<line x1="1" x2="27" y1="6" y2="6" stroke="${colour}" stroke-width="2"` +
    `${dash ? ` stroke-dasharray="${dash}"` : ''}/>${markerSvg(marker, 14, 6, colour)}`;
  return (
    <svg width="28" height="12" viewBox="0 0 28 12" aria-hidden="true" focusable="false">
      {raw(line)}
    </svg>
  );
}

function Legend(props: { trend: Trend }) {
  const styles = lineStyles(props.trend);
  return (
    <ul class="trend__legend">
      {props.trend.series.map((series, i) =>
        isDrawn(series) ? (
          <li>
            <LegendLine style={styles[i] as LineStyle} />
            <WithDates text={series.label} />
          </li>
        ) : null,
      )}
    </ul>
  );
}

function TrendTable(props: { trend: Trend; id: string }) {
  const { trend, id } = props;
  return (
    <table class="trend__table" id={id}>
      <caption>{trend.label} per kwartaal</caption>
      <thead>
        <tr>
          <th scope="col">Peildatum</th>
          {trend.series.map((series) => (
            <th scope="col" class="num">
              <WithDates text={series.label} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trend.points.map((point, i) => (
          <tr>
            <th scope="row">{point.dateText}</th>
            {trend.series.map((series) => (
              <td class="num">{series.values[i]?.text ?? NO_VALUE}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function TrendView(props: { trend: Trend; anchor: string }) {
  const { trend, anchor } = props;
  const tableId = `${anchor}-trend`;
  const svg = trend.points.length > 1 ? renderTrendSvg(trend) : '';
  return (
    <div class="trend">
      <h4>Ontwikkeling: {trend.label}</h4>
      <div class="trend__body">
        {svg ? (
          <figure class="trend__chart">
            <div
              class="trend__image"
              role="img"
              aria-label={`Lijndiagram ${trend.label} per kwartaal; de waarden staan in de tabel ernaast.`}
            >
              {raw(svg)}
            </div>
            <figcaption>
              <Legend trend={trend} />
            </figcaption>
          </figure>
        ) : null}
        <TrendTable trend={trend} id={tableId} />
      </div>
    </div>
  );
}

/** The mergers the history follows, explained once near the start of the report. */
export function HistoryNotes(props: { report: Report }) {
  const mergers = props.report.history?.mergers ?? [];
  if (mergers.length === 0) return null;
  return (
    <section class="history-notes" aria-labelledby="h-herindeling">
      <h3 id="h-herindeling">Herindeling</h3>
      {mergers.map((merger) => (
        <p>
          <WithDates text={merger.text} />
        </p>
      ))}
    </section>
  );
}
