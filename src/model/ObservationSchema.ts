import * as z from 'zod';
import { IdSchema } from './IdSchema.js';
import { NumericValueSchema } from './NumericValueSchema.js';

/**
 * A dimension key: any non-empty string except `__proto__`, `constructor` and `prototype`, which could
 * otherwise reach an object's prototype.
 */
const DimensionKeySchema = z
  .string()
  .min(1)
  .refine((key) => key !== '__proto__' && key !== 'constructor' && key !== 'prototype', {
    message: 'a dimension name other than __proto__, constructor or prototype',
  });

/**
 * One reported figure: an indicator's value for a period (and, optionally, for one group of its
 * disaggregation dimensions). Give `value` (a number or an exact decimal string), or `numerator` and
 * `denominator` for ratio indicators (they are summed before dividing), or both. `value: null` records that
 * the figure was due but not reported. `status` says whether it may still change.
 *
 * @example
 * ```ts
 * import { ObservationSchema } from 'civic-metrics';
 * ObservationSchema.parse({ indicatorId: 'inspection-days', period: '2024-07', value: 96 }).status;
 * // => 'final'
 * ```
 */
export const ObservationSchema = z
  .strictObject({
    indicatorId: IdSchema.describe('Id of the indicator this figure is for.'),
    period: z.string().describe("Period label at the indicator's frequency, e.g. 2024-07 or FY2025-Q1."),
    value: NumericValueSchema.nullable().optional().describe('The figure; null when due but not reported.'),
    numerator: z.number().optional().describe('Numerator, for ratio indicators.'),
    denominator: z.number().optional().describe('Denominator, for ratio indicators.'),
    status: z
      .enum(['final', 'provisional', 'estimated'])
      .default('final')
      .describe('Whether the figure may still change.'),
    dimensions: z
      .record(DimensionKeySchema, z.string())
      .optional()
      .describe('Dimension values of this figure, e.g. { "district": "3" }; absent for the total.'),
    note: z.string().optional(),
    source: z.string().optional().describe('Where this figure came from (file, system, row).'),
  })
  .describe('One reported figure of an indicator for a period.');

/**
 * An observation (output of {@link ObservationSchema}).
 *
 * @example
 * ```ts
 * import type { Observation } from 'civic-metrics';
 * const figure: Observation = { indicatorId: 'on-time-permits', period: '2024-Q2', numerator: 412, denominator: 450, status: 'final' };
 * ```
 */
export type Observation = z.infer<typeof ObservationSchema>;
