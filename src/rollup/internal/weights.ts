import { PeriodError } from '../../errors/PeriodError.js';
import { fail } from '../../internal/assert.js';
import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import { parsePeriod } from '../../periods/parsePeriod.js';

/** Formats a `Date` as its local calendar date, `YYYY-MM-DD`. */
function localDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Reads an as-of point as a day, `YYYY-MM-DD`: a date string, a `Date` (its local calendar date) or a
 * period label (its last day, so the state at the end of the period).
 */
export function readAsOf(
  fn: string,
  path: string,
  value: unknown,
  calendar: FiscalCalendar | undefined,
): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail(fn, path, 'to be a valid date', value);
    return localDate(value);
  }
  if (typeof value !== 'string') fail(fn, path, 'to be a date (YYYY-MM-DD), a Date or a period label', value);
  try {
    return parsePeriod(value, calendar).end;
  } catch (error) {
    if (error instanceof PeriodError) {
      fail(fn, path, `to be a date (YYYY-MM-DD), a Date or a period label (${error.message})`, value);
    }
    throw error;
  }
}

/** Reads the first day of a weight step's `from` (a date or a period label). */
function readFrom(fn: string, path: string, value: unknown, calendar: FiscalCalendar | undefined): string {
  if (typeof value !== 'string') fail(fn, path, 'to be a date (YYYY-MM-DD) or a period label', value);
  try {
    return parsePeriod(value, calendar).start;
  } catch (error) {
    if (error instanceof PeriodError) {
      fail(fn, path, `to be a date (YYYY-MM-DD) or a period label (${error.message})`, value);
    }
    throw error;
  }
}

function readWeightNumber(fn: string, path: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    fail(fn, path, 'to be a finite number >= 0', value);
  }
  return value === 0 ? 0 : value;
}

/**
 * Checks a {@link RollupWeight} and returns the weight in force on `asOfDay`: the number itself, or the
 * step of the schedule with the latest `from` on or before that day (0 before the first step). A schedule
 * needs `asOfDay`; its steps must be in strictly increasing order of `from`.
 */
export function weightInForce(
  fn: string,
  path: string,
  weight: unknown,
  asOfDay: string | undefined,
  asOfPath: string,
  calendar: FiscalCalendar | undefined,
): number {
  if (weight === undefined) return 1;
  if (!Array.isArray(weight)) return readWeightNumber(fn, path, weight);
  const steps = weight as readonly unknown[];
  if (steps.length === 0)
    fail(fn, path, 'to be a number or a non-empty schedule of { from, weight }', weight);
  let inForce = 0;
  let previous: string | undefined;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    if (typeof step !== 'object' || step === null) fail(fn, `${path}[${i}]`, 'to be { from, weight }', step);
    const { from, weight: w } = step as { from?: unknown; weight?: unknown };
    const start = readFrom(fn, `${path}[${i}].from`, from, calendar);
    const value = readWeightNumber(fn, `${path}[${i}].weight`, w);
    if (previous !== undefined && start <= previous) {
      fail(fn, `${path}[${i}].from`, `to start after the previous step (${previous})`, from);
    }
    previous = start;
    if (asOfDay !== undefined && start <= asOfDay) inForce = value;
  }
  if (asOfDay === undefined) {
    fail(fn, asOfPath, `to be given, since ${path} is an effective-dated schedule`, undefined);
  }
  return inForce;
}
