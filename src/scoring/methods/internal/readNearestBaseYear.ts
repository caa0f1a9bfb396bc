import { readFallback } from './annualSeries.js';
import { readYearOption } from './readOptions.js';

/** The base year asked for and how a missing one is replaced. */
export interface NearestBaseYear {
  /** `options.baseYear`, default 2015. */
  readonly requestedBaseYear: number;
  /** `options.baseYearFallback`: `nearest` (default, the nearest year either side) or `exact`. */
  readonly fallback: 'nearest' | 'exact';
}

/**
 * Reads `options.baseYear` (an integer year, default 2015) and then `options.baseYearFallback`
 * (`'nearest'` or `'exact'`, default `'nearest'`), throwing `invalid_argument` for anything else.
 */
export function readNearestBaseYear(fn: string, o: Record<string, unknown>): NearestBaseYear {
  const requestedBaseYear = readYearOption(fn, 'options.baseYear', o.baseYear, 2015);
  const fallback = readFallback(
    fn,
    'options.baseYearFallback',
    o.baseYearFallback,
    ['nearest', 'exact'],
    'nearest',
  );
  return { requestedBaseYear, fallback };
}
