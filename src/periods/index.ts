/**
 * civic-metrics/periods: period labels (days, ISO weeks, months, quarters, years, fiscal quarters and
 * fiscal years), civil-date arithmetic on them, and the time-series operations built on periods.
 *
 * @packageDocumentation
 */
export type { FiscalCalendar } from './FiscalCalendar.js';
export { type Frequency, frequencies } from './Frequency.js';
export { formatPeriod, type PeriodFields } from './formatPeriod.js';
export type { Period } from './Period.js';
export { parsePeriod } from './parsePeriod.js';
