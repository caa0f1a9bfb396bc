import { fail } from '../internal/assert.js';
import { readSeries, type SeriesInput } from '../internal/readSeries.js';
import { assuranceOf } from './assuranceIcon.js';
import { anhoejSegmentFields } from './internal/anhoejEngine.js';
import { D2, NHS_LIMIT, NHS_NEAR, NHS_ONE, SHORT_GROUP_THRESHOLD } from './internal/constants.js';
import { allocateFrame } from './internal/frame.js';
import { baselineStats } from './internal/movingRange.js';
import {
  readBoolean,
  readFixAfter,
  readImprovement,
  readLength,
  readOptionsObject,
  readRebase,
  readRuleset,
  readTarget,
  rejectUnknownKeys,
  segmentBounds,
} from './internal/options.js';
import { flaggedIndices, RulesEngine } from './internal/rulesEngine.js';
import type {
  AssuranceIcon,
  Improvement,
  InsufficientSpcData,
  RuleSignals,
  SpcRule,
  SpcRuleset,
  SpecialCause,
  VariationIcon,
} from './types.js';
import { specialCauseOf, variationIcon } from './variationIcon.js';

/**
 * Options of {@link xmrChart}. Every option is optional; the result's `options` echoes the values used.
 *
 * @example
 * ```ts
 * import type { XmrChartOptions } from 'civic-metrics';
 * const options: XmrChartOptions = { ruleset: 'nhs', improvement: 'decrease', target: 30, rebase: [24] };
 * ```
 */
export interface XmrChartOptions {
  /** Rule set (default `'nhs'`). */
  ruleset?: SpcRuleset;
  /** Which direction is better (default `'neutral'`: signals are labelled `neutral_high`/`neutral_low`). */
  improvement?: Improvement;
  /** Target for the assurance icon (needs a direction other than `neutral`). */
  target?: number | null;
  /**
   * Indices where a new segment starts (a recalculation after a known, understood process change).
   * Integers in [0, n); 0 and duplicates are ignored. Each segment has its own mean, moving ranges, limits
   * and patterns; nothing crosses a rebase.
   */
  rebase?: readonly number[];
  /**
   * Compute each segment's mean and limits from its first N positions only ("fix the baseline"; qicharts2
   * `freeze`); every point is still judged. NHS: N >= 12 (NHSRplotthedots; MDC accepts 12-20); other rule
   * sets: N >= 2.
   */
  fixAfterNPoints?: number | null;
  /**
   * Nelson's (1982) moving-range screening: discard moving ranges >= 3.267 MRbar once and recompute MRbar
   * (default `false`, as the MDC Excel tools; NHSRplotthedots screens by default).
   */
  screenOutliers?: boolean;
  /** NHS only: points on one side of the mean that make a shift (default 7; MDC Excel offers 6 or 7). */
  runLength?: number;
  /** NHS only: points of a trend (default 7, i.e. 6 strictly rising or falling steps). */
  trendLength?: number;
  /**
   * NHS only: whether points beyond the limits count towards two-in-three (default `true`, the Making Data
   * Count rule since November 2023; `false` reproduces NHSRplotthedots 0.2.2, where only points strictly
   * between the 2-sigma line and the limit count).
   */
  twoInThreeIncludesBeyondLimits?: boolean;
}

/**
 * The options an {@link xmrChart} call used, defaults filled in. Rule-set-specific options are `null` for
 * the rule sets that do not use them.
 *
 * @example
 * ```ts
 * import type { XmrChartOptionsUsed } from 'civic-metrics';
 * const used: XmrChartOptionsUsed = {
 *   ruleset: 'nhs', improvement: 'increase', target: null, rebase: [], fixAfterNPoints: null,
 *   screenOutliers: false, runLength: 7, trendLength: 7, twoInThreeIncludesBeyondLimits: true,
 * };
 * ```
 */
export interface XmrChartOptionsUsed {
  ruleset: SpcRuleset;
  improvement: Improvement;
  target: number | null;
  rebase: number[];
  fixAfterNPoints: number | null;
  screenOutliers: boolean;
  runLength: number | null;
  trendLength: number | null;
  twoInThreeIncludesBeyondLimits: boolean | null;
}

