import type { Explanation } from '../Explanation.js';
import { sdsnMean } from './internal/sdsnMean.js';

/**
 * Result of {@link sdsnGoalScore} and {@link sdsnIndex}.
 *
 * @example
 * ```ts
 * import type { SdsnMeanResult } from 'civic-metrics';
 * const status: SdsnMeanResult['status'] = 'not_available';
 * ```
 */
export interface SdsnMeanResult {
  /** `assessed`, or `not_available` when no score is present. */
  status: 'assessed' | 'not_available';
  /** The arithmetic mean of the present scores, 0–100; null when none is present. */
  score: number | null;
  /** Number of scores averaged. */
  used: number;
  /** Number of missing scores (null or NaN) left out. */
  missing: number;
  /** Inputs, counts and the rule. */
  explanation: Explanation;
}

/**
 * SDSN goal score: the arithmetic mean of the goal's normalised indicator scores (0–100).
 *
 * Formula: `goal = (1/n) Σ x'_i` over the indicators with data (equal weights), as in the SDG Index and the
 * Sustainable Development Report. Reproduces all 493 published goal scores of the 2019 Europe report.
 *
 * Missing data: null or NaN scores are left out (and counted in `missing`); none present gives
 * `status: 'not_available'`.
 *
 * @param indicatorScores - Normalised indicator scores in [0, 100] (see {@link sdsnScore}), null for missing.
 * @returns The mean score and the counts.
 * @throws {ArgumentError} `invalid_argument` when `indicatorScores` is not an array or a score is outside
 *   [0, 100] or not a number (path `indicatorScores[i]`).
 * @see SDSN & Bertelsmann Stiftung, SDG Index and Dashboards — Detailed Methodological paper 2018, §1.5.
 *
 * @example
 * ```ts
 * import { sdsnGoalScore } from 'civic-metrics';
 * sdsnGoalScore([44.140625, 91.082803, null]).score;
 * // => 67.611714
 * ```
 */
export function sdsnGoalScore(indicatorScores: readonly (number | null)[]): SdsnMeanResult {
  return sdsnMean('sdsnGoalScore', 'indicatorScores', indicatorScores, 'indicator');
}
