import * as z from 'zod';
import { NumericValueSchema } from './NumericValueSchema.js';

/**
 * A `{ min, max }` band, for `range` indicators (e.g. a vacancy rate between 4 and 6 percent). Both ends
 * are inclusive; `min` must not exceed `max`.
 *
 * @example
 * ```ts
 * import { RangeSchema } from 'civic-metrics';
 * RangeSchema.parse({ min: 4, max: 6 });
 * // => { min: 4, max: 6 }
 * ```
 */
export const RangeSchema = z
  .strictObject({
    min: z.number().describe('Lower end of the band, inclusive.'),
    max: z.number().describe('Upper end of the band, inclusive.'),
  })
  .describe('An inclusive band of acceptable values.');

/**
 * How far an actual may miss its target and still count as "at risk" rather than "off track": an absolute
 * amount in the indicator's unit, or `{ relative }` as a fraction of the target (0.1 = within 10%, as in
 * Louisville's LouieStat yellow).
 *
 * @example
 * ```ts
 * import { ToleranceSchema } from 'civic-metrics';
 * ToleranceSchema.parse({ relative: 0.1 });
 * // => { relative: 0.1 }
 * ```
 */
export const ToleranceSchema = z
  .union([
    z.number().nonnegative().describe('Absolute tolerance, in the unit of the indicator.'),
    z.strictObject({ relative: z.number().nonnegative().describe('Tolerance as a fraction of the target.') }),
  ])
  .describe('How far the actual may miss the target and still be at risk rather than off track.');

/**
 * A tolerance (see {@link ToleranceSchema}).
 *
 * @example
 * ```ts
 * import type { Tolerance } from 'civic-metrics';
 * const withinFivePoints: Tolerance = 5;
 * ```
 */
export type Tolerance = z.infer<typeof ToleranceSchema>;

/**
 * A target for one period: a point `value` (number or exact decimal string) or a `{ min, max }` range, with
 * an optional `stretch` value and `tolerance`. The period may be coarser than the indicator's frequency
 * (an annual target for a monthly indicator).
 *
 * @example
 * ```ts
 * import { TargetSchema } from 'civic-metrics';
 * TargetSchema.parse({ period: 'FY2025', value: 80, tolerance: { relative: 0.1 } }).value;
 * // => 80
 * ```
 */
export const TargetSchema = z
  .strictObject({
    period: z.string().describe('Period label the target is for, e.g. "FY2025" or "2024-Q4".'),
    value: z
      .union([NumericValueSchema, RangeSchema])
      .describe('The target: a value, or a { min, max } band.'),
    stretch: NumericValueSchema.optional().describe('A more ambitious value, reported separately.'),
    tolerance: ToleranceSchema.optional(),
    note: z.string().optional().describe('Where the target comes from (a council resolution, a budget).'),
  })
  .describe('A target for one period.');

/**
 * A target (see {@link TargetSchema}).
 *
 * @example
 * ```ts
 * import type { Target } from 'civic-metrics';
 * const target: Target = { period: '2013', value: 33755 };
 * ```
 */
export type Target = z.infer<typeof TargetSchema>;

/**
 * The reference point progress is measured from: a period and its value.
 *
 * @example
 * ```ts
 * import { BaselineSchema } from 'civic-metrics';
 * BaselineSchema.parse({ period: '2010', value: 43755 }).value;
 * // => 43755
 * ```
 */
export const BaselineSchema = z
  .strictObject({
    period: z.string().describe('Period label of the baseline, e.g. "2010".'),
    value: NumericValueSchema,
    note: z.string().optional(),
  })
  .describe('The reference point progress is measured from.');

/**
 * A baseline (see {@link BaselineSchema}).
 *
 * @example
 * ```ts
 * import type { Baseline } from 'civic-metrics';
 * const baseline: Baseline = { period: '2010', value: 160 };
 * ```
 */
export type Baseline = z.infer<typeof BaselineSchema>;
