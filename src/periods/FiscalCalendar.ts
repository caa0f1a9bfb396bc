/**
 * A fiscal calendar: the month a fiscal year starts in, and whether a fiscal year is named after the
 * calendar year it ends in (`'end'`, the usual US government convention: FY2025 runs 2024-07-01 to
 * 2025-06-30 when it starts in July) or the one it starts in (`'start'`: FY2025 runs 2025-07-01 to
 * 2026-06-30).
 *
 * With `fiscalYearStartMonth: 1` the fiscal year is the calendar year whatever the naming. Fiscal quarters
 * are the four consecutive three-month blocks of the fiscal year, Q1 first.
 *
 * @example
 * ```ts
 * import type { FiscalCalendar } from 'civic-metrics';
 * const calendar: FiscalCalendar = { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' };
 * ```
 */
export interface FiscalCalendar {
  /** The month (1 = January … 12 = December) the fiscal year starts on the first day of. */
  readonly fiscalYearStartMonth: number;
  /** Name a fiscal year after the calendar year it ends in (`'end'`) or starts in (`'start'`). */
  readonly fiscalYearNaming: 'end' | 'start';
}