/**
 * One segment of an XmR chart (the whole series unless rebased). Indices are positions in the input.
 *
 * @example
 * ```ts
 * import type { XmrSegment } from 'civic-metrics';
 * const segment: XmrSegment = {
 *   start: 0, end: 11, n: 12, baselineEnd: 11, mean: 10, mrBar: 1, sigma: 1 / 1.128,
 *   lcl: 7.34, ucl: 12.66, lowerTwoSigma: 8.2267, upperTwoSigma: 11.7733,
 *   lowerOneSigma: 9.1133, upperOneSigma: 10.8867, movingRanges: 11, screenedOut: 0, shortGroup: true,
 * };
 * ```
 */
export interface XmrSegment {
  /** First position of the segment. */
  start: number;
  /** Last position of the segment. */
  end: number;
  /** Non-missing points in the segment. */
  n: number;
  /** Last position of the baseline the limits come from (`end` unless `fixAfterNPoints`). */
  baselineEnd: number;
  /** Centre line: mean of the baseline's non-missing values. */
  mean: number;
  /** Average moving range of the baseline (after screening when on). */
  mrBar: number;
  /** Sigma estimate MRbar / 1.128. */
  sigma: number;
  /** Lower process limit: NHS mean - 2.66 MRbar; other rule sets mean - 3 sigma. */
  lcl: number;
  /** Upper process limit: NHS mean + 2.66 MRbar; other rule sets mean + 3 sigma. */
  ucl: number;
  /** Lower 2-sigma line (NHS "near the limit": mean - 1.7733 MRbar). */
  lowerTwoSigma: number;
  /** Upper 2-sigma line. */
  upperTwoSigma: number;
  /** Lower 1-sigma line. */
  lowerOneSigma: number;
  /** Upper 1-sigma line. */
  upperOneSigma: number;
  /** Moving ranges behind `mrBar`. */
  movingRanges: number;
  /** Moving ranges discarded by screening. */
  screenedOut: number;
  /** Fewer than 13 non-missing points: treat the limits as trial limits (NHSRplotthedots, MDC). */
  shortGroup: boolean;
  /** Anhøj only: useful observations (non-missing, not on the centre line). */
  nUseful?: number;
  /** Anhøj only: longest run on one side of the centre line (`null` without useful observations). */
  longestRun?: number | null;
  /** Anhøj only: the longest run allowed, round(log2(nUseful)) + 3. */
  longestRunMax?: number | null;
  /** Anhøj only: number of times the series crosses the centre line (runs - 1). */
  crossings?: number | null;
  /** Anhøj only: the fewest crossings allowed, qbinom(0.05, nUseful - 1, 0.5). */
  crossingsMin?: number | null;
  /** Anhøj only: the segment has a run longer than `longestRunMax` or fewer crossings than `crossingsMin`. */
  runsSignal?: boolean;
}

/**
 * One point of an XmR chart.
 *
 * @example
 * ```ts
 * import type { XmrPoint } from 'civic-metrics';
 * const point: XmrPoint = {
 *   index: 4, segment: 0, value: 14, mean: 10, lcl: 7.34, ucl: 12.66,
 *   specialCause: 'improvement', rule: 'above_ucl', rules: ['above_ucl'],
 * };
 * ```
 */
export interface XmrPoint {
  /** Position in the input series. */
  index: number;
  /** Segment the point belongs to. */
  segment: number;
  /** The value, `null` when missing. */
  value: number | null;
  /** Centre line of the point's segment. */
  mean: number;
  /** Lower process limit of the point's segment. */
  lcl: number;
  /** Upper process limit of the point's segment. */
  ucl: number;
  /** The point's label; `null` for a missing value. */
  specialCause: SpecialCause | null;
  /** The rule that labels the point by precedence, `'none'` for common cause, `null` for a missing value. */
  rule: SpcRule | 'none' | null;
  /** Every rule the point is part of (frozen; may be shared between points). */
  rules: readonly SpcRule[];
}

/**
 * A computed XmR chart (`status: 'ok'`).
 *
 * @example
 * ```ts
 * import { xmrChart, type XmrChart } from 'civic-metrics';
 * const result = xmrChart([5, 6, 5, 7, 6, 5, 6]);
 * const chart: XmrChart | undefined = result.status === 'ok' ? result : undefined;
 * ```
 */
