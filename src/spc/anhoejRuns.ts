import { assertFinite, fail } from '../internal/assert.js';
import { readSeries, type SeriesInput } from '../internal/readSeries.js';
import { runsAnalysis } from './internal/anhoejEngine.js';
import { median } from './internal/numeric.js';

/**
 * Options of {@link anhoejRuns}.
 *
 * @example
 * ```ts
 * import type { AnhoejRunsOptions } from 'civic-metrics';
 * const options: AnhoejRunsOptions = { centre: 12.5 };
 * ```
 */
export interface AnhoejRunsOptions {
  /** Centre line; default the median of the non-missing values. */
  centre?: number;
}

/**
 * The Anhøj runs analysis of one series.
 *
 * @example
 * ```ts
 * import type { AnhoejRunsResult } from 'civic-metrics';
 * const runs: AnhoejRunsResult = {
 *   centre: 5, nUseful: 20, longestRun: 3, longestRunMax: 7, crossings: 12, crossingsMin: 6,
 *   longRunSignal: false, crossingsSignal: false, runsSignal: false,
 * };
 * ```
 */
export interface AnhoejRunsResult {
  /** The centre line used (`null` when every value is missing and no centre was given). */
  centre: number | null;
  /** Useful observations: non-missing and not exactly on the centre line. */
  nUseful: number;
  /** Longest run of useful observations on one side (`null` when nUseful is 0). */
  longestRun: number | null;
  /** round(log2 nUseful) + 3 (`null` when nUseful is 0). */
  longestRunMax: number | null;
  /** Runs − 1 (`null` when nUseful is 0). */
  crossings: number | null;
  /** qbinom(0.05, nUseful − 1, 0.5) (`null` when nUseful is 0). */
  crossingsMin: number | null;
  /** longestRun > longestRunMax. */
  longRunSignal: boolean;
  /** crossings < crossingsMin. */
  crossingsSignal: boolean;
  /** Either signal: the series shows non-random variation around the centre line. */
  runsSignal: boolean;
}

/**
 * The Anhøj runs analysis: is there an unusually long run on one side of the centre line, or unusually few
 * crossings of it?
 *
 * Useful observations are the non-missing values not exactly equal to the centre line (those neither break
 * nor extend a run). Runs are maximal blocks of useful observations on one side; crossings = runs − 1.
 * Signals (strict): longestRun > round(log2 n) + 3, crossings < qbinom(0.05, n − 1, 0.5), n = useful
 * observations. With no useful observation there is nothing to test: counts and limits are `null` and no
 * signal is raised. O(n).
 *
 * @param values - The series in time order; `null`/`undefined`/`NaN` for missing values (dropped; runs
 *   continue across them, as qicharts2).
 * @param options - `{ centre }`, default the median.
 * @returns See {@link AnhoejRunsResult}.
 * @throws ArgumentError `invalid_argument` for a non-array series, a non-finite value or centre.
 * @see Anhøj J, Olesen AV (2014) PLoS ONE 9(11):e113825; Anhøj J (2015) PLoS ONE 10(3):e0121349;
 *   qicharts2 0.8.1 `runs.analysis`.
 *
 * @example
 * ```ts
 * import { anhoejRuns } from 'civic-metrics';
 * const runs = anhoejRuns([1, 2, 1, 2, 1, 2, 1, 2, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9], { centre: 5 });
 * runs.longestRun;
 * // => 10
 * runs.runsSignal;
 * // => true
 * ```
 */
export function anhoejRuns(values: SeriesInput, options?: AnhoejRunsOptions): AnhoejRunsResult {
  const fn = 'anhoejRuns';
  const x = readSeries(fn, 'values', values);
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    fail(fn, 'options', 'to be an object', options);
  }
  const present = x.filter((v) => !Number.isNaN(v));
  let centre: number | null;
  if (options?.centre !== undefined) {
    assertFinite(fn, 'options.centre', options.centre);
    centre = options.centre;
  } else {
    centre = present.length > 0 ? median(present) : null;
  }
  const runs = runsAnalysis(present, centre ?? 0);
  const {
    nUseful,
    longestRun,
    longestRunMax,
    crossings,
    crossingsMin,
    longRunSignal,
    crossingsSignal,
    runsSignal,
  } = runs;
  return {
    centre,
    nUseful,
    longestRun,
    longestRunMax,
    crossings,
    crossingsMin,
    longRunSignal,
    crossingsSignal,
    runsSignal,
  };
}
