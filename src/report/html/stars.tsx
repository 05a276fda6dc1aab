/**
 * The star score of section 2.1: stars drawn as text with their count in words, the criteria
 * (each met or not) and the peer group the later sections compare with.
 */
import type { Report } from '../model.ts';

export function peerGroupText(report: Report): string {
  const { stars, size } = report.peerGroup;
  const starWord = stars === 1 ? 'ster' : 'sterren';
  return `In hoofdstuk 2 vergelijken we uw gemeente met de ${size} gemeenten die net als uw gemeente ${stars} ${starWord} hebben (uw gemeente meegeteld).`;
}

export function StarScoreView(props: { report: Report }) {
  const { report } = props;
  const { stars, criteria } = report.stars;
  const max = criteria.length;
  const drawn = '★'.repeat(stars) + '☆'.repeat(Math.max(0, max - stars));
  return (
    <div class="figure-block stars-block">
      <h4>Sterscore</h4>
      <p>
        <span class="stars" aria-hidden="true">
          {drawn}
        </span>{' '}
        <span class="label">
          {report.municipality.name}: {stars} van {max} sterren
        </span>
      </p>
      <table>
        <caption>Zo worden de sterren verdiend</caption>
        <thead>
          <tr>
            <th scope="col">Criterium</th>
            <th scope="col">Behaald</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((criterion) => (
            <tr>
              <th scope="row">{criterion.label}</th>
              <td>{criterion.met ? 'Ja' : 'Nee'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="figure-note">
        Een gemeente met een account maar zonder geregistreerde pakketten heeft geen sterren.{' '}
        {peerGroupText(report)}
      </p>
    </div>
  );
}
