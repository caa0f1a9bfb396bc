import { ArgumentError } from '../../errors/ArgumentError.js';
import { PeriodError } from '../../errors/PeriodError.js';
import { describe } from '../../internal/describe.js';
import type { FiscalCalendar } from '../FiscalCalendar.js';
import type { Frequency } from '../Frequency.js';
import { frequencies } from '../Frequency.js';
import type { Period } from '../Period.js';
import {
  civilFromDays,
  dayOfYear,
  daysFromCivil,
  daysInMonth,
  formatCivil,
  formatDay,
  isoWeekday,
  isoWeekOneMonday,
  isoWeeksInYear,
  MAX_DAY,
  MIN_DAY,
  pad2,
  pad4,
  yearOfDay,
} from './civil.js';

/**
 * A period in integer form: frequency, label year and index, and first/last day numbers (days since
 * 1970-01-01, inclusive). Every public function works on these and builds {@link Period} objects at the end.
 */
export interface Parts {
  readonly frequency: Frequency;
  readonly year: number;
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly calendar: FiscalCalendar | undefined;
}

/** A period label or a {@link Period}, as the public functions accept it. */
export type PeriodInput = Period | string;

/**
 * Creates parts. Every number is an int32 (day numbers lie in −719162..2932896), stored as such (`| 0`) so
 * that all parts objects share one shape with small-integer fields, whichever arithmetic produced them.
 */
export function makeParts(
  frequency: Frequency,
  year: number,
  index: number,
  start: number,
  end: number,
  calendar: FiscalCalendar | undefined,
): Parts {
  return { frequency, year: year | 0, index: index | 0, start: start | 0, end: end | 0, calendar };
}

/** Whether a frequency is fiscal. */
export function isFiscal(frequency: Frequency): frequency is 'fiscal-quarter' | 'fiscal-year' {
  return frequency === 'fiscal-quarter' || frequency === 'fiscal-year';
}

/** Checks a frequency argument. */
export function readFrequency(fn: string, path: string, value: unknown): Frequency {
  switch (value) {
    case 'day':
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
    case 'fiscal-quarter':
    case 'fiscal-year':
      return value;
  }
  throw new ArgumentError(
    `${fn}: expected ${path} to be one of ${frequencies.map((f) => `'${f}'`).join(', ')}, received ${describe(value)}`,
    { path, value },
  );
}

/** The 24 distinct calendars, created frozen on first use: index `(month − 1) · 2 + (naming === 'start')`. */
const canonicalCalendars: (FiscalCalendar | undefined)[] = [];

/**
 * Checks a fiscal calendar argument (`undefined` allowed) and returns the canonical frozen calendar with
 * the same two fields (one object per start month and naming), so periods built with equal calendars
 * share it, and nothing can change it through the caller's object.
 */
export function readCalendar(fn: string, path: string, value: unknown): FiscalCalendar | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ArgumentError(
      `${fn}: expected ${path} to be a fiscal calendar { fiscalYearStartMonth, fiscalYearNaming }, received ${describe(value)}`,
      { path, value },
    );
  }
  const { fiscalYearStartMonth: month, fiscalYearNaming: naming } = value as Record<string, unknown>;
  if (typeof month !== 'number' || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new ArgumentError(
      `${fn}: expected ${path}.fiscalYearStartMonth to be an integer from 1 to 12, received ${describe(month)}`,
      { path: `${path}.fiscalYearStartMonth`, value: month },
    );
  }
  if (naming !== 'end' && naming !== 'start') {
    throw new ArgumentError(
      `${fn}: expected ${path}.fiscalYearNaming to be one of 'end', 'start', received ${describe(naming)}`,
      { path: `${path}.fiscalYearNaming`, value: naming },
    );
  }
  const key = (month - 1) * 2 + (naming === 'start' ? 1 : 0);
  let calendar = canonicalCalendars[key];
  if (calendar === undefined) {
    calendar = Object.freeze({ fiscalYearStartMonth: month, fiscalYearNaming: naming });
    canonicalCalendars[key] = calendar;
  }
  return calendar;
}

/** Whether two calendars are the same. */
export function sameCalendar(a: FiscalCalendar | undefined, b: FiscalCalendar | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return a.fiscalYearStartMonth === b.fiscalYearStartMonth && a.fiscalYearNaming === b.fiscalYearNaming;
}

/** The calendar year fiscal year `fy` starts in. */
function fiscalStartYear(fy: number, calendar: FiscalCalendar): number {
  return calendar.fiscalYearNaming === 'start' || calendar.fiscalYearStartMonth === 1 ? fy : fy - 1;
}