export interface XmrChart {
  status: 'ok';
  /** Rule set used. */
  ruleset: SpcRuleset;
  /** Centre line of the latest segment. */
  mean: number;
  /** Lower process limit of the latest segment. */
  lcl: number;
  /** Upper process limit of the latest segment. */
  ucl: number;
  /** Average moving range of the latest segment. */
  mrBar: number;
  /** Sigma estimate (MRbar / 1.128) of the latest segment. */
  sigma: number;
  /** The segments in time order. */
  segments: XmrSegment[];
  /** One point per input value. */
  points: XmrPoint[];
  /** Icon of the latest non-missing point. */
  variationIcon: VariationIcon;
  /** Target against the latest segment's limits; `null` without a target or direction. */
  assuranceIcon: AssuranceIcon | null;
  /** Western Electric and Nelson: per rule number, where it fired (spec §4.1). */
  rules?: Record<string, RuleSignals>;
  /** Western Electric and Nelson: sorted union of every rule's members. */
  flagged?: number[];
  /** Anhøj: any segment has a runs signal. */
  runsSignal?: boolean;
  /** Anhøj: indices strictly outside their segment's limits. */
  sigmaSignal?: number[];
  /** The options used, defaults filled in. */
  options: XmrChartOptionsUsed;
}

/**
 * What {@link xmrChart} returns: a chart, or `insufficient_data` when a segment's baseline has fewer than
 * two non-missing points or no moving range.
 *
 * @example
 * ```ts
 * import { xmrChart, type XmrChartResult } from 'civic-metrics';
 * const result: XmrChartResult = xmrChart([3]);
 * result.status;
 * // => 'insufficient_data'
 * ```
 */
export type XmrChartResult = XmrChart | InsufficientSpcData;

const NO_RULES: readonly SpcRule[] = Object.freeze([]);

const KNOWN = [
  'ruleset',
  'improvement',
  'target',
  'rebase',
  'fixAfterNPoints',
  'screenOutliers',
  'runLength',
  'trendLength',
  'twoInThreeIncludesBeyondLimits',
] as const;

/** Validates the options of an XmR chart (also used by `controlCharts`). */
export function readXmrOptions(
  fn: string,
  raw: unknown,
  n: number,
  extraKeys: readonly string[] = [],
): XmrChartOptionsUsed {
  const options = readOptionsObject(fn, raw);
  rejectUnknownKeys(fn, options, [...KNOWN, ...extraKeys]);
  const ruleset = readRuleset(fn, options.ruleset);
  const nhs = ruleset === 'nhs';
  if (!nhs) {
    for (const key of ['runLength', 'trendLength', 'twoInThreeIncludesBeyondLimits'] as const) {
      if (options[key] !== undefined) {
        fail(
          fn,
          `options.${key}`,
          `to be undefined unless options.ruleset is 'nhs' (it is '${ruleset}')`,
          options[key],
        );
      }
    }
  }
  return {
    ruleset,
    improvement: readImprovement(fn, options.improvement),
    target: readTarget(fn, options.target),
    rebase: readRebase(fn, options.rebase, n),
    fixAfterNPoints: readFixAfter(fn, options.fixAfterNPoints, nhs ? 12 : 2),
    screenOutliers: readBoolean(fn, 'options.screenOutliers', options.screenOutliers, false),
    runLength: nhs ? readLength(fn, 'options.runLength', options.runLength, 7) : null,
    trendLength: nhs ? readLength(fn, 'options.trendLength', options.trendLength, 7) : null,
    twoInThreeIncludesBeyondLimits: nhs
      ? readBoolean(
          fn,
          'options.twoInThreeIncludesBeyondLimits',
          options.twoInThreeIncludesBeyondLimits,
          true,
        )
      : null,
  };
}

