import { sdsnMean } from './internal/sdsnMean.js';
import type { SdsnMeanResult } from './sdsnGoalScore.js';

/**
 * SDSN SDG Index: the arithmetic mean of the goal scores (equal weight per goal), 0–100.
 *
 * Formula: `index = (1/n) Σ goal_j` over the goals with a score (17 in the SDG Index). The index reads as
 * the percentage of the way to the best possible outcome across the goals.
 *
 * Missing data: null or NaN goal scores are left out (and counted in `missing`); SDSN itself only ranks
 * countries with data for (almost) every goal, so check `missing` before comparing countries. None present
 * gives `status: 'not_available'`.
 *
 * @param goalScores - Goal scores in [0, 100] (see {@link sdsnGoalScore}), null for missing.
 * @returns The index and the counts.
 * @throws {ArgumentError} `invalid_argument` when `goalScores` is not an array or a score is outside
 *   [0, 100] or not a number (path `goalScores[i]`).
 * @see SDSN & Bertelsmann Stiftung, SDG Index and Dashboards — Detailed Methodological paper 2018, §1.5.
 *
 * @example
 * ```ts
 * import { sdsnIndex } from 'civic-metrics';
 * sdsnIndex([75.3, 60.2, 80.1]).score;
 * // => 71.866667
 * ```
 */
export function sdsnIndex(goalScores: readonly (number | null)[]): SdsnMeanResult {
  return sdsnMean('sdsnIndex', 'goalScores', goalScores, 'goal');
}
