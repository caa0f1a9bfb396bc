import { fail } from '../internal/assert.js';
import type { Explanation } from './Explanation.js';
import { medianOf } from './internal/neumaier.js';

/**
 * Options of {@link madsFromMedian}.
 *
 * @example
 * ```ts
 * import type { MadsFromMedianOptions } from 'civic-metrics/scoring';
 * const normalConsistent: MadsFromMedianOptions = { consistency: 1.4826 };
 * ```
 */
export interface MadsFromMedianOptions {
  /**
   * Factor the MAD is multiplied by before dividing, > 0; default 1 (the raw MAD, as Oflog publishes).
   * 1.4826 makes the scaled MAD estimate the standard deviation of normal data (R `mad`'s default).
   */
  readonly consistency?: number | undefined;
}

/**
 * The result of {@link madsFromMedian}: each value's distance from the median in MADs, or a data status:
 * `insufficient_data` when no value is present, `not_comparable` (reason `zero_mad`) when at least half of
 * the values equal the median, so the MAD is 0 and distances are undefined (`distances` are then all null).
 *
 * @example
 * ```ts
 * import { madsFromMedian } from 'civic-metrics/scoring';
 * madsFromMedian([4, 4, 4, 9]).status;
 * // => 'not_comparable'
 * ```
 */
export type MadsFromMedianResult =
  | {
      readonly status: 'ok';
      /** The median of the present values. */
      readonly median: number;
      /** The MAD: median(|x − median|), unscaled. */
      readonly mad: number;
      /** The divisor used: `consistency` × MAD. */
      readonly scaledMad: number;
      /** (x − median) / scaledMad for each input position; `null` where the value is missing. */
      readonly distances: readonly (number | null)[];
      /** How many values were present. */
      readonly n: number;
      /** The formula and the figures. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'not_comparable';
      readonly reason: 'zero_mad';
      readonly median: number;
      readonly mad: 0;
      readonly scaledMad: 0;
      /** All `null`: a distance in units of 0 is undefined. */
      readonly distances: readonly null[];
      readonly n: number;
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'insufficient_data';
      readonly required: 1;
      readonly received: 0;
      readonly explanation: Explanation;
    };

const FN = 'madsFromMedian';
const SOURCE =
  'Office for Local Government (Oflog), Local Authority Data Explorer: distance from the national median in median ' +
  'absolute deviations, (value − median) / median(|value − median|); Leys et al. (2013) J Exp Soc Psychol 49(4):764–766 ' +
  'for the MAD as a robust outlier measure and its 1.4826 consistency constant';

/**
 * How far each value lies from the median of all values, in median absolute deviations: the robust
 * "distance from the median" that benchmarks a council against its peers without letting a few extreme
 * councils stretch the scale (as a standard deviation would).
 *
 * Formula: m = median(x) (mean of the two middle values for an even count); MAD = median(|x_i − m|);
 * distance_i = (x_i − m) / (c·MAD), with c = `consistency` (default 1, the unscaled MAD as the UK Office for
 * Local Government publishes it; 1.4826 for the normal-consistent scaled MAD). Missing values (`null`,
 * `undefined`, `NaN`) are left out of m and the MAD and get a `null` distance. Signs are kept: above the median
 * is positive whatever the indicator's polarity (apply the polarity when reading the result).
 *
 * @param values - The values of all units for one measure and period; missing values allowed.
 * @param options - See {@link MadsFromMedianOptions}.
 * @returns A {@link MadsFromMedianResult}.
 * @throws {ArgumentError} `invalid_argument` when `values` is not an array, a value is not a finite number
 *   or missing, or `consistency` is not a finite number > 0.
 * @see Office for Local Government, Local Authority Data Explorer (distance from median in MADs); Leys C. et
 *   al. (2013), "Detecting outliers: Do not use standard deviation around the mean, use absolute deviation
 *   around the median", J Exp Soc Psychol 49(4):764–766.
 *
 * @example
 * ```ts
 * import { madsFromMedian } from 'civic-metrics/scoring';
 * const carers = madsFromMedian([7.6, 7.7, 7.3, 8.2, 7.6, 7.1, 7.9]);
 * carers.status === 'ok' && [carers.median, carers.mad];
 * // => [7.6, 0.3]
 * carers.status === 'ok' && carers.distances[1];
 * // => 0.333
 * ```
 */
export function madsFromMedian(
  values: readonly (number | null | undefined)[],
  options: MadsFromMedianOptions = {},
): MadsFromMedianResult {
  if (!Array.isArray(values)) fail(FN, 'values', 'to be an array of numbers (null for missing)', values);
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const c = options.consistency ?? 1;
  if (typeof c !== 'number' || !Number.isFinite(c) || c <= 0)
    fail(FN, 'options.consistency', 'to be a finite number > 0', c);
  const present: number[] = [];
  const missing: boolean[] = [];
  values.forEach((v: unknown, i) => {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) {
      missing.push(true);
      return;
    }
    if (typeof v !== 'number' || !Number.isFinite(v))
      fail(FN, `values[${i}]`, 'to be a finite number, null or NaN', v);
    present.push(v);
    missing.push(false);
  });
  const inputs = { values: values.length, consistency: c };
  if (present.length === 0) {
    return {
      status: 'insufficient_data',
      required: 1,
      received: 0,
      explanation: {
        method: FN,
        summary: 'No value is present.',
        inputs,
        intermediate: { n: 0 },
        source: SOURCE,
      },
    };
  }
  const median = medianOf(present);
  const mad = medianOf(present.map((x) => Math.abs(x - median)));
  const n = present.length;
  if (mad === 0) {
    return {
      status: 'not_comparable',
      reason: 'zero_mad',
      median,
      mad: 0,
      scaledMad: 0,
      distances: values.map(() => null),
      n,
      explanation: {
        method: FN,
        summary: `At least half of the ${n} values equal the median ${fmt(median)}: the MAD is 0 and distances are undefined.`,
        inputs,
        intermediate: { median, mad: 0, n, reason: 'zero_mad' },
        source: SOURCE,
      },
    };
  }
  const scaledMad = c * mad;
  let k = 0;
  const distances = missing.map((isMissing) => {
    if (isMissing) return null;
    const d = ((present[k++] as number) - median) / scaledMad;
    return d === 0 ? 0 : d;
  });
  return {
    status: 'ok',
    median,
    mad,
    scaledMad,
    distances,
    n,
    explanation: {
      method: FN,
      summary: `Median ${fmt(median)}, MAD ${fmt(mad)}${c === 1 ? '' : ` × ${c}`} over ${n} values; distance = (value − median) / ${c === 1 ? 'MAD' : 'scaled MAD'}.`,
      inputs,
      intermediate: { median, mad, scaledMad, n },
      rule: {
        id: 'mads_from_median',
        description: 'distance = (x − median) / (c · median(|x − median|))',
        thresholds: { consistency: c },
      },
      source: SOURCE,
    },
  };
}

/** A figure for a summary: 10 significant digits, trailing zeros dropped. */
function fmt(x: number): string {
  return String(Number(x.toPrecision(10)));
}
