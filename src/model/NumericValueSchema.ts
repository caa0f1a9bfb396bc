import * as z from 'zod';

/**
 * A reported figure: a finite number, or a decimal string (`"1234.56"`) when the figure must stay exact
 * (money, published totals); decimal strings are summed exactly with decimal.js.
 *
 * @example
 * ```ts
 * import { NumericValueSchema } from 'civic-metrics';
 * NumericValueSchema.parse('1234.56');
 * // => '1234.56'
 * ```
 */
export const NumericValueSchema = z
  .union([
    z.number(),
    z.string().regex(/^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/, {
      message: 'a finite number or a decimal string such as "1234.56"',
    }),
  ])
  .describe('A finite number, or a decimal string such as "1234.56" for exact figures.');

/**
 * A reported figure (see {@link NumericValueSchema}).
 *
 * @example
 * ```ts
 * import type { NumericValue } from 'civic-metrics';
 * const exact: NumericValue = '0.1';
 * ```
 */
export type NumericValue = z.infer<typeof NumericValueSchema>;
