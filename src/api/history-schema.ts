/**
 * The optional parts of the report model added for issue 5, as zod schemas: a figure's change
 * since the previous quarter, a section's trend, the report's quarter history and the
 * municipality's explanation (comply or explain). Monitors made without history, and archives
 * from before it, leave them out; clients must not count on them.
 */
import { z } from 'zod';
import { isoDate, measureSchema } from './model-schema-parts.ts';

export const changeSchema = z
  .object({
    direction: z.enum(['up', 'down', 'equal', 'changed', 'none']),
    previous: measureSchema.nullable().describe('De eerdere waarde; null bij none.'),
    previousDate: isoDate,
    previousDateText: z.string().describe('Het vorige kwartaalpunt zoals getoond: 24-10-2016.'),
    text: z
      .string()
      .describe('Zoals getoond, bijvoorbeeld: hoger dan vorig kwartaal (6,5 op 24-10-2016).'),
    basisNote: z
      .string()
      .nullable()
      .describe('Opmerking als de gemeenten achter de vergelijking veranderden (fusie).'),
  })
  .describe('Optioneel: verandering ten opzichte van het vorige kwartaal.');

const trendPointSchema = z.object({ date: isoDate, dateText: z.string() });

export const trendSchema = z
  .object({
    figureId: z.string(),
    label: z.string(),
    points: z.array(trendPointSchema),
    series: z.array(
      z.object({
        role: z.enum(['municipality', 'predecessor', 'comparison']),
        label: z.string(),
        values: z.array(measureSchema.nullable()).describe('Eén waarde per punt.'),
      }),
    ),
  })
  .describe('Optioneel: één cijfer over alle kwartaalpunten (de trendgrafiek).');

const namedCode = z.object({ code: z.string(), name: z.string() });

export const historySchema = z
  .object({
    points: z.array(trendPointSchema),
    previous: trendPointSchema.nullable(),
    mergers: z.array(
      z.object({
        successor: namedCode,
        predecessors: z.array(namedCode),
        date: isoDate,
        dateText: z.string(),
        text: z.string(),
      }),
    ),
  })
  .describe('Optioneel: de kwartalen achter change en trend, met gemeentelijke herindelingen.');

export const explanationSchema = z
  .object({
    text: z.string(),
    endDate: isoDate,
    endDateText: z.string(),
    writtenOn: isoDate,
    writtenOnText: z.string(),
  })
  .describe('Optioneel: toelichting van de gemeente bij de beoordeling (pas toe of leg uit).');
