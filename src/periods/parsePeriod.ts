import type { FiscalCalendar } from './FiscalCalendar.js';
import { parseLabel, readCalendar, toPeriod } from './internal/parts.js';
import type { Period } from './Period.js';

/**
 * Parses a canonical period label into a {@link Period}.
 *
 * Accepted labels, exactly as written (no whitespace, upper-case `W`, `Q`, `FY`, four-digit years
 * 0001–9999):
 *
 * | frequency | label | example | start .. end |
 * |---|---|---|---|
 * | `day` | `YYYY-MM-DD` | `2024-02-29` | the day |
 * | `week` | `YYYY-Www` | `2020-W53` | Monday .. Sunday of ISO 8601 week `ww` of ISO week-year `YYYY` |
 * | `month` | `YYYY-MM` | `2024-07` | 1st .. last day of the month |
 * | `quarter` | `YYYY-Qn` | `2024-Q3` | months 3n−2 .. 3n |
 * | `year` | `YYYY` | `2024` | Jan 1 .. Dec 31 |
 * | `fiscal-quarter` | `FYyyyy-Qn` | `FY2025-Q1` | months 3n−2 .. 3n of the fiscal year |
 * | `fiscal-year` | `FYyyyy` | `FY2025` | the twelve months from `fiscalYearStartMonth` |
 *
 * ISO week 1 is the week holding 4 January (ISO 8601-1:2019 §5.2.4, week date), so a year has 53 ISO
 * weeks exactly when it starts on a Thursday, or is a leap year starting on a Wednesday. A fiscal year `FYn` starts in
 * calendar year `n − 1` when `fiscalYearNaming` is `'end'` and `fiscalYearStartMonth > 1`, otherwise in `n`.
 *
 * Nothing is ever shifted or normalised: a label naming a day, week, month or quarter that does not exist is
 * an error, as is a period reaching outside 0001-01-01..9999-12-31.
 *
 * @param label - The period label.
 * @param calendar - The fiscal calendar; required for `FY…` labels, ignored otherwise.
 * @returns The {@link Period}; fiscal periods carry a copy of `calendar`.
 * @throws {PeriodError} `invalid_period` for a label that is not canonical or names no existing period
 *   (`2024-13`, `2021-W53`, `2023-02-29`, `2024-Q5`, `FY24`, ` 2024`); `missing_calendar` for a fiscal label
 *   without `calendar`. The message names the label and what was expected; `path` is `'label'`.
 * @throws {ArgumentError} `invalid_argument` for a malformed `calendar`.
 * @see ISO 8601-1:2019, Date and time — Representations for information interchange, §5.2.4 (week date).
 *
 * @example
 * ```ts
 * import { parsePeriod } from 'civic-metrics';
 * const q1 = parsePeriod('FY2025-Q1', { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' });
 * [q1.start, q1.end];
 * // => ['2024-07-01', '2024-09-30']
 * parsePeriod('2020-W53').end;
 * // => '2021-01-03'
 * ```
 */
export function parsePeriod(label: string, calendar?: FiscalCalendar): Period {
  return toPeriod(
    parseLabel('parsePeriod', 'label', label, readCalendar('parsePeriod', 'calendar', calendar)),
  );
}