/** Day number of the first day of the month `monthOffset` months after January of year `y` (offset may exceed 11). */
function monthStart(y: number, monthOffset: number): number {
  return daysFromCivil(y + Math.floor(monthOffset / 12), (monthOffset % 12) + 1, 1);
}

/**
 * The parts of the period of `frequency` numbered (`year`, `index`), or `undefined` when it lies outside
 * 0001-01-01..9999-12-31 or its year is outside 1–9999. `index` must already be valid for the year.
 */
export function partsOf(
  frequency: Frequency,
  year: number,
  index: number,
  calendar: FiscalCalendar | undefined,
): Parts | undefined {
  if (year < 1 || year > 9999) return undefined;
  let start: number;
  let end: number;
  switch (frequency) {
    case 'day':
      start = daysFromCivil(year, 1, 1) + index - 1;
      end = start;
      break;
    case 'week':
      start = isoWeekOneMonday(year) + (index - 1) * 7;
      end = start + 6;
      break;
    case 'month':
      start = daysFromCivil(year, index, 1);
      end = start + daysInMonth(year, index) - 1;
      break;
    case 'quarter':
      start = daysFromCivil(year, index * 3 - 2, 1);
      end = monthStart(year, index * 3) - 1;
      break;
    case 'year':
      start = daysFromCivil(year, 1, 1);
      end = daysFromCivil(year + 1, 1, 1) - 1;
      break;
    case 'fiscal-quarter': {
      const cal = calendar as FiscalCalendar;
      const offset = cal.fiscalYearStartMonth - 1 + (index - 1) * 3;
      const y = fiscalStartYear(year, cal);
      start = monthStart(y, offset);
      end = monthStart(y, offset + 3) - 1;
      break;
    }
    case 'fiscal-year': {
      const cal = calendar as FiscalCalendar;
      const y = fiscalStartYear(year, cal);
      start = monthStart(y, cal.fiscalYearStartMonth - 1);
      end = monthStart(y + 1, cal.fiscalYearStartMonth - 1) - 1;
      break;
    }
  }
  if (start < MIN_DAY || end > MAX_DAY) return undefined;
  return makeParts(frequency, year, index, start, end, isFiscal(frequency) ? calendar : undefined);
}

const ymd: [number, number, number] = [0, 0, 0];

/**
 * The parts of the period of `frequency` holding day number `z`, or `undefined` when that period reaches
 * outside the supported range. Fiscal frequencies need `calendar` (checked by the caller).
 */
export function partsOfDay(
  z: number,
  frequency: Frequency,
  calendar: FiscalCalendar | undefined,
): Parts | undefined {
  if (frequency === 'week') return weekOfDay(z);
  const [y, m, d] = civilFromDays(z, ymd);
  return partsOfCivil(z, y, m, d, frequency, calendar);
}

/** The ISO week of day `z`. */
function weekOfDay(z: number): Parts | undefined {
  return isoWeekParts(z - isoWeekday(z) + 1, yearOfDay(z - isoWeekday(z) + 4));
}

/**
 * The ISO week of day `z` whose civil date `y-m-d` is known: its Thursday is at most three days away, so it
 * lies in year `y` unless that crosses 1 January or 31 December.
 */
function weekOfCivil(z: number, y: number, m: number, d: number): Parts | undefined {
  const toThursday = 4 - isoWeekday(z);
  const day = d + toThursday;
  const year = m === 1 && day < 1 ? y - 1 : m === 12 && day > 31 ? y + 1 : y;
  return isoWeekParts(z + toThursday - 3, year);
}

/** The ISO week starting on Monday `monday` of ISO week-year `y`, or `undefined` out of range. */
function isoWeekParts(monday: number, y: number): Parts | undefined {
  if (monday < MIN_DAY || monday + 6 > MAX_DAY || y < 1 || y > 9999) return undefined;
  const index = Math.floor((monday + 3 - daysFromCivil(y, 1, 1)) / 7) + 1;
  return makeParts('week', y, index, monday, monday + 6, undefined);
}

