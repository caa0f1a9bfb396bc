import * as z from 'zod';
import { IdSchema } from './IdSchema.js';

/**
 * A disaggregation dimension of an indicator (district, age group, ethnicity): observations may carry a
 * value for it, and equity reporting compares groups. When `values` is listed, observations must use one
 * of them.
 *
 * @example
 * ```ts
 * import { DimensionSchema } from 'civic-metrics';
 * DimensionSchema.parse({ id: 'district', values: ['1', '2', '3'] }).values?.length;
 * // => 3
 * ```
 */
export const DimensionSchema = z
  .strictObject({
    id: IdSchema.describe('Key used in observations, e.g. "district".'),
    name: z.string().optional().describe('Display name, e.g. "Council district".'),
    values: z.array(z.string().min(1)).optional().describe('The allowed values, when the list is closed.'),
  })
  .describe('A disaggregation dimension.');

/**
 * A disaggregation dimension (see {@link DimensionSchema}).
 *
 * @example
 * ```ts
 * import type { Dimension } from 'civic-metrics';
 * const district: Dimension = { id: 'district', name: 'Council district' };
 * ```
 */
export type Dimension = z.infer<typeof DimensionSchema>;
