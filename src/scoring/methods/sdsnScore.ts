import type { Explanation } from '../Explanation.js';
import { fmt } from './internal/format.js';
import { readMaybeValue } from './internal/readOptions.js';
import { readSdsnBounds, sdsnRawScore } from './internal/sdsnInputs.js';
import { SOURCES } from './internal/sources.js';

/**
 * The bounds of an SDSN indicator: the value that scores 100 and the value that scores 0.
 *
 * @example
 * ```ts
 * import type { SdsnScoreOptions } from 'civic-metrics';
 * const vaccination: SdsnScoreOptions = { upperBound: 100, lowerBound: 41 };
 * ```
 */
export interface SdsnScoreOptions {
  /** The optimum ("upper bound", score 100). Below `lowerBound` for lower-is-better indicators. */
  upperBound: number;
  /** The lower bound (score 0), the 2.5th percentile in SDSN's practice. Must differ from `upperBound`. */
  lowerBound: number;
}

/**
 * Result of {@link sdsnScore}.
 *
 * @example
 * ```ts
 * import type { SdsnScoreResult } from 'civic-metrics';
 * const missing: SdsnScoreResult['status'] = 'not_available';
 * ```
 */
export interface SdsnScoreResult {
  /** `assessed`, or `not_available` when the value is missing. */
  status: 'assessed' | 'not_available';
  /** The normalised score in [0, 100] (censored); null when the value is missing. */
  score: number | null;
  /** The score before censoring (may lie outside [0, 100]); SDSN's trend arrows use this one. */
  uncensoredScore: number | null;
  /** Which end censored the score, if any. */
  censored: 'upper' | 'lower' | null;
  /** Inputs, the uncensored score and the censoring applied. */
  explanation: Explanation;
}

/**
 * Normalises an indicator value to SDSN's 0–100 scale ("% of the way from the lower bound to the optimum").
 *
 * Used by the SDG Index and the Sustainable Development Report dashboards (SDSN & Bertelsmann Stiftung;
 * SDSN & IEEP for Europe). Formula: `x' = 100 (x − lowerBound) / (upperBound − lowerBound)`, then censored
 * to [0, 100]. For lower-is-better indicators the optimum is the smaller number and the same formula
 * applies. Re-running it on the 2019 Europe report reproduces every published normalised score.
 *
 * Missing data: `value` null, undefined or NaN gives `status: 'not_available'` with null scores.
 *
 * @param value - The raw indicator value, in the indicator's unit.
 * @param options - `{ upperBound, lowerBound }`, finite and different.
 * @returns The censored and uncensored scores and an explanation.
 * @throws {ArgumentError} `invalid_argument` when a bound is not finite, the bounds are equal, or `value`
 *   is not a number or missing.
 * @see SDSN & Bertelsmann Stiftung, SDG Index and Dashboards — Detailed Methodological paper 2018, §1.5.
 *
 * @example
 * ```ts
 * import { sdsnScore } from 'civic-metrics';
 * sdsnScore(82, { upperBound: 100, lowerBound: 41 }).score;
 * // => 69.491525
 * sdsnScore(14.3, { upperBound: 0, lowerBound: 25.6 }).score;
 * // => 44.140625
 * ```
 */
export function sdsnScore(value: number | null, options: SdsnScoreOptions): SdsnScoreResult {
  const fn = 'sdsnScore';
  const bounds = readSdsnBounds(fn, 'options', options);
  const x = readMaybeValue(fn, 'value', value);
  const inputs = { value: x, upperBound: bounds.upperBound, lowerBound: bounds.lowerBound };
  if (x === null) {
    return {
      status: 'not_available',
      score: null,
      uncensoredScore: null,
      censored: null,
      explanation: {
        method: fn,
        summary: 'No value, so no SDSN score.',
        inputs,
        intermediate: { uncensoredScore: null },
        rule: { id: 'not_available', description: 'value missing' },
        source: SOURCES.sdsn,
      },
    };
  }
  const raw = sdsnRawScore(x, bounds);
  const censored = raw > 100 ? 'upper' : raw < 0 ? 'lower' : null;
  const score = censored === 'upper' ? 100 : censored === 'lower' ? 0 : raw;
  return {
    status: 'assessed',
    score,
    uncensoredScore: raw,
    censored,
    explanation: {
      method: fn,
      summary:
        censored === null
          ? `Value ${x} is ${fmt(score)}% of the way from the lower bound ${bounds.lowerBound} to the optimum ${bounds.upperBound}.`
          : `Value ${x} lies beyond the ${censored === 'upper' ? 'optimum' : 'lower bound'}; the score ${fmt(raw)} is censored to ${score}.`,
      inputs,
      intermediate: {
        uncensoredScore: raw,
        direction: bounds.sign === 1 ? 'higher_is_better' : 'lower_is_better',
      },
      rule: {
        id: censored === null ? 'linear' : `censored_${censored}`,
        description: "x' = 100 (x - lowerBound) / (upperBound - lowerBound), censored to [0, 100]",
        thresholds: { upperBound: bounds.upperBound, lowerBound: bounds.lowerBound },
      },
      source: SOURCES.sdsn,
    },
  };
}