/** {@link partsOfDay} for a day whose civil date `y-m-d` is already known. */
export function partsOfCivil(
  z: number,
  y: number,
  m: number,
  d: number,
  frequency: Frequency,
  calendar: FiscalCalendar | undefined,
): Parts | undefined {
  switch (frequency) {
    case 'day':
      return makeParts(frequency, y, dayOfYear(y, m, d), z, z, undefined);
    case 'week':
      return weekOfCivil(z, y, m, d);
    case 'month':
      return makeParts(frequency, y, m, z - d + 1, z - d + daysInMonth(y, m), undefined);
    case 'quarter':
      return partsOf(frequency, y, Math.floor((m - 1) / 3) + 1, undefined);
    case 'year':
      return partsOf(frequency, y, 1, undefined);
    case 'fiscal-quarter':
    case 'fiscal-year': {
      const cal = calendar as FiscalCalendar;
      const startMonth = cal.fiscalYearStartMonth;
      const startYear = m >= startMonth ? y : y - 1;
      const fy = cal.fiscalYearNaming === 'start' || startMonth === 1 ? startYear : startYear + 1;
      const index = frequency === 'fiscal-year' ? 1 : Math.floor(((m - startMonth + 12) % 12) / 3) + 1;
      return partsOf(frequency, fy, index, cal);
    }
  }
}

/** The canonical label of a period. */
export function labelOf(parts: Parts): string {
  switch (parts.frequency) {
    case 'day':
      return formatDay(parts.start);
    case 'week':
      return `${pad4(parts.year)}-W${pad2(parts.index)}`;
    case 'month':
      return `${pad4(parts.year)}-${pad2(parts.index)}`;
    case 'quarter':
      return `${pad4(parts.year)}-Q${parts.index}`;
    case 'year':
      return pad4(parts.year);
    case 'fiscal-quarter':
      return `FY${pad4(parts.year)}-Q${parts.index}`;
    case 'fiscal-year':
      return `FY${pad4(parts.year)}`;
  }
}

/** `YYYY-MM-DD` of the day six days after day number `monday`, from its civil date without a second conversion. */
function sundayOf(monday: number): string {
  const [y, m, d] = civilFromDays(monday, ymd);
  const last = daysInMonth(y, m);
  if (d + 6 <= last) return formatCivil(y, m, d + 6);
  return m === 12 ? formatCivil(y + 1, 1, d + 6 - last) : formatCivil(y, m + 1, d + 6 - last);
}

const QUARTER_START = ['', '-01-01', '-04-01', '-07-01', '-10-01'];
const QUARTER_END = ['', '-03-31', '-06-30', '-09-30', '-12-31'];

/** `YYYY-MM-01` and `YYYY-MM-DD` (last day) of the months `first` and `last` months after January of `y`. */
function monthSpan(y: number, first: number, last: number): [string, string] {
  const sy = y + Math.floor(first / 12);
  const sm = (first % 12) + 1;
  const ey = y + Math.floor(last / 12);
  const em = (last % 12) + 1;
  return [`${pad4(sy)}-${pad2(sm)}-01`, formatCivil(ey, em, daysInMonth(ey, em))];
}

/** Builds the public {@link Period} of some parts (dates formatted without day-number round trips). */
export function toPeriod(parts: Parts): Period {
  const { frequency, year, index } = parts;
  let label: string;
  let start: string;
  let end: string;
  switch (frequency) {
    case 'day':
      label = formatDay(parts.start);
      start = label;
      end = label;
      break;
    case 'week':
      label = `${pad4(year)}-W${pad2(index)}`;
      start = formatDay(parts.start);
      end = sundayOf(parts.start);
      break;
    case 'month': {
      label = `${pad4(year)}-${pad2(index)}`;
      start = `${label}-01`;
      end = `${label}-${pad2(daysInMonth(year, index))}`;
      break;
    }
    case 'quarter': {
      const y = pad4(year);
      label = `${y}-Q${index}`;
      start = y + QUARTER_START[index];
      end = y + QUARTER_END[index];
      break;
    }
    case 'year':
      label = pad4(year);
      start = `${label}-01-01`;
      end = `${label}-12-31`;
      break;
    case 'fiscal-quarter':
    case 'fiscal-year': {
      const cal = parts.calendar as FiscalCalendar;
      const first = cal.fiscalYearStartMonth - 1 + (frequency === 'fiscal-quarter' ? (index - 1) * 3 : 0);
      [start, end] = monthSpan(
        fiscalStartYear(year, cal),
        first,
        first + (frequency === 'fiscal-quarter' ? 2 : 11),
      );
      label = frequency === 'fiscal-quarter' ? `FY${pad4(year)}-Q${index}` : `FY${pad4(year)}`;
      return { label, frequency, start, end, year: year | 0, index: index | 0, calendar: cal };
    }
  }
  return { label, frequency, start, end, year: year | 0, index: index | 0 };
}

const LABEL_FORMS =
  "a period label ('YYYY-MM-DD', 'YYYY-Www', 'YYYY-MM', 'YYYY-Qn', 'YYYY', 'FYyyyy-Qn' or 'FYyyyy')";

