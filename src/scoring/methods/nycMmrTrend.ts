import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { fmt, pct } from './internal/format.js';
import { readOptionalFinite, readOptionsObject } from './internal/readOptions.js';
import { SOURCES } from './internal/sources.js';

/**
 * Options of {@link nycMmrTrend}.
 *
 * @example
 * ```ts
 * import type { NycMmrTrendOptions } from 'civic-metrics';
 * const options: NycMmrTrendOptions = { desiredDirection: 'down', threshold: 0.1 };
 * ```
 */
export interface NycMmrTrendOptions {
  /** The MMR's "Desired Direction": `up`, `down` or `none`. */
  desiredDirection: 'up' | 'down' | 'none';
  /** Relative change first-to-last that must be exceeded for Up / Down. Default 0.10 (assumed, unverified). */
  threshold?: number;
}

/**
 * Result of {@link nycMmrTrend}.
 *
 * @example
 * ```ts
 * import type { NycMmrTrendResult } from 'civic-metrics';
 * const trend: NycMmrTrendResult['trend'] = 'neutral';
 * ```
 */
export interface NycMmrTrendResult {
  /** `assessed`, or `not_assessed` when the first or last value is missing or the first value is 0. */
  status: 'assessed' | 'not_assessed';
  /** `up`, `down` or `neutral`; null when not assessed. */
  trend: 'up' | 'down' | 'neutral' | null;
  /** `(last − first) / |first|`. */
  change: number | null;
  /** Whether the trend matches the desired direction; null when there is none or not assessed. */
  matchesDesiredDirection: boolean | null;
  /** Inputs, the change and the rule. */
  explanation: Explanation;
}

/**
 * A "5-yr Trend" in the style of the NYC Mayor's Management Report, under an **assumed** rule.
 *
 * The MMR tables show a five-year trend (Up / Down / Neutral) next to the desired direction, but the rule
 * was **not** found in the MMR's published material. This function implements the rule commonly described:
 * `change = (last − first) / |first|` over the values given (five fiscal years), `up` when
 * `change > threshold`, `down` when `change < −threshold`, else `neutral`, with `threshold = 0.10` by
 * default. Check the MMR User's Guide before presenting the result as the MMR's.
 *
 * Missing data: the first and last values must be present (null/NaN gives `not_assessed`); a first value of
 * 0 gives `not_assessed` (no relative change).
 *
 * @param values - The yearly values, oldest first (five fiscal years in the MMR); at least two.
 * @param options - `{ desiredDirection, threshold = 0.10 }`.
 * @returns The trend, the relative change, and whether it matches the desired direction.
 * @throws {ArgumentError} `invalid_argument` when `values` is not an array of at least two numbers or
 *   missing values, the desired direction is unknown, or the threshold is negative or not finite.
 * @see NYC Mayor's Office of Operations, Mayor's Management Report (trend rule assumed).
 *
 * @example
 * ```ts
 * import { nycMmrTrend } from 'civic-metrics';
 * const result = nycMmrTrend([100, 98, 97, 95, 92], { desiredDirection: 'down' });
 * result.trend;
 * // => 'neutral'
 * result.change;
 * // => -0.08
 * ```
 */
export function nycMmrTrend(
  values: readonly (number | null)[],
  options: NycMmrTrendOptions,
): NycMmrTrendResult {
  const fn = 'nycMmrTrend';
  if (!Array.isArray(values) || values.length < 2)
    fail(fn, 'values', 'to be an array of at least two values', values);
  values.forEach((v: unknown, i) => {
    if (v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v))) return;
    if (typeof v !== 'number' || !Number.isFinite(v))
      fail(fn, `values[${i}]`, 'to be a finite number, null or NaN', v);
  });
  const o = readOptionsObject(fn, options);
  const desired = o.desiredDirection;
  if (desired !== 'up' && desired !== 'down' && desired !== 'none') {
    fail(fn, 'options.desiredDirection', "to be 'up', 'down' or 'none'", desired);
  }
  const threshold = readOptionalFinite(fn, 'options.threshold', o.threshold, 0.1);
  if (threshold < 0) fail(fn, 'options.threshold', 'to be a number >= 0', threshold);
  const first = values[0];
  const last = values[values.length - 1];
  const inputs = { values: values.length, desiredDirection: desired, threshold };
  if (
    typeof first !== 'number' ||
    typeof last !== 'number' ||
    Number.isNaN(first) ||
    Number.isNaN(last) ||
    first === 0
  ) {
    const description = first === 0 ? 'first value is 0: no relative change' : 'first or last value missing';
    return {
      status: 'not_assessed',
      trend: null,
      change: null,
      matchesDesiredDirection: null,
      explanation: {
        method: fn,
        summary: `Not assessed: ${description}.`,
        inputs,
        intermediate: { change: null },
        rule: { id: 'not_assessed', description },
        source: SOURCES.nycMmr,
      },
    };
  }
  const change = (last - first) / Math.abs(first);
  const trend = change > threshold ? 'up' : change < -threshold ? 'down' : 'neutral';
  const matches = desired === 'none' ? null : trend === desired;
  const description =
    trend === 'up'
      ? `change > ${threshold}`
      : trend === 'down'
        ? `change < -${threshold}`
        : `|change| <= ${threshold}`;
  return {
    status: 'assessed',
    trend,
    change,
    matchesDesiredDirection: matches,
    explanation: {
      method: fn,
      summary: `From ${fmt(first)} to ${fmt(last)} is ${pct(change)}: ${trend} (assumed ±${pct(threshold)} rule)${matches === null ? '' : matches ? ', as desired' : ', not the desired direction'}.`,
      inputs,
      intermediate: { first, last, change, matchesDesiredDirection: matches },
      rule: { id: trend, description, thresholds: { threshold } },
      source: SOURCES.nycMmr,
    },
  };
}
