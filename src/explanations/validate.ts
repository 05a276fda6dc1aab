/**
 * Checking what staff typed into the explanation form. Every message is Dutch and names the
 * field, so the form can show it beside that field.
 */
import { formatShortDate } from '../report/format.ts';
import type { IsoDate } from '../sources/tables.ts';
import type { ExplanationSettings } from './settings.ts';

export type ExplanationField = 'thema' | 'tekst' | 'einddatum';

export interface ExplanationInput {
  theme: string;
  text: string;
  endDate: string;
}

export interface ValidExplanation {
  theme: string;
  text: string;
  endDate: IsoDate;
}

export type FieldErrors = Partial<Record<ExplanationField, string>>;

export type Validation = { ok: true; value: ValidExplanation } | { ok: false; errors: FieldErrors };

export interface ValidationContext {
  today: IsoDate;
  themes: ReadonlySet<string>;
  settings: ExplanationSettings;
}

export function validateExplanation(
  input: ExplanationInput,
  context: ValidationContext,
): Validation {
  const errors: FieldErrors = {};
  if (!context.themes.has(input.theme)) errors.thema = 'Kies een thema uit de lijst.';
  const text = normalizeText(input.text);
  const textError = checkText(text, context.settings.maxLength);
  if (textError) errors.tekst = textError;
  const endDate = parseDate(input.endDate);
  const dateError = checkEndDate(endDate, context);
  if (dateError) errors.einddatum = dateError;
  if (Object.keys(errors).length > 0 || endDate === null) return { ok: false, errors };
  return { ok: true, value: { theme: input.theme, text, endDate } };
}

/** Line breaks as `\n`, no spaces around the whole text. */
export function normalizeText(text: string): string {
  return text.replace(/\r\n?/g, '\n').trim();
}

function checkText(text: string, maxLength: number): string | null {
  if (text.length === 0) return 'Vul een toelichting in.';
  const length = [...text].length;
  if (length > maxLength) {
    return `De toelichting is te lang: ${length} tekens, ten hoogste ${maxLength}.`;
  }
  // Control characters other than line breaks and tabs have no place in plain text.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: exactly what is being refused
  if (/[\u0000-\u0008\u000B-\u001F\u007F]/.test(text)) {
    return 'De toelichting bevat tekens die geen gewone tekst zijn.';
  }
  return null;
}

function checkEndDate(endDate: IsoDate | null, context: ValidationContext): string | null {
  if (endDate === null) return 'Vul een geldige einddatum in, bijvoorbeeld 31-12-2017.';
  if (endDate < context.today) {
    return `De einddatum ligt in het verleden. Kies ${formatShortDate(context.today)} of later.`;
  }
  const latest = addDays(context.today, context.settings.maxDaysAhead);
  if (endDate > latest) {
    return `De einddatum ligt te ver vooruit. Kies uiterlijk ${formatShortDate(latest)}.`;
  }
  return null;
}

/** `2017-12-31` (a date field) or `31-12-2017` (typed); null when it is no calendar date. */
export function parseDate(text: string): IsoDate | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : dutch
      ? [dutch[3], dutch[2], dutch[1]]
      : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const result = date.toISOString().slice(0, 10);
  // Date.UTC rolls 31-2 over into March: a date that rolled is no date.
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1
    ? result
    : null;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const at = new Date(`${date}T00:00:00Z`);
  at.setUTCDate(at.getUTCDate() + days);
  return at.toISOString().slice(0, 10);
}

/** Today as an ISO date, in UTC like every time the store keeps. */
export function isoDay(at: Date): IsoDate {
  return at.toISOString().slice(0, 10);
}
