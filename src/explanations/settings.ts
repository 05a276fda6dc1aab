/**
 * Limits on explanations. The longest end date is a setting of the monitor team
 * (`MDD_EXPLANATION_MAX_DAYS`, default a year); the text length is fixed by the report's layout.
 */
export interface ExplanationSettings {
  /** Characters of text at most (counted as code points). */
  maxLength: number;
  /** How many days after today the end date may lie at most. */
  maxDaysAhead: number;
}

export const DEFAULT_EXPLANATION_SETTINGS: ExplanationSettings = {
  maxLength: 500,
  maxDaysAhead: 365,
};

/** The settings from the environment; a value that is no positive whole number is refused. */
export function explanationSettings(
  env: Record<string, string | undefined> = process.env,
): ExplanationSettings {
  const days = env.MDD_EXPLANATION_MAX_DAYS;
  if (days === undefined || days === '') return DEFAULT_EXPLANATION_SETTINGS;
  if (!/^[1-9]\d{0,4}$/.test(days)) {
    throw new Error(`MDD_EXPLANATION_MAX_DAYS moet een positief geheel getal zijn, niet '${days}'`);
  }
  return { ...DEFAULT_EXPLANATION_SETTINGS, maxDaysAhead: Number(days) };
}
