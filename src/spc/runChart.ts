import { readSeries, type SeriesInput } from '../internal/readSeries.js';
import { allocateFrame } from './internal/frame.js';
import { median } from './internal/numeric.js';
import {
  readFixAfter,
  readImprovement,
  readOptionsObject,
  readRebase,
  rejectUnknownKeys,
  segmentBounds,
} from './internal/options.js';
import { RulesEngine } from './internal/rulesEngine.js';
import type {
  AnhoejRule,
  Improvement,
  InsufficientSpcData,
  SpcRule,
  SpecialCause,
  VariationIcon,
} from './types.js';
import { variationIcon } from './variationIcon.js';

/**
 * Options of {@link runChart}.
 *
 * @example
 * ```ts
 * import type { RunChartOptions } from 'civic-metrics';
 * const options: RunChartOptions = { improvement: 'decrease', rebase: [18] };
 * ```
 */
export interface RunChartOptions {
  /** Which direction is better (default `'neutral'`). */
  improvement?: Improvement;
  /** Indices where a new segment (with its own median and runs analysis) starts. */
  rebase?: readonly number[];
  /** Take each segment's median from its first N positions only (qicharts2 `freeze`; N >= 2). */
  fixAfterNPoints?: number | null;
}

/**
 * The options a {@link runChart} call used, defaults filled in.
 *
 * @example
 * ```ts
 * import type { RunChartOptionsUsed } from 'civic-metrics';
 * const used: RunChartOptionsUsed = { improvement: 'neutral', rebase: [], fixAfterNPoints: null };
 * ```
 */
export interface RunChartOptionsUsed {
  improvement: Improvement;
  rebase: number[];
  fixAfterNPoints: number | null;
}

/**
 * One segment of a run chart with its Anhøj runs analysis.
 *
 * @example
 * ```ts
 * import type { RunChartSegment } from 'civic-metrics';
 * const segment: RunChartSegment = {
 *   start: 0, end: 19, n: 20, baselineEnd: 19, median: 12, nUseful: 18, longestRun: 4, longestRunMax: 7,
 *   crossings: 9, crossingsMin: 5, longRunSignal: false, crossingsSignal: false, runsSignal: false,
 * };
 * ```
 */
export interface RunChartSegment {
  start: number;
  end: number;
  /** Non-missing points in the segment. */
  n: number;
  /** Last position of the baseline the median comes from. */
  baselineEnd: number;
  /** Centre line: median of the baseline's non-missing values. */
  median: number;
  /** Useful observations: non-missing, not on the median. */
  nUseful: number;
  /** Longest run on one side of the median (`null` when nUseful is 0). */
  longestRun: number | null;
  /** round(log2 nUseful) + 3. */
  longestRunMax: number | null;
  /** Crossings of the median (runs − 1). */
  crossings: number | null;
  /** qbinom(0.05, nUseful − 1, 0.5). */
  crossingsMin: number | null;
  /** longestRun > longestRunMax. */
  longRunSignal: boolean;
  /** crossings < crossingsMin. */
  crossingsSignal: boolean;
  /** Either signal (qicharts2 draws the median dashed). */
  runsSignal: boolean;
}

/**
 * One point of a run chart.
 *
 * @example
 * ```ts
 * import type { RunChartPoint } from 'civic-metrics';
 * const point: RunChartPoint = {
 *   index: 3, segment: 0, value: 15, median: 12, specialCause: 'neutral_high',
 *   rule: 'long_run_above', rules: ['long_run_above'],
 * };
 * ```
 */
export interface RunChartPoint {
  index: number;
  segment: number;
  /** The value, `null` when missing. */
  value: number | null;
  /** Median of the point's segment. */
  median: number;
  /** `common`, or the label of a point inside an over-long run; `null` when missing. */
  specialCause: SpecialCause | null;
  /** `long_run_above`/`long_run_below`, `'none'`, or `null` when missing. */
  rule: AnhoejRule | 'none' | null;
  /** Every rule the point is part of. */
  rules: readonly SpcRule[];
}

/**
 * A computed run chart (`status: 'ok'`).
 *
 * @example
 * ```ts
 * import { runChart, type RunChart } from 'civic-metrics';
 * const result = runChart([3, 5, 4, 6, 5, 4]);
 * const chart: RunChart | undefined = result.status === 'ok' ? result : undefined;
 * ```
 */
export interface RunChart {
  status: 'ok';
  /** Median of the latest segment. */
  median: number;
  /** Any segment has a runs signal. */
  runsSignal: boolean;
  segments: RunChartSegment[];
  points: RunChartPoint[];
  /** Icon of the latest non-missing point (from its membership of an over-long run). */
  variationIcon: VariationIcon;
  options: RunChartOptionsUsed;
}

/**
 * What {@link runChart} returns: a chart, or `insufficient_data` when a segment's baseline has no
 * non-missing value.
 *
 * @example
 * ```ts
 * import { runChart, type RunChartResult } from 'civic-metrics';
 * const result: RunChartResult = runChart([]);
 * result.status;
 * // => 'insufficient_data'
 * ```
 */
export type RunChartResult = RunChart | InsufficientSpcData;

const KNOWN = ['improvement', 'rebase', 'fixAfterNPoints'] as const;

/** Validates the options of a run chart (also used by `controlCharts`). */
export function readRunOptions(fn: string, raw: unknown, n: number): RunChartOptionsUsed {
  const options = readOptionsObject(fn, raw);
  rejectUnknownKeys(fn, options, KNOWN);
  return {
    improvement: readImprovement(fn, options.improvement),
    rebase: readRebase(fn, options.rebase, n),
    fixAfterNPoints: readFixAfter(fn, options.fixAfterNPoints, 2),
  };
}