/**
 * An XmR (individuals and moving range) control chart with special-cause rules: NHS Making Data Count
 * (default), Anhøj, Western Electric or Nelson.
 *
 * For each segment (the series split at `rebase`), from its baseline (its first `fixAfterNPoints`
 * positions, or all): mean = Σx/n over the non-missing values; MR_i = |x_i − x_(i−1)| for adjacent
 * non-missing pairs (none across a gap or a rebase); MRbar = mean of the MRs, after one pass of Nelson's
 * screening (drop MR ≥ 3.267·MRbar) when `screenOutliers`; σ̂ = MRbar/1.128. Limits: NHS
 * mean ± 2.66·MRbar with "near" lines mean ± 2·(2.66/3)·MRbar (exactly as NHSRplotthedots); Anhøj,
 * Western Electric, Nelson mean ± 3σ̂ with zones at 1σ̂ and 2σ̂ (qicharts2). "Outside" is strict: a point
 * on a limit is inside.
 *
 * Rules, each evaluated within one segment on its non-missing points:
 * - `nhs`: beyond a limit > 7-point trend (6 strict steps; equal neighbours break it) > two of three
 *   consecutive points near a limit, all three on the same side of the mean > 7 points on one side of the
 *   mean (a point on the mean breaks the run). Colour follows the rule's direction, a shared trend peak
 *   takes the direction of the following trend.
 * - `anhoej`: points beyond the limits, and per segment the runs test: longest run > round(log2 n) + 3 or
 *   crossings < qbinom(0.05, n − 1, 0.5), n = useful points (not on the mean); points of an over-long run
 *   are labelled `long_run_above`/`long_run_below` (an addition to qicharts2, which flags the segment).
 * - `western-electric` (rules 1–4) and `nelson` (tests 1–8): see {@link westernElectricRules} and
 *   {@link nelsonRules}; `rules` lists each rule's signals and members.
 *
 * Labels: a signal in the better direction is `improvement`, the other `concern`; with a `neutral`
 * direction, and for Nelson tests 4, 7 and 8 (no direction), `neutral_high`/`neutral_low`. The variation
 * icon comes from the latest non-missing point; the assurance icon compares `target` with the latest
 * segment's limits. Missing values (`null`, `undefined`, `NaN`) are left out of every calculation and
 * labelled `null`.
 *
 * Cost: O(n) per rule after the means and moving ranges.
 *
 * @param values - The series in time order; `null`/`undefined`/`NaN` for missing values.
 * @param options - See {@link XmrChartOptions}.
 * @returns The chart, or `{ status: 'insufficient_data', reason, segment, required, received }` when a
 *   segment's baseline has fewer than 2 non-missing points or no two adjacent ones.
 * @throws ArgumentError `invalid_argument` for a non-array series, a non-finite value, an unknown option
 *   or rule set, a rebase index outside [0, n), `fixAfterNPoints` below 12 (NHS) or 2, a run or trend
 *   length below 2, or an NHS-only option with another rule set.
 * @see NHSRplotthedots 0.2.2 (github.com/nhs-r-community/NHSRplotthedots, `R/ptd_spc_standard.R`,
 *   `R/ptd_calculate_point_type.R`); qicharts2 0.8.1 (`R/helper.functions.R`); Wheeler, Understanding
 *   Statistical Process Control (3rd ed., 2010); Nelson LS (1982) J Qual Technol 14(3):172–173; Anhøj &
 *   Olesen (2014) PLoS ONE 9(11):e113825; NHS England, Making Data Count (2019).
 *
 * @example
 * ```ts
 * import { xmrChart } from 'civic-metrics';
 * const chart = xmrChart([5, 6, 5, 7, 6, 5, 6, 5, 7, 6, 5, 6, 15], { improvement: 'increase' });
 * chart.status === 'ok' && chart.variationIcon;
 * // => 'improvement_high'
 * chart.status === 'ok' && chart.points[12]?.rule;
 * // => 'above_ucl'
 * ```
 */
export function xmrChart(values: SeriesInput, options?: XmrChartOptions): XmrChartResult {
  const fn = 'xmrChart';
  const x = readSeries(fn, 'values', values);
  const used = readXmrOptions(fn, options, x.length);
  return computeXmr(x, used);
}

/**
 * `xmrChart` without the per-point records (`points` is empty): the limits, icons and segments of a chart
 * for callers that show only those, such as evaluatePlan. Internal.
 */
export function xmrSummary(values: SeriesInput, options?: XmrChartOptions): XmrChartResult {
  const x = readSeries('xmrChart', 'values', values);
  return computeXmr(x, readXmrOptions('xmrChart', options, x.length), false);
}

/**
 * The chart for a validated series and options. With `withPoints` false (a summary, for evaluatePlan) the
 * per-point records are not built and `points` is empty; every other field is the same.
 */