function invalid(fn: string, path: string, expected: string, label: unknown): never {
  throw new PeriodError('invalid_period', `${fn}: expected ${expected}, received ${describe(label)}`, {
    path,
    value: label,
  });
}

const MONTH_NAMES = ['', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'];

function digits(label: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = label.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/**
 * Reads a period label into parts, throwing a {@link PeriodError} that names the label and what was
 * expected: `invalid_period` for anything but a canonical, existing period in range; `missing_calendar` for
 * a fiscal label without a calendar. `calendar` must already be checked by {@link readCalendar}.
 */
export function parseLabel(
  fn: string,
  path: string,
  label: unknown,
  calendar: FiscalCalendar | undefined,
): Parts {
  if (typeof label !== 'string') invalid(fn, path, LABEL_FORMS, label);
  const length = label.length;
  let parts: Parts | undefined;
  if (length >= 4 && label.charCodeAt(0) !== 70 /* F */) {
    const year = digits(label, 0, 4);
    if (year < 0 || (length > 4 && label.charCodeAt(4) !== 45) /* - */) invalid(fn, path, LABEL_FORMS, label);
    if (year === 0) invalid(fn, path, 'a year from 0001 to 9999', label);
    if (length === 10 && label.charCodeAt(7) === 45) {
      const month = digits(label, 5, 7);
      const day = digits(label, 8, 10);
      if (month < 0 || day < 0) invalid(fn, path, LABEL_FORMS, label);
      if (month < 1 || month > 12) invalid(fn, path, `a month from 01 to 12 in 'YYYY-MM-DD'`, label);
      const last = daysInMonth(year, month);
      if (day < 1 || day > last)
        invalid(fn, path, `a day from 01 to ${last} in ${pad4(year)}-${MONTH_NAMES[month]}`, label);
      const z = daysFromCivil(year, month, day);
      return makeParts('day', year, dayOfYear(year, month, day), z, z, undefined);
    }
    if (length === 4) parts = partsOf('year', year, 1, undefined);
    else if (length === 7 && label.charCodeAt(5) !== 87 /* W */ && label.charCodeAt(5) !== 81 /* Q */) {
      const month = digits(label, 5, 7);
      if (month < 0) invalid(fn, path, LABEL_FORMS, label);
      if (month < 1 || month > 12) invalid(fn, path, `a month from 01 to 12 in 'YYYY-MM'`, label);
      parts = partsOf('month', year, month, undefined);
    } else if (length === 8 && label.charCodeAt(5) === 87) {
      const week = digits(label, 6, 8);
      if (week < 0) invalid(fn, path, LABEL_FORMS, label);
      const weeks = isoWeeksInYear(year);
      if (week < 1 || week > weeks)
        invalid(fn, path, `an ISO week from 01 to ${weeks} (${pad4(year)} has ${weeks} ISO weeks)`, label);
      parts = partsOf('week', year, week, undefined);
    } else if (length === 7 && label.charCodeAt(5) === 81) {
      const quarter = digits(label, 6, 7);
      if (quarter < 0) invalid(fn, path, LABEL_FORMS, label);
      if (quarter < 1 || quarter > 4) invalid(fn, path, `a quarter from 1 to 4 in 'YYYY-Qn'`, label);
      parts = partsOf('quarter', year, quarter, undefined);
    } else invalid(fn, path, LABEL_FORMS, label);
  } else if (label.startsWith('FY')) {
    const match = /^FY(\d+)(?:-Q(\d+))?$/.exec(label);
    if (match === null) invalid(fn, path, LABEL_FORMS, label);
    const yearText = match[1] as string;
    if (yearText.length !== 4) invalid(fn, path, "a four-digit fiscal year ('FYyyyy' or 'FYyyyy-Qn')", label);
    const year = Number(yearText);
    if (year === 0) invalid(fn, path, 'a fiscal year from 0001 to 9999', label);
    const quarterText = match[2];
    if (quarterText !== undefined && (quarterText.length !== 1 || quarterText < '1' || quarterText > '4'))
      invalid(fn, path, `a fiscal quarter from 1 to 4 in 'FYyyyy-Qn'`, label);
    if (calendar === undefined) {
      throw new PeriodError(
        'missing_calendar',
        `${fn}: expected a fiscal calendar { fiscalYearStartMonth, fiscalYearNaming } to read the fiscal label ${describe(label)}, received none`,
        { path, value: label },
      );
    }
    parts =
      quarterText === undefined
        ? partsOf('fiscal-year', year, 1, calendar)
        : partsOf('fiscal-quarter', year, Number(quarterText), calendar);
  } else invalid(fn, path, LABEL_FORMS, label);
  if (parts === undefined) invalid(fn, path, 'a period lying within 0001-01-01..9999-12-31', label);
  return parts;
}

/**
 * Reads a period given as a label or a {@link Period}. A `Period` is checked against its own label (and its
 * own calendar, if fiscal): a hand-built object whose fields disagree is an `invalid_period` error.
 */
export function readPeriod(
  fn: string,
  path: string,
  value: unknown,
  calendar: FiscalCalendar | undefined,
): Parts {
  if (typeof value === 'string') return parseLabel(fn, path, value, calendar);
  if (typeof value !== 'object' || value === null) invalid(fn, path, `${LABEL_FORMS} or a Period`, value);
  const period = value as Partial<Period>;
  const own =
    period.calendar === undefined ? calendar : readCalendar(fn, `${path}.calendar`, period.calendar);
  const parts = parseLabel(fn, `${path}.label`, period.label, own);
  if (
    period.frequency !== parts.frequency ||
    period.start !== formatDay(parts.start) ||
    period.end !== formatDay(parts.end)
  ) {
    invalid(
      fn,
      path,
      `a Period whose frequency, start and end match its label ${describe(period.label)} (${parts.frequency} ${formatDay(parts.start)}..${formatDay(parts.end)})`,
      `${String(period.frequency)} ${String(period.start)}..${String(period.end)}`,
    );
  }
  return parts;
}

/**
 * Reads a civil date given as `YYYY-MM-DD` or a `Date` (read by its local calendar date, as `getFullYear`,
 * `getMonth` and `getDate` report it) into a day number, writing `[year, month, day]` into `civil`.
 */
export function readDay(
  fn: string,
  path: string,
  value: unknown,
  civil: [number, number, number] = [0, 0, 0],
): number {
  if (typeof value === 'string') {
    if (value.length === 10 && value.charCodeAt(4) === 45 && value.charCodeAt(7) === 45) {
      const year = digits(value, 0, 4);
      const month = digits(value, 5, 7);
      const day = digits(value, 8, 10);
      if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        civil[0] = year;
        civil[1] = month;
        civil[2] = day;
        return daysFromCivil(year, month, day);
      }
    }
    invalid(fn, path, 'an existing date YYYY-MM-DD from 0001-01-01 to 9999-12-31', value);
  }
  if (value instanceof Date) {
    const time = value.getTime();
    const year = value.getFullYear();
    if (Number.isNaN(time) || year < 1 || year > 9999)
      invalid(fn, path, 'a valid Date from year 1 to 9999', value);
    civil[0] = year;
    civil[1] = value.getMonth() + 1;
    civil[2] = value.getDate();
    return daysFromCivil(year, civil[1], civil[2]);
  }
  return invalid(fn, path, 'a date YYYY-MM-DD or a Date', value);
}

/** A linear number of a period within its frequency: consecutive periods have consecutive ordinals. */
export function ordinalOf(parts: Parts): number {
  switch (parts.frequency) {
    case 'day':
      return parts.start;
    case 'week':
      return (parts.start + 3) / 7;
    case 'month':
      return parts.year * 12 + parts.index - 1;
    case 'quarter':
    case 'fiscal-quarter':
      return parts.year * 4 + parts.index - 1;
    case 'year':
    case 'fiscal-year':
      return parts.year;
  }
}

/** The period of a frequency with a given ordinal (see {@link ordinalOf}), or `undefined` out of range. */
export function partsOfOrdinal(
  frequency: Frequency,
  ordinal: number,
  calendar: FiscalCalendar | undefined,
): Parts | undefined {
  switch (frequency) {
    case 'day':
      return ordinal < MIN_DAY || ordinal > MAX_DAY ? undefined : partsOfDay(ordinal, 'day', undefined);
    case 'week':
      return ordinal * 7 - 3 < MIN_DAY || ordinal * 7 - 3 > MAX_DAY
        ? undefined
        : partsOfDay(ordinal * 7 - 3, 'week', undefined);
    case 'month':
      return partsOf(frequency, Math.floor(ordinal / 12), (((ordinal % 12) + 12) % 12) + 1, undefined);
    case 'quarter':
    case 'fiscal-quarter':
      return partsOf(frequency, Math.floor(ordinal / 4), (((ordinal % 4) + 4) % 4) + 1, calendar);
    case 'year':
    case 'fiscal-year':
      return partsOf(frequency, ordinal, 1, calendar);
  }
}

/** Describes a period for messages: `'2024-07' (month)`. */
export function describePeriod(parts: Parts): string {
  return `'${labelOf(parts)}' (${parts.frequency})`;
}
