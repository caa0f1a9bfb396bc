import * as z from 'zod';

/**
 * The plan's fiscal calendar: the month its fiscal year starts and how fiscal years are named. US cities
 * typically start in July and name a fiscal year by the calendar year in which it ends (FY2025 runs from
 * July 2024 to June 2025); UK public bodies start in April. Defaults: start month 1, naming `'end'`, so
 * fiscal years coincide with calendar years.
 *
 * @example
 * ```ts
 * import { CalendarSchema } from 'civic-metrics';
 * CalendarSchema.parse({ fiscalYearStartMonth: 7 });
 * // => { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' }
 * ```
 */
export const CalendarSchema = z
  .strictObject({
    fiscalYearStartMonth: z
      .number()
      .int()
      .min(1)
      .max(12)
      .default(1)
      .describe('Month (1-12) in which the fiscal year starts: 7 for July, 4 for April.'),
    fiscalYearNaming: z
      .enum(['end', 'start'])
      .default('end')
      .describe(
        "How fiscal years are named: 'end' names FY2025 after the calendar year in which it ends (July 2024-June 2025 when it starts in July); 'start' after the year in which it begins.",
      ),
  })
  .describe('The fiscal calendar of the plan.');

/**
 * A plan's fiscal calendar (output of {@link CalendarSchema}).
 *
 * @example
 * ```ts
 * import type { Calendar } from 'civic-metrics';
 * const usCity: Calendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' };
 * ```
 */
export type Calendar = z.infer<typeof CalendarSchema>;