export function computeXmr(x: Float64Array, used: XmrChartOptionsUsed, withPoints = true): XmrChartResult {
  const n = x.length;
  const { ruleset } = used;
  const nhs = ruleset === 'nhs';
  if (n === 0)
    return { status: 'insufficient_data', reason: 'too_few_points', segment: 0, required: 2, received: 0 };
  const engine = new RulesEngine({
    ruleset,
    improvement: used.improvement,
    runLength: used.runLength ?? 7,
    trendLength: used.trendLength ?? 7,
    twoInThreeIncludesBeyondLimits: used.twoInThreeIncludesBeyondLimits ?? true,
    limits: true,
  });
  const bounds = segmentBounds(n, used.rebase);
  const segments: XmrSegment[] = [];
  const points: XmrPoint[] = withPoints ? new Array(n) : [];
  const sigmaSignal: number[] = [];
  let lastLabel: SpecialCause | null = null;

  for (let k = 0; k < bounds.length; k++) {
    const [start, end] = bounds[k]!;
    const baselineEnd = used.fixAfterNPoints === null ? end : Math.min(end, start + used.fixAfterNPoints - 1);
    const stats = baselineStats(x, start, baselineEnd, used.screenOutliers);
    if (stats.count < 2) {
      return {
        status: 'insufficient_data',
        reason: 'too_few_points',
        segment: k,
        required: 2,
        received: stats.count,
      };
    }
    if (stats.movingRanges === 0) {
      return {
        status: 'insufficient_data',
        reason: 'no_moving_range',
        segment: k,
        required: 2,
        received: stats.count,
      };
    }
    const { mean, mrBar } = stats;
    const sigma = mrBar / D2;
    let lcl: number;
    let ucl: number;
    let lower2: number;
    let upper2: number;
    let lower1: number;
    let upper1: number;
    if (nhs) {
      lcl = mean - NHS_LIMIT * mrBar;
      ucl = mean + NHS_LIMIT * mrBar;
      lower2 = mean - NHS_NEAR * mrBar;
      upper2 = mean + NHS_NEAR * mrBar;
      lower1 = mean - NHS_ONE * mrBar;
      upper1 = mean + NHS_ONE * mrBar;
    } else {
      lcl = mean - 3 * sigma;
      ucl = mean + 3 * sigma;
      lower2 = mean - 2 * sigma;
      upper2 = mean + 2 * sigma;
      lower1 = mean - sigma;
      upper1 = mean + sigma;
    }

    let count = 0;
    for (let i = start; i <= end; i++) if (!Number.isNaN(x[i]!)) count++;
    const frame = allocateFrame(count, { centre: mean, sigma, ucl, lcl, upper2, lower2 });
    let c = 0;
    for (let i = start; i <= end; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) {
        if (!withPoints) continue;
        points[i] = {
          index: i,
          segment: k,
          value: null,
          mean,
          lcl,
          ucl,
          specialCause: null,
          rule: null,
          rules: NO_RULES,
        };
        continue;
      }
      frame.index[c] = i;
      frame.x[c++] = v;
    }
    const outcome = engine.evaluate(frame);
    const { mask, winner, direction, directional } = outcome;
    const names = engine.names;
    const improvement = used.improvement;
    for (let j = 0; j < count; j++) {
      const i = frame.index[j]!;
      const v = frame.x[j]!;
      if (v > ucl || v < lcl) sigmaSignal.push(i);
      // A summary needs only the label of the last point.
      if (!withPoints && j < count - 1) continue;
      const m = mask[j]!;
      const specialCause: SpecialCause =
        m === 0 ? 'common' : specialCauseOf(direction[j]!, directional[j] === 1, improvement);
      lastLabel = specialCause;
      if (!withPoints) continue;
      points[i] = {
        index: i,
        segment: k,
        value: v,
        mean,
        lcl,
        ucl,
        specialCause,
        rule: m === 0 ? 'none' : names.name(winner[j]!),
        rules: m === 0 ? NO_RULES : names.list(m),
      };
    }

    const segment: XmrSegment = {
      start,
      end,
      n: count,
      baselineEnd,
      mean,
      mrBar,
      sigma,
      lcl,
      ucl,
      lowerTwoSigma: lower2,
      upperTwoSigma: upper2,
      lowerOneSigma: lower1,
      upperOneSigma: upper1,
      movingRanges: stats.movingRanges,
      screenedOut: stats.screenedOut,
      shortGroup: count < SHORT_GROUP_THRESHOLD,
    };
    if (ruleset === 'anhoej') {
      Object.assign(segment, anhoejSegmentFields(engine.runs[k]!));
    }
    segments.push(segment);
  }

  const last = segments[segments.length - 1]!;
  const chart: XmrChart = {
    status: 'ok',
    ruleset,
    mean: last.mean,
    lcl: last.lcl,
    ucl: last.ucl,
    mrBar: last.mrBar,
    sigma: last.sigma,
    segments,
    points,
    variationIcon: variationIcon(lastLabel, used.improvement)!,
    assuranceIcon: assuranceOf(last.lcl, last.ucl, used.target, used.improvement),
    options: used,
  };
  if (engine.zoneSignals !== undefined) {
    chart.rules = engine.zoneSignals;
    chart.flagged = flaggedIndices(engine.zoneSignals);
  }
  if (ruleset === 'anhoej') {
    chart.runsSignal = engine.runs.some((r) => r.runsSignal);
    chart.sigmaSignal = sigmaSignal;
  }
  return chart;
}
