import { assertInteger } from '../internal/assert.js';
import { anhoejLimits } from './internal/anhoejEngine.js';

/**
 * The Anhøj run-chart limits for a number of useful observations.
 *
 * @example
 * ```ts
 * import type { AnhoejThresholdsResult } from 'civic-metrics';
 * const limits: AnhoejThresholdsResult = { longestRunMax: 7, crossingsMin: 6 };
 * ```
 */
export interface AnhoejThresholdsResult {
  /** Longest run allowed: a longer run is a signal. round(log2 n) + 3 (Schilling 2012). */
  longestRunMax: number;
  /** Fewest crossings allowed: fewer is a signal. qbinom(0.05, n − 1, 1/2) (Chen 2010). */
  crossingsMin: number;
}

/**
 * The Anhøj limits for `nUseful` useful observations (not missing, not on the centre line).
 *
 * longestRunMax = round(log2 n) + 3; crossingsMin = the smallest k with P(B ≤ k) ≥ 0.05 for
 * B ~ Binomial(n − 1, 1/2), i.e. R's `qbinom(0.05, n - 1, 0.5)`, computed exactly in log space (O(n)).
 * For n = 20: 7 and 6. Valid for any n ≥ 1; Anhøj & Olesen validated the rules from 10 useful points.
 *
 * @param nUseful - Useful observations, an integer ≥ 1.
 * @returns `{ longestRunMax, crossingsMin }`.
 * @throws ArgumentError `invalid_argument` unless `nUseful` is an integer ≥ 1.
 * @see Anhøj J, Olesen AV (2014) Run charts revisited, PLoS ONE 9(11):e113825; qicharts2 0.8.1
 *   `runs.analysis`; Schilling MF (2012) The surprising predictability of long runs, Math Mag 85(2).
 *
 * @example
 * ```ts
 * import { anhoejThresholds } from 'civic-metrics';
 * anhoejThresholds(20);
 * // => { longestRunMax: 7, crossingsMin: 6 }
 * ```
 */
export function anhoejThresholds(nUseful: number): AnhoejThresholdsResult {
  assertInteger('anhoejThresholds', 'nUseful', nUseful, 1);
  return anhoejLimits(nUseful);
}
