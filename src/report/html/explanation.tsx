/**
 * Comply or explain (issue 5): the municipality's own explanation beside a rating, set apart
 * from the monitor's text so nobody reads it as the monitor team's judgement. The text is
 * plain: hono/jsx escapes it, and line breaks become separate lines.
 */
import type { MunicipalExplanation, Tile } from '../model.ts';

export function ExplanationView(props: { explanation?: MunicipalExplanation | undefined }) {
  const { explanation } = props;
  if (!explanation) return null;
  return (
    <div class="municipal-explanation">
      <p class="label">Toelichting van de gemeente</p>
      {explanation.text.split('\n').map((line) => (
        <p class="municipal-explanation__text">{line}</p>
      ))}
      <p class="municipal-explanation__meta">
        Geschreven op {explanation.writtenOnText}, geldig tot en met {explanation.endDateText}. De
        beoordeling zelf verandert niet door deze toelichting.
      </p>
    </div>
  );
}

/** In a summary tile: that the municipality explained this rating, and where to read it. */
export function TileExplanationNote(props: { tile: Tile }) {
  const { tile } = props;
  if (!tile.explanation) return null;
  return <p class="tile__reason">Met toelichting van de gemeente, zie {tile.section}.</p>;
}