/**
 * A run chart: the series around its median, tested with the Anhøj rules for non-random variation.
 *
 * Per segment: median of the baseline's non-missing values (R `median`); useful observations are the
 * non-missing values not equal to the median; a signal when the longest run of useful observations on one
 * side is longer than round(log2 n) + 3, or the number of crossings (runs − 1) is below
 * qbinom(0.05, n − 1, 0.5), n = useful observations. Both limits adapt to the length of the series, which
 * keeps the false-alarm rate near 5–10% whatever n (unlike fixed 6- or 8-point rules).
 *
 * Our additions to qicharts2: the points of every over-long run are labelled `long_run_above` /
 * `long_run_below` (so a latest point in such a run gives a variation icon); the crossings signal stays a
 * segment-level flag (no point is to blame). Missing values are dropped (runs continue across them) and
 * labelled `null`.
 *
 * @param values - The series in time order; `null`/`undefined`/`NaN` for missing values.
 * @param options - See {@link RunChartOptions}.
 * @returns The chart, or `insufficient_data` (`required: 1`) for a segment without data.
 * @throws ArgumentError `invalid_argument` for a non-array series, a non-finite value, an unknown option, a
 *   rebase index outside [0, n) or `fixAfterNPoints` below 2.
 * @see Anhøj J, Olesen AV (2014) Run charts revisited, PLoS ONE 9(11):e113825; Anhøj J (2015) PLoS ONE
 *   10(3):e0121349; qicharts2 0.8.1 `qic.run`, `runs.analysis`.
 *
 * @example
 * ```ts
 * import { runChart } from 'civic-metrics';
 * const chart = runChart([5, 6, 4, 5, 6, 4, 5, 6, 4, 5, 9, 8, 9, 8, 9, 8, 9, 8, 9, 8]);
 * chart.status === 'ok' && chart.runsSignal;
 * // => true
 * chart.status === 'ok' && chart.segments[0]?.longestRun;
 * // => 10
 * ```
 */
export function runChart(values: SeriesInput, options?: RunChartOptions): RunChartResult {
  const fn = 'runChart';
  const x = readSeries(fn, 'values', values);
  return computeRun(x, readRunOptions(fn, options, x.length));
}

const NO_RULES: readonly SpcRule[] = Object.freeze([]);

/** The run chart for a validated series and options. */
export function computeRun(x: Float64Array, used: RunChartOptionsUsed): RunChartResult {
  const n = x.length;
  if (n === 0)
    return { status: 'insufficient_data', reason: 'too_few_points', segment: 0, required: 1, received: 0 };
  const engine = new RulesEngine({
    ruleset: 'anhoej',
    improvement: used.improvement,
    runLength: 7,
    trendLength: 7,
    twoInThreeIncludesBeyondLimits: true,
    limits: false,
  });
  const bounds = segmentBounds(n, used.rebase);
  const segments: RunChartSegment[] = [];
  const points: RunChartPoint[] = new Array(n);
  let lastLabel: SpecialCause | null = null;
  for (let k = 0; k < bounds.length; k++) {
    const [start, end] = bounds[k]!;
    const baselineEnd = used.fixAfterNPoints === null ? end : Math.min(end, start + used.fixAfterNPoints - 1);
    const base = new Float64Array(baselineEnd - start + 1);
    let baseCount = 0;
    for (let i = start; i <= baselineEnd; i++) if (!Number.isNaN(x[i]!)) base[baseCount++] = x[i]!;
    if (baseCount === 0) {
      return { status: 'insufficient_data', reason: 'too_few_points', segment: k, required: 1, received: 0 };
    }
    const centre = median(base, baseCount);
    let count = 0;
    for (let i = start; i <= end; i++) if (!Number.isNaN(x[i]!)) count++;
    const frame = allocateFrame(count, {
      centre,
      sigma: 0,
      ucl: Number.POSITIVE_INFINITY,
      lcl: Number.NEGATIVE_INFINITY,
      upper2: Number.POSITIVE_INFINITY,
      lower2: Number.NEGATIVE_INFINITY,
    });
    let c = 0;
    for (let i = start; i <= end; i++) {
      const v = x[i]!;
      if (Number.isNaN(v)) {
        points[i] = {
          index: i,
          segment: k,
          value: null,
          median: centre,
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
    for (let j = 0; j < count; j++) {
      const i = frame.index[j]!;
      const label = engine.label(outcome, j);
      points[i] = {
        index: i,
        segment: k,
        value: frame.x[j]!,
        median: centre,
        specialCause: label.specialCause,
        rule: label.rule as AnhoejRule | 'none',
        rules: label.rules,
      };
      lastLabel = label.specialCause;
    }
    const runs = engine.runs[k]!;
    segments.push({
      start,
      end,
      n: count,
      baselineEnd,
      median: centre,
      nUseful: runs.nUseful,
      longestRun: runs.longestRun,
      longestRunMax: runs.longestRunMax,
      crossings: runs.crossings,
      crossingsMin: runs.crossingsMin,
      longRunSignal: runs.longRunSignal,
      crossingsSignal: runs.crossingsSignal,
      runsSignal: runs.runsSignal,
    });
  }
  return {
    status: 'ok',
    median: segments[segments.length - 1]!.median,
    runsSignal: segments.some((s) => s.runsSignal),
    segments,
    points,
    variationIcon: variationIcon(lastLabel, used.improvement)!,
    options: used,
  };
}
