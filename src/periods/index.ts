/**
 * civic-metrics/periods: period labels (days, ISO weeks, months, quarters, years, fiscal quarters and
 * fiscal years), civil-date arithmetic on them, and the time-series operations built on periods
 * (resampling, year to date, rolling windows, gaps and due dates).
 *
 * @packageDocumentation
 */
export type { AggregatedPeriod, AggregateStatus, Coverage } from './AggregatedPeriod.js';
export { type Aggregation, aggregations } from './Aggregation.js';
export { coarsenPeriod } from './coarsenPeriod.js';
export { comparePeriods } from './comparePeriods.js';
export { dueDate } from './dueDate.js';
export type { FiscalCalendar } from './FiscalCalendar.js';
export { type Frequency, frequencies } from './Frequency.js';
export { findGaps } from './findGaps.js';
export { formatPeriod, type PeriodFields } from './formatPeriod.js';
export { isLate } from './isLate.js';
export type { Period } from './Period.js';
export type { PeriodObservation } from './PeriodObservation.js';
export { parsePeriod } from './parsePeriod.js';
export { periodContains } from './periodContains.js';
export { periodLength } from './periodLength.js';
export { periodOf } from './periodOf.js';
export { periodsBetween } from './periodsBetween.js';
export { type ResampleOptions, type ResampleResult, resample } from './resample.js';
export { type RollingOptions, type RollingResult, type RollingWindow, rolling } from './rolling.js';
export { shiftPeriod } from './shiftPeriod.js';
export { sortObservations } from './sortObservations.js';
export {
  type YearToDateChange,
  type YearToDateOptions,
  type YearToDateResult,
  type YearToDateWindow,
  yearToDate,
} from './yearToDate.js';
