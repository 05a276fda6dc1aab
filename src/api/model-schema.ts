/**
 * The report model (src/report/model.ts) as zod schemas, for the OpenAPI document. The API
 * serialises the model as it is; these schemas only describe it. Report, section and figure
 * are open objects, so a client does not break when a later version adds an optional field.
 * A compile-time check below keeps the schemas in step with the model's types.
 */
import { z } from 'zod';
import type { Report } from '../report/model.ts';
import { TABLE_NAMES } from '../sources/tables.ts';
import { changeSchema, explanationSchema, historySchema, trendSchema } from './history-schema.ts';
import {
  comparisonSchema,
  isoDate,
  measureSchema,
  ratingSchema,
  sectionIdSchema,
} from './model-schema-parts.ts';

export const figureSchema = z.looseObject({
  id: z.string(),
  section: sectionIdSchema,
  label: z.string(),
  value: measureSchema,
  comparison: comparisonSchema.nullable(),
  rating: ratingSchema.nullable(),
  reason: z.string().nullable(),
  explanation: explanationSchema.optional(),
  change: changeSchema.nullable().optional(),
});

const tableSchema = z.object({
  id: z.string(),
  section: sectionIdSchema,
  title: z.string(),
  columns: z.array(z.object({ label: z.string(), numeric: z.boolean() })),
  rows: z.array(z.array(z.string())).describe('Cellen zoals getoond.'),
  notes: z.array(z.string()),
  emptyText: z.string(),
});

export const sectionSchema = z.looseObject({
  id: sectionIdSchema,
  title: z.string(),
  figures: z.array(figureSchema),
  tables: z.array(tableSchema),
  notes: z.array(z.string()),
  trend: trendSchema.nullable().optional(),
});

const tileSchema = z.object({
  id: z.string(),
  section: sectionIdSchema,
  label: z.string(),
  rating: ratingSchema,
  figureId: z.string(),
  reason: z.string().nullable(),
  explanation: explanationSchema.optional(),
});

const importSchema = z.object({
  id: z.number().int(),
  table: z.enum(TABLE_NAMES),
  dataDate: isoDate,
  fileName: z.string(),
  contentHash: z.string(),
  importedAt: z.string(),
  rowCount: z.number().int(),
});

const helpSchema = z.object({
  section: z.union([sectionIdSchema, z.literal('bijlage-2')]),
  topic: z.string(),
  contact: z.string().nullable(),
  email: z.string().nullable(),
  url: z.string().nullable(),
});

const appendicesSchema = z.object({
  ratings: z.array(
    z.object({
      theme: z.string(),
      sections: z.array(sectionIdSchema),
      rules: z.array(z.object({ rating: ratingSchema, when: z.string() })),
      note: z.string().nullable(),
    }),
  ),
  sources: z.array(
    z.object({
      table: z.enum(TABLE_NAMES),
      source: z.string(),
      dataDate: isoDate,
      shownAs: z.string(),
      refresh: z.string(),
      sections: z.array(sectionIdSchema),
      fileName: z.string(),
    }),
  ),
  versions: z.array(z.object({ version: z.string(), date: isoDate, changes: z.array(z.string()) })),
});

export const reportSchema = z
  .looseObject({
    schemaVersion: z.literal(1),
    municipality: z.object({ code: z.string(), name: z.string(), province: z.string() }),
    referenceDate: isoDate,
    referenceDateText: z.string().describe('Peildatum zoals getoond, bijvoorbeeld 23-1-2017.'),
    methodology: z.object({ version: z.string(), effectiveFrom: isoDate }),
    imports: z.array(importSchema),
    nationalBasis: z.number().int(),
    peerGroup: z.object({ stars: z.number().int(), size: z.number().int() }),
    stars: z.object({
      stars: z.number().int(),
      criteria: z.array(z.object({ id: z.string(), label: z.string(), met: z.boolean() })),
    }),
    summary: z.array(
      z.object({
        id: z.enum(['dienstverlening', 'informatievoorziening', 'landelijke-voorzieningen']),
        title: z.string(),
        tiles: z.array(tileSchema),
      }),
    ),
    sections: z.array(sectionSchema),
    appendices: appendicesSchema,
    help: z.array(helpSchema),
    history: historySchema.optional(),
  })
  .describe('Het rapportmodel: de hele monitor van één gemeente op één peildatum.');

/** Fails to compile when the model gains or changes a required field the schema lacks. */
type Assignable<T extends U, U> = T;
/** The schema's type without the open objects' index signatures (interfaces have none). */
type Known<T> = T extends readonly (infer E)[]
  ? Known<E>[]
  : T extends object
    ? { [K in keyof T as string extends K ? never : K]: Known<T[K]> }
    : T;
export type ReportMatchesSchema = Assignable<Report, Known<z.input<typeof reportSchema>>>;
