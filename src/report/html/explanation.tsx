/**
 * Comply or explain (issue 5): the municipality's own explanation beside a rating, set apart
 * from the monitor's text so nobody reads it as the monitor team's judgement. The text is
 * plain: hono/jsx escapes it, and line breaks become separate lines.
 */
import type { MunicipalExplanation } from '../model.ts';

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
