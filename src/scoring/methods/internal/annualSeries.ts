import { PeriodError } from '../../../errors/PeriodError.js';
import { fail } from '../../../internal/assert.js';

/** One observed (non-missing) annual value, the year parsed to a number. */
export interface AnnualPoint {
  year: number;
  value: number;
}

const YEAR_TEXT = /^\s*(\d{4})(?:\s*[-/–]\s*\d{2,4})?\s*$/;

/**
 * Reads a year as a number: an integer, or a string `'2015'` / `'2015-16'` / `'2015/2016'` (a multi-year
 * reference period counts as its first year, the Open SDG rule). Throws `invalid_argument` otherwise.
 */
export function readYear(fn: string, path: string, year: unknown): number {
  if (typeof year === 'number') {
    if (!Number.isInteger(year)) fail(fn, path, 'to be an integer year or a string such as 2015-16', year);
    return year;
  }
  if (typeof year === 'string') {
    const match = YEAR_TEXT.exec(year);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  return fail(fn, path, 'to be an integer year or a string such as 2015-16', year);
}

/**
 * Reads `{ year, value }[]` into the observed points sorted by year. `value` null, undefined or NaN marks a
 * missing value (dropped). Throws `invalid_argument` naming the element for anything else, and
 * `duplicate_observation` when two elements share a year. Never mutates the input.
 */
export function readAnnualSeries(fn: string, path: string, series: unknown): AnnualPoint[] {
  if (!Array.isArray(series)) fail(fn, path, 'to be an array of { year, value }', series);
  const points: AnnualPoint[] = [];
  const seen = new Map<number, number>();
  for (let i = 0; i < series.length; i++) {
    const item: unknown = series[i];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      fail(fn, `${path}[${i}]`, 'to be an object { year, value }', item);
    }
    const record = item as { year?: unknown; value?: unknown };
    const year = readYear(fn, `${path}[${i}].year`, record.year);
    const previous = seen.get(year);
    if (previous !== undefined) {
      throw new PeriodError(
        'duplicate_observation',
        `${fn}: expected one value per year in ${path}, received year ${year} at ${path}[${previous}] and ${path}[${i}]`,
        { path: `${path}[${i}].year`, value: record.year },
      );
    }
    seen.set(year, i);
    const value = record.value;
    if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value))) continue;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      fail(fn, `${path}[${i}].value`, 'to be a finite number, null or NaN', value);
    }
    points.push({ year, value });
  }
  points.sort((a, b) => a.year - b.year);
  return points;
}

/** How a year missing from the data is replaced. */
export type YearFallback = 'exact' | 'first_later' | 'nearest';

/** The point chosen for a requested year, and how it was found. */
export interface ChosenPoint extends AnnualPoint {
  rule: 'exact' | 'first_later' | 'nearest_earlier' | 'nearest_later';
}

/**
 * Picks the observation for `year` among `points` (sorted), only among years strictly before `before`:
 * the exact year, else per `fallback` the first later year, or the nearest year either side (a tie goes
 * to the earlier year, which keeps the longer window). Null when nothing qualifies.
 */
export function pickYear(
  points: readonly AnnualPoint[],
  year: number,
  fallback: YearFallback,
  before: number,
): ChosenPoint | null {
  const candidates = points.filter((p) => p.year < before);
  const exact = candidates.find((p) => p.year === year);
  if (exact) return { ...exact, rule: 'exact' };
  if (fallback === 'exact') return null;
  const later = candidates.find((p) => p.year > year);
  if (fallback === 'first_later') return later ? { ...later, rule: 'first_later' } : null;
  let earlier: AnnualPoint | undefined;
  for (const p of candidates) if (p.year < year) earlier = p;
  if (!earlier && !later) return null;
  if (earlier && (!later || year - earlier.year <= later.year - year))
    return { ...earlier, rule: 'nearest_earlier' };
  return { ...(later as AnnualPoint), rule: 'nearest_later' };
}

/** Asserts an option is one of the year fallbacks allowed for a method. */
export function readFallback<T extends YearFallback>(
  fn: string,
  path: string,
  value: unknown,
  allowed: readonly T[],
  fallbackDefault: T,
): T {
  if (value === undefined) return fallbackDefault;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    fail(fn, path, `to be one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return value as T;
}
