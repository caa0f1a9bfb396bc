import * as z from 'zod';

/**
 * The unit of an indicator, discriminated by `type`: `count`; `percent` (values 0-100 unless
 * `allowOutsideRange`, e.g. a percent change); `rate` per `per` (e.g. crimes per 100,000 residents);
 * `currency` with its ISO 4217 code; `duration` with its time unit; `ratio`; `index`; or `custom` with a
 * label. Units decide what may be summed: percentages and rates are never summed.
 *
 * @example
 * ```ts
 * import { UnitSchema } from 'civic-metrics';
 * UnitSchema.parse({ type: 'rate', per: 100000, label: 'per 100,000 residents' }).per;
 * // => 100000
 * ```
 */
export const UnitSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('count'), label: z.string().optional().describe('e.g. "residences"') }),
    z.strictObject({
      type: z.literal('percent'),
      allowOutsideRange: z
        .boolean()
        .optional()
        .describe('Allow values outside 0-100 (percent changes, shares that may exceed 100).'),
    }),
    z.strictObject({
      type: z.literal('rate'),
      per: z.number().positive().describe('The base of the rate: 1000, 100000, ...'),
      label: z.string().optional().describe('e.g. "per 100,000 residents"'),
    }),
    z.strictObject({
      type: z.literal('currency'),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, { message: 'an ISO 4217 code such as "USD"' })
        .describe('ISO 4217 currency code, e.g. USD, GBP, EUR.'),
    }),
    z.strictObject({
      type: z.literal('duration'),
      timeUnit: z.enum(['seconds', 'minutes', 'hours', 'days', 'weeks', 'months', 'years']),
    }),
    z.strictObject({ type: z.literal('ratio') }),
    z.strictObject({ type: z.literal('index'), label: z.string().optional() }),
    z.strictObject({
      type: z.literal('custom'),
      label: z.string().min(1).describe('The unit as shown to people.'),
    }),
  ])
  .describe('The unit of the indicator.');

/**
 * An indicator's unit (see {@link UnitSchema}).
 *
 * @example
 * ```ts
 * import type { Unit } from 'civic-metrics';
 * const days: Unit = { type: 'duration', timeUnit: 'days' };
 * ```
 */
export type Unit = z.infer<typeof UnitSchema>;
