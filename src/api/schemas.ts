/**
 * The API's own answers as zod schemas: the figures list, the municipality list, the reference
 * dates and the error body. The OpenAPI document is generated from these (and from the model
 * schemas), and the tests check real answers against them, so the document cannot drift.
 */
import { z } from 'zod';
import { changeSchema, explanationSchema } from './history-schema.ts';
import { fractionSchema, isoDate, ratingSchema, sectionIdSchema } from './model-schema-parts.ts';

export const CODE_PATTERN = /^GM\d{4}$/;

export const codeSchema = z
  .string()
  .regex(CODE_PATTERN)
  .describe('CBS-gemeentecode, bijvoorbeeld GM0441.');

export const errorSchema = z
  .object({
    error: z.object({
      status: z.number().int().describe('De HTTP-status, nogmaals.'),
      code: z
        .enum([
          'ongeldig-verzoek',
          'niet-ingelogd',
          'geen-toegang',
          'niet-gevonden',
          'methode-niet-toegestaan',
          'te-veel-verzoeken',
          'geen-gegevens',
          'serverfout',
        ])
        .describe('Vaste code om in software op te reageren.'),
      message: z.string().describe('Uitleg in het Nederlands.'),
    }),
  })
  .describe('Een foutmelding.');

export const municipalityListSchema = z.object({
  referenceDate: isoDate.describe('De peildatum waarop de lijst het gemeentenregister volgt.'),
  municipalities: z.array(z.object({ code: codeSchema, name: z.string() })),
});

export const referenceDatesSchema = z.object({
  referenceDates: z.array(isoDate).describe('Peildata met een monitor, nieuwste eerst.'),
});

export const figureComparisonSchema = z.object({
  kind: z.enum(['national-mean', 'peer-mean', 'norm', 'national-count']),
  label: z.string().describe('Bijvoorbeeld Landelijk gemiddelde of Norm.'),
  value: z.string().describe('De vergelijkingswaarde zoals de monitor hem toont.'),
  exact: fractionSchema.nullable(),
  basis: z
    .number()
    .int()
    .nullable()
    .describe('Aantal gemeenten achter een gemiddelde; null bij een norm.'),
});

export const figureRowSchema = z.object({
  id: z.string().describe('Vaste id van het cijfer, bijvoorbeeld volwassenheid_burger.'),
  section: sectionIdSchema,
  label: z.string(),
  value: z.string().describe('De waarde precies zoals de monitor (HTML en PDF) hem toont.'),
  exact: fractionSchema
    .nullable()
    .describe('Exacte teller/noemer; null bij ja/nee of geen gegevens.'),
  comparison: figureComparisonSchema.nullable(),
  rating: ratingSchema.nullable().describe('Null voor cijfers die niet zelf beoordeeld worden.'),
  ratingText: z.string().nullable().describe('De beoordeling zoals de monitor hem toont.'),
  reason: z.string().nullable(),
  change: changeSchema
    .nullable()
    .optional()
    .describe('Verandering sinds het vorige kwartaal; null zonder eerder kwartaal.'),
  explanation: explanationSchema.optional(),
});

export const figuresSchema = z.object({
  municipality: z.object({ code: codeSchema, name: z.string() }),
  referenceDate: isoDate,
  referenceDateText: z.string().describe('Peildatum zoals getoond, bijvoorbeeld 23-1-2017.'),
  methodologyVersion: z.string(),
  figures: z.array(figureRowSchema),
});

export type ApiError = z.infer<typeof errorSchema>['error'];
export type ErrorCode = ApiError['code'];
export type FigureRow = z.infer<typeof figureRowSchema>;
export type FiguresAnswer = z.infer<typeof figuresSchema>;
