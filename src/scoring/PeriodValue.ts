/**
 * One reported figure for one period, the observation shape every time-aware scoring function accepts:
 * `period` is a canonical label of `civic-metrics/periods` (`2024-07`, `2024-Q3`, `FY2025`, …) and `value`
 * a finite number, a decimal string for exact figures (`"1234.56"`), or `null` (or `NaN`) when the figure is
 * missing. Missing values are never read as zero: functions skip them and say so, or return `no_data`.
 * Plan observations (`{ indicatorId, period, value, … }`) fit this shape as they are.
 *
 * @example
 * ```ts
 * import type { PeriodValue } from 'civic-metrics/scoring';
 * const blighted: PeriodValue[] = [
 *   { period: '2010', value: 43755 },
 *   { period: '2011', value: 40200 },
 *   { period: '2012', value: null },
 * ];
 * ```
 */
export interface PeriodValue {
  /** The period label, e.g. `2024-07` or `FY2025`. */
  readonly period: string;
  /** The figure, or `null` when missing. */
  readonly value: number | string | null;
}
