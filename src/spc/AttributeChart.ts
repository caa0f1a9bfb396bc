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
import type { XmrChartOptions } from './xmrChart.js';

/**
 * Options of {@link pChart} and {@link uChart}: those of {@link xmrChart} plus `laney`.
 * `screenOutliers` applies to the moving ranges of Laney's z-scores.
 *
 * @example
 * ```ts
 * import type { AttributeChartOptions } from 'civic-metrics';
 * const options: AttributeChartOptions = { laney: true, improvement: 'increase', target: 0.95 };
 * ```
 */
export interface AttributeChartOptions extends XmrChartOptions {
  /**
   * Laney's p′ / u′ adjustment for over- (or under-) dispersion between periods: multiply each period's
   * sigma by σz = (mean moving range of the z-scores) / 1.128 (default `false`). Use it with large
   * denominators (thousands and up), where the plain limits come out far too narrow.
   */
  laney?: boolean;
}

/**
 * The options a {@link pChart} or {@link uChart} call used, defaults filled in.
 *
 * @example
 * ```ts
 * import type { AttributeChartOptionsUsed } from 'civic-metrics';
 * const used: AttributeChartOptionsUsed = {
 *   ruleset: 'nhs', improvement: 'neutral', target: null, rebase: [], fixAfterNPoints: null,
 *   screenOutliers: false, runLength: 7, trendLength: 7, twoInThreeIncludesBeyondLimits: true, laney: false,
 * };
 * ```
 */
export interface AttributeChartOptionsUsed {
  ruleset: SpcRuleset;
  improvement: Improvement;
  target: number | null;
  rebase: number[];
  fixAfterNPoints: number | null;
  screenOutliers: boolean;
  runLength: number | null;
  trendLength: number | null;
  twoInThreeIncludesBeyondLimits: boolean | null;
  laney: boolean;
}

/**
 * One segment of a p or u chart.
 *
 * @example
 * ```ts
 * import type { AttributeSegment } from 'civic-metrics';
 * const segment: AttributeSegment = {
 *   start: 0, end: 29, n: 30, baselineEnd: 29, centre: 0.2313, numerator: 347, denominator: 1500,
 *   sigmaZ: null, movingRanges: 0, screenedOut: 0, shortGroup: false,
 * };
 * ```
 */
export interface AttributeSegment {
  start: number;
  end: number;
  /** Periods with data (numerator and a positive denominator) in the segment. */
  n: number;
  /** Last position of the baseline the centre line comes from. */
  baselineEnd: number;
  /** Centre line: Σ numerators / Σ denominators over the baseline (p̄ or ū). */
  centre: number;
  /** Σ numerators over the baseline. */
  numerator: number;
  /** Σ denominators over the baseline. */
  denominator: number;
  /** Laney's σz (`null` without `laney`). */
  sigmaZ: number | null;
  /** Moving ranges of z-scores behind σz (0 without `laney`). */
  movingRanges: number;
  /** Moving ranges of z-scores discarded by screening. */
  screenedOut: number;
  /** Fewer than 13 periods with data: trial limits. */
  shortGroup: boolean;
  /** Anhøj only: see {@link XmrSegment}. */
  nUseful?: number;
  longestRun?: number | null;
  longestRunMax?: number | null;
  crossings?: number | null;
  crossingsMin?: number | null;
  runsSignal?: boolean;
}

/**
 * One period of a p or u chart. Limits vary with the period's denominator.
 *
 * @example
 * ```ts
 * import type { AttributePoint } from 'civic-metrics';
 * const point: AttributePoint = {
 *   index: 14, segment: 0, value: 0.44, numerator: 22, denominator: 50, centre: 0.2313, sigma: 0.0596,
 *   lcl: 0.0524, ucl: 0.4102, lowerTwoSigma: 0.1121, upperTwoSigma: 0.3506,
 *   specialCause: 'neutral_high', rule: 'above_ucl', rules: ['above_ucl'],
 * };
 * ```
 */
export interface AttributePoint {
  index: number;
  segment: number;
  /** The proportion or rate, `null` when the period has no data. */
  value: number | null;
  /** The numerator (events, count), `null` when missing. */
  numerator: number | null;
  /** The denominator (cases, exposure), `null` when missing. */
  denominator: number | null;
  /** Centre line of the segment. */
  centre: number;
  /** The period's sigma (times σz with `laney`); `null` without a positive denominator. */
  sigma: number | null;
  /** Lower 3-sigma limit (clamped at 0); `null` without a positive denominator. */
  lcl: number | null;
  /** Upper 3-sigma limit (clamped at 1 for proportions); `null` without a positive denominator. */
  ucl: number | null;
  /** Lower 2-sigma line (clamped at 0). */
  lowerTwoSigma: number | null;
  /** Upper 2-sigma line (clamped at 1 for proportions). */
  upperTwoSigma: number | null;
  /** The point's label; `null` when the period has no data. */
  specialCause: SpecialCause | null;
  /** The rule that labels the point by precedence, `'none'`, or `null` when the period has no data. */
  rule: SpcRule | 'none' | null;
  /** Every rule the point is part of. */
  rules: readonly SpcRule[];
}

/**
 * A computed p or u chart (`status: 'ok'`).
 *
 * @example
 * ```ts
 * import { pChart, type AttributeChart } from 'civic-metrics';
 * const result = pChart([3, 5, 4], [50, 60, 55]);
 * const chart: AttributeChart | undefined = result.status === 'ok' ? result : undefined;
 * ```
 */
export interface AttributeChart {
  status: 'ok';
  /** `p` (proportions) or `u` (rates per unit of exposure). */
  chart: 'p' | 'u';
  ruleset: SpcRuleset;
  /** Centre line of the latest segment. */
  centre: number;
  /** Laney's σz of the latest segment (`null` without `laney`). */
  sigmaZ: number | null;
  /** Limits at the latest period with data. */
  lcl: number;
  ucl: number;
  segments: AttributeSegment[];
  points: AttributePoint[];
  /** Icon of the latest period with data. */
  variationIcon: VariationIcon;
  /** Target against the limits at the latest period with data. */
  assuranceIcon: AssuranceIcon | null;
  /** Western Electric and Nelson: per rule number, where it fired. */
  rules?: Record<string, RuleSignals>;
  /** Western Electric and Nelson: sorted union of every rule's members. */
  flagged?: number[];
  /** Anhøj: any segment has a runs signal. */
  runsSignal?: boolean;
  /** Anhøj: periods strictly outside their limits. */
  sigmaSignal?: number[];
  options: AttributeChartOptionsUsed;
}

/**
 * What {@link pChart} and {@link uChart} return: a chart, or `insufficient_data`.
 *
 * @example
 * ```ts
 * import { uChart, type AttributeChartResult } from 'civic-metrics';
 * const result: AttributeChartResult = uChart([null, 2], [0, null]);
 * result.status;
 * // => 'insufficient_data'
 * ```
 */
export type AttributeChartResult = AttributeChart | InsufficientSpcData;
