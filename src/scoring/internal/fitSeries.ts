import { sensSlope } from '../../trend/sensSlope.js';
import type { Decimal } from './decimal.js';
import { type FitMethod, fitCompound, fitLinear, fitSen, type IntervalSpec, type TrendFit } from './fit.js';
import type { SeriesPoint } from './periodSeries.js';

/** The outcome of fitting a trend to a period series. */
export type FitOutcome =
  | { status: 'ok'; fit: TrendFit; xs: number[]; ys: Decimal[] }
  | { status: 'insufficient_data'; required: number; received: number }
  | { status: 'not_comparable'; reason: 'non_positive_values' };

/** Minimum values for a trend fit with an interval (n − 2 ≥ 1 degrees of freedom for least squares). */
export const MIN_FIT_POINTS = 3;

/**
 * Fits `method` to the non-missing values of a series, x being each period's position (gaps kept).
 * `compound` needs every value > 0 (`not_comparable` / `non_positive_values` otherwise).
 */
export function fitSeries(method: FitMethod, points: readonly SeriesPoint[], spec: IntervalSpec): FitOutcome {
  const xs: number[] = [];
  const ys: Decimal[] = [];
  for (const p of points) {
    if (p.value === null) continue;
    xs.push(p.index);
    ys.push(p.value);
  }
  if (xs.length < MIN_FIT_POINTS)
    return { status: 'insufficient_data', required: MIN_FIT_POINTS, received: xs.length };
  const floats = ys.map((y) => y.toNumber());
  if (method === 'linear') return { status: 'ok', fit: fitLinear(xs, floats, spec), xs, ys };
  if (method === 'compound') {
    if (ys.some((y) => !y.gt(0))) return { status: 'not_comparable', reason: 'non_positive_values' };
    return { status: 'ok', fit: fitCompound(xs, floats, spec), xs, ys };
  }
  const sen = sensSlope(floats, { alpha: spec.alpha, times: xs });
  if (sen.status !== 'ok') {
    return { status: 'insufficient_data', required: MIN_FIT_POINTS, received: xs.length };
  }
  return { status: 'ok', fit: fitSen(xs, floats, sen), xs, ys };
}
