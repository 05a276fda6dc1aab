/**
 * The building blocks of the report model's schemas (dates, ratings, measures, comparisons),
 * shared by the model and the history schemas.
 */
import { z } from 'zod';
import { RATINGS, SECTION_IDS } from '../report/model.ts';

export const isoDate = z.iso.date().describe('Datum als JJJJ-MM-DD.');

export const ratingSchema = z
  .enum(RATINGS)
  .describe(
    'Beoordeling: ok = In orde, attention = Aandacht vereist, not ok = (Nog) niet in orde, ' +
      'no data = Geen gegevens beschikbaar.',
  );

export const sectionIdSchema = z.enum(SECTION_IDS).describe('Paragraaf van de monitor.');

export const fractionSchema = z
  .object({ numerator: z.number().int(), denominator: z.number().int() })
  .describe('Exacte waarde als breuk teller/noemer; er wordt niet mee afgerond.');

export const measureSchema = z
  .object({
    exact: fractionSchema.nullable(),
    approx: z.number().nullable().describe('Benadering, alleen voor grafieken.'),
    text: z.string().describe('De waarde zoals de monitor hem toont, bijvoorbeeld 68% of 6,7.'),
  })
  .describe('Een waarde: exact, benaderd en zoals getoond.');

export const comparisonSchema = z.object({
  kind: z.enum(['national-mean', 'peer-mean', 'norm', 'national-count']),
  label: z.string(),
  measure: measureSchema,
  basis: z.number().int().nullable(),
});
