import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { fmt } from './internal/format.js';
import { readFinite, readMaybeValue, readOptionsObject, readPolarity } from './internal/readOptions.js';
import { SOURCES } from './internal/sources.js';

/**
 * Options of {@link oecdDistance}.
 *
 * @example
 * ```ts
 * import type { OecdDistanceOptions } from 'civic-metrics';
 * const options: OecdDistanceOptions = { target: 80, standardDeviation: 10, polarity: 'increase' };
 * ```
 */
export interface OecdDistanceOptions {
  /** The 2030 end value. */
  target: number;
  /** The spread of the OECD distribution used to standardise (reference year and definition unverified). */
  standardDeviation: number;
  /** Desired direction. */
  polarity: 'increase' | 'decrease';
}

/**
 * Result of {@link oecdDistance}.
 *
 * @example
 * ```ts
 * import type { OecdDistanceResult } from 'civic-metrics';
 * const distance: OecdDistanceResult['distance'] = 2;
 * ```
 */
export interface OecdDistanceResult {
  /** `assessed`, or `not_available` when the value is missing. */
  status: 'assessed' | 'not_available';
  /** Distance to the target in standardised units, 0 once achieved; null when the value is missing. */
  distance: number | null;
  /** Whether the value is at or beyond the target. */
  achieved: boolean | null;
  /** Inputs, the raw gap and the rule. */
  explanation: Explanation;
}

/**
 * Distance to a 2030 target in standardised units, after OECD's "Measuring Distance to the SDG Targets".
 *
 * **Reconstructed, unverified**: OECD describes a "modified z-score" measuring the distance from a fixed end
 * value by peer-group comparison; the formula used here is
 * `distance = max(0, d · (target − value)) / SD`, 0 once the target is reached, with `SD` the cross-country
 * spread you supply. Do not present it as OECD's exact computation; the SD's definition and reference year
 * were not retrieved.
 *
 * Missing data: `value` null or NaN gives `not_available`.
 *
 * @param value - The country's value.
 * @param options - `{ target, standardDeviation > 0, polarity }`.
 * @returns The distance and whether the target is achieved.
 * @throws {ArgumentError} `invalid_argument` for a non-finite target, a standard deviation that is not a
 *   positive finite number, an unknown polarity, or a value that is neither a number nor missing.
 * @see OECD, Measuring Distance to the SDG Targets (2017, 2019, 2022), methodology chapter.
 *
 * @example
 * ```ts
 * import { oecdDistance } from 'civic-metrics';
 * oecdDistance(12, { target: 5, standardDeviation: 3.5, polarity: 'decrease' }).distance;
 * // => 2
 * ```
 */
export function oecdDistance(value: number | null, options: OecdDistanceOptions): OecdDistanceResult {
  const fn = 'oecdDistance';
  const o = readOptionsObject(fn, options);
  const target = readFinite(fn, 'options.target', o.target);
  const sd = readFinite(fn, 'options.standardDeviation', o.standardDeviation);
  if (!(sd > 0)) fail(fn, 'options.standardDeviation', 'to be a positive number', sd);
  const d = readPolarity(fn, 'options.polarity', o.polarity);
  const x = readMaybeValue(fn, 'value', value);
  const inputs = { value: x, target, standardDeviation: sd, polarity: d === 1 ? 'increase' : 'decrease' };
  if (x === null) {
    return {
      status: 'not_available',
      distance: null,
      achieved: null,
      explanation: {
        method: fn,
        summary: 'No value, so no distance.',
        inputs,
        intermediate: { gap: null },
        rule: { id: 'not_available', description: 'value missing' },
        source: SOURCES.oecd,
      },
    };
  }
  const gap = d * (target - x);
  const achieved = gap <= 0;
  const distance = achieved ? 0 : gap / sd;
  return {
    status: 'assessed',
    distance,
    achieved,
    explanation: {
      method: fn,
      summary: achieved
        ? `Value ${fmt(x)} has reached the target ${fmt(target)}: distance 0.`
        : `Value ${fmt(x)} is ${fmt(gap)} short of the target ${fmt(target)}, ${fmt(distance)} standardised units (SD ${fmt(sd)}).`,
      inputs,
      intermediate: { gap, distance },
      rule: {
        id: achieved ? 'achieved' : 'distance',
        description: 'distance = max(0, d (target - value)) / SD (reconstructed)',
        thresholds: { target },
      },
      source: SOURCES.oecd,
    },
  };
}
