import * as z from 'zod';
import { DimensionSchema } from './DimensionSchema.js';
import { AggregationSchema, FrequencySchema, PolaritySchema } from './enums.js';
import { IdSchema } from './IdSchema.js';
import { BaselineSchema, TargetSchema } from './TargetSchema.js';
import { UnitSchema } from './UnitSchema.js';

/**
 * A measured indicator: what is counted, in what unit, how often, which direction is better, how values
 * combine over time, its baseline and targets, and who owns it.
 *
 * `kind` places it in the logic model (input → activity → output → outcome, plus efficiency and quality);
 * `rbaCategory` is the Results-Based Accountability question it answers (how much did we do, how well did
 * we do it, is anyone better off).
 *
 * @example
 * ```ts
 * import { IndicatorSchema } from 'civic-metrics';
 * const indicator = IndicatorSchema.parse({
 *   id: 'blighted-residences',
 *   name: 'Blighted residential addresses',
 *   polarity: 'decrease',
 *   frequency: 'year',
 *   aggregation: 'last',
 *   unit: { type: 'count', label: 'addresses' },
 *   baseline: { period: '2010', value: 43755 },
 *   targets: [{ period: '2013', value: 33755 }],
 * });
 * indicator.targets.length;
 * // => 1
 * ```
 */
export const IndicatorSchema = z
  .strictObject({
    id: IdSchema.describe('Unique id of the indicator within the plan.'),
    name: z.string().min(1).describe('Display name.'),
    description: z.string().optional().describe('What the indicator tells people, in plain language.'),
    definition: z.string().optional().describe('How it is calculated: numerator, denominator, exclusions.'),
    dataSource: z.string().optional().describe('Where the data comes from (system, survey, agency).'),
    kind: z
      .enum(['input', 'activity', 'output', 'outcome', 'efficiency', 'quality'])
      .optional()
      .describe('Place in the logic model.'),
    rbaCategory: z
      .enum(['how_much', 'how_well', 'better_off'])
      .optional()
      .describe('Results-Based Accountability: how much did we do, how well, is anyone better off.'),
    unit: UnitSchema,
    polarity: PolaritySchema,
    frequency: FrequencySchema,
    aggregation: AggregationSchema,
    decimals: z
      .number()
      .int()
      .min(0)
      .max(12)
      .optional()
      .describe('Decimals shown to people (rounding half up).'),
    baseline: BaselineSchema.optional(),
    targets: z.array(TargetSchema).default([]).describe('Targets, each for one period.'),
    ownerId: IdSchema.optional().describe('Id of the accountable owner.'),
    reportingLagDays: z
      .number()
      .int()
      .min(0)
      .default(0)
      .describe('Days after a period ends by which its data is due.'),
    dimensions: z.array(DimensionSchema).default([]).describe('Disaggregation dimensions.'),
    tags: z.array(z.string()).default([]),
  })
  .describe('A measured indicator.');

/**
 * An indicator (output of {@link IndicatorSchema}).
 *
 * @example
 * ```ts
 * import type { Indicator } from 'civic-metrics';
 * const inspections: Indicator = {
 *   id: 'inspection-days', name: 'Days from complaint to inspection', polarity: 'decrease', frequency: 'month',
 *   aggregation: 'mean', unit: { type: 'duration', timeUnit: 'days' }, targets: [], reportingLagDays: 15,
 *   dimensions: [], tags: [],
 * };
 * ```
 */
export type Indicator = z.infer<typeof IndicatorSchema>;
