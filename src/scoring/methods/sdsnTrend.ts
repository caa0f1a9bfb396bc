import { ArgumentError } from '../../errors/ArgumentError.js';
import type { Explanation } from '../Explanation.js';
import { fmt, pct } from './internal/format.js';
import { readFinite, readMaybeValue, readOptionsObject, readYearOption } from './internal/readOptions.js';
import { readSdsnBounds, sdsnRawScore } from './internal/sdsnInputs.js';
import { SOURCES } from './internal/sources.js';
import type { SdsnScoreOptions } from './sdsnScore.js';

/**
 * The two observations an SDSN trend arrow compares.
 *
 * @example
 * ```ts
 * import type { SdsnTrendPoints } from 'civic-metrics';
 * const points: SdsnTrendPoints = { startYear: 2014, startValue: 22.2, endYear: 2017, endValue: 19.9 };
 * ```
 */
export interface SdsnTrendPoints {
  /** Year of the start value (2019 Europe edition: usually 2015). */
  startYear: number;
  /** Start value; null or NaN when missing. */
  startValue: number | null;
  /** Year of the end value, after `startYear`. */
  endYear: number;
  /** End value; null or NaN when missing. */
  endValue: number | null;
}

/**
 * Options of {@link sdsnTrend}.
 *
 * @example
 * ```ts
 * import type { SdsnTrendOptions } from 'civic-metrics';
 * const payGap: SdsnTrendOptions = { upperBound: 0, lowerBound: 40, greenThreshold: 14, targetYear: 2030 };
 * ```
 */
export interface SdsnTrendOptions extends SdsnScoreOptions {
  /** The SDG-achievement threshold (the dashboard's green threshold). */
  greenThreshold: number;
  /** Year by which the threshold should be reached. Default 2030. */
  targetYear?: number;
  /** Edition of the rules: 2019 (default; four arrows) or 2018 (adds `maintaining`). */
  edition?: 2018 | 2019;
}

/**
 * An SDSN trend class: `on_track` (↑), `maintaining` (2018 edition only, ↑: at or above the threshold at
 * both ends), `moderately_improving` (➚), `stagnating` (→), `decreasing` (↓).
 *
 * @example
 * ```ts
 * import type { SdsnTrend } from 'civic-metrics';
 * const trend: SdsnTrend = 'moderately_improving';
 * ```
 */
export type SdsnTrend = 'on_track' | 'maintaining' | 'moderately_improving' | 'stagnating' | 'decreasing';

/**
 * Result of {@link sdsnTrend}.
 *
 * @example
 * ```ts
 * import type { SdsnTrendResult } from 'civic-metrics';
 * const arrow: SdsnTrendResult['arrow'] = '➚';
 * ```
 */
export interface SdsnTrendResult {
  /** `assessed`, or `not_available` when either value is missing. */
  status: 'assessed' | 'not_available';
  /** The trend class; null when not available. */
  trend: SdsnTrend | null;
  /** The published arrow: ↑ (on track or maintaining), ➚, →, ↓; null when not available. */
  arrow: '↑' | '➚' | '→' | '↓' | null;
  /** Uncensored normalised score of the start value. */
  startScore: number | null;
  /** Uncensored normalised score of the end value. */
  endScore: number | null;
  /** Normalised score of the green threshold. */
  greenScore: number;
  /** Actual linear annual change of the score, `(endScore − startScore) / (endYear − startYear)`. */
  actualRate: number | null;
  /** Required linear annual change, `(greenScore − startScore) / (targetYear − startYear)`. */
  requiredRate: number | null;
  /** `actualRate / requiredRate`; null when the threshold decided the arrow (start or end at/above it). */
  ratio: number | null;
  /** Inputs, scores, rates, the ratio and the rule that fired. */
  explanation: Explanation;
}

const ARROWS = {
  on_track: '↑',
  maintaining: '↑',
  moderately_improving: '➚',
  stagnating: '→',
  decreasing: '↓',
} as const;

/**
 * Computes SDSN's trend arrow for an indicator: is the country on track to reach the SDG-achievement
 * (green) threshold by the target year at its recent linear rate?
 *
 * Both values are normalised to SDSN's 0–100 scale **without censoring** (the published arrows use
 * uncensored scores: censoring reproduces 9 fewer arrows of the 2019 Europe report). Then
 * `a = (endScore − startScore) / (endYear − startYear)`,
 * `r = (greenScore − startScore) / (targetYear − startYear)` and `ratio = a / r`. Rules, in order:
 * 1. the end value is at or better than the green threshold → `on_track` (2018 edition: `maintaining`
 *    when the start value was too, `on_track` otherwise);
 * 2. the start value was at or better than the threshold but the end value is not → `decreasing`;
 * 3. `ratio ≥ 1` → `on_track`; `ratio ≥ 0.5` → `moderately_improving`; `ratio ≥ 0` → `stagnating`;
 *    `ratio < 0` → `decreasing`.
 *
 * This reproduces 2,393 of the 2,421 published 2019 Europe arrows; 27 small declines are published as
 * stagnating (an undocumented tolerance or an older data vintage) and one EU aggregate differs by data
 * vintage. SDSN picks the year closest to the trend years within ±1 year when one is missing; choose the
 * points before calling.
 *
 * Missing data: a null or NaN value gives `status: 'not_available'` (SDSN publishes no arrow).
 *
 * @param points - `{ startYear, startValue, endYear, endValue }`, `startYear < endYear`.
 * @param options - `{ upperBound, lowerBound, greenThreshold, targetYear = 2030, edition = 2019 }`;
 *   `targetYear` after `startYear`.
 * @returns The trend class, its arrow, the scores, the two rates and their ratio.
 * @throws {ArgumentError} `invalid_argument` for non-finite bounds or threshold, equal bounds, non-integer
 *   years, `endYear <= startYear`, `targetYear <= startYear`, or an unknown edition.
 * @see SDSN & Bertelsmann Stiftung, SDG Index and Dashboards — Detailed Methodological paper 2018, §1.6;
 *   SDSN & IEEP, 2019 Europe Sustainable Development Report, Annex 1.
 *
 * @example
 * ```ts
 * import { sdsnTrend } from 'civic-metrics';
 * const result = sdsnTrend(
 *   { startYear: 2013, startValue: 12, endYear: 2016, endValue: 11.8 },
 *   { upperBound: 7, lowerBound: 17, greenThreshold: 10 },
 * );
 * result.trend;
 * // => 'moderately_improving'
 * result.ratio;
 * // => 0.566667
 * ```
 */
export function sdsnTrend(points: SdsnTrendPoints, options: SdsnTrendOptions): SdsnTrendResult {
  const fn = 'sdsnTrend';
  const bounds = readSdsnBounds(fn, 'options', options);
  const o = options as unknown as Record<string, unknown>;
  const greenThreshold = readFinite(fn, 'options.greenThreshold', o.greenThreshold);
  const targetYear = readYearOption(fn, 'options.targetYear', o.targetYear, 2030);
  const edition = o.edition === undefined ? 2019 : o.edition;
  if (edition !== 2018 && edition !== 2019) {
    throw new ArgumentError(
      `${fn}: expected options.edition to be 2018 or 2019, received ${String(edition)}`,
      {
        path: 'options.edition',
        value: edition,
      },
    );
  }
  const p = readOptionsObject(fn, points);
  const startYear = readYearOption(fn, 'points.startYear', p.startYear);
  const endYear = readYearOption(fn, 'points.endYear', p.endYear);
  if (endYear <= startYear) {
    throw new ArgumentError(
      `${fn}: expected points.endYear after points.startYear (${startYear}), received ${endYear}`,
      {
        path: 'points.endYear',
        value: endYear,
      },
    );
  }
  if (targetYear <= startYear) {
    throw new ArgumentError(
      `${fn}: expected options.targetYear after points.startYear (${startYear}), received ${targetYear}`,
      {
        path: 'options.targetYear',
        value: targetYear,
      },
    );
  }
  const startValue = readMaybeValue(fn, 'points.startValue', p.startValue);
  const endValue = readMaybeValue(fn, 'points.endValue', p.endValue);
  const greenScore = sdsnRawScore(greenThreshold, bounds);
  const inputs = {
    startYear,
    startValue,
    endYear,
    endValue,
    upperBound: bounds.upperBound,
    lowerBound: bounds.lowerBound,
    greenThreshold,
    targetYear,
    edition,
  };
  if (startValue === null || endValue === null) {
    return {
      status: 'not_available',
      trend: null,
      arrow: null,
      startScore: null,
      endScore: null,
      greenScore,
      actualRate: null,
      requiredRate: null,
      ratio: null,
      explanation: {
        method: fn,
        summary: `No ${startValue === null ? 'start' : 'end'} value, so no trend arrow.`,
        inputs,
        intermediate: { greenScore },
        rule: { id: 'not_available', description: 'start or end value missing' },
        source: SOURCES.sdsn,
      },
    };
  }
  const startScore = sdsnRawScore(startValue, bounds);
  const endScore = sdsnRawScore(endValue, bounds);
  const actualRate = (endScore - startScore) / (endYear - startYear);
  const requiredRate = (greenScore - startScore) / (targetYear - startYear);
  const endMet = bounds.sign * (endValue - greenThreshold) >= 0;
  const startMet = bounds.sign * (startValue - greenThreshold) >= 0;
  let trend: SdsnTrend;
  let ratio: number | null = null;
  let ruleId: string;
  let description: string;
  if (endMet) {
    trend = edition === 2018 && startMet ? 'maintaining' : 'on_track';
    ruleId = trend === 'maintaining' ? 'maintaining' : 'threshold_met';
    description =
      trend === 'maintaining'
        ? 'start and end values at or better than the green threshold (2018 edition)'
        : 'end value at or better than the green threshold';
  } else if (startMet) {
    trend = 'decreasing';
    ruleId = 'threshold_lost';
    description = 'start value met the green threshold, end value does not';
  } else {
    ratio = actualRate / requiredRate;
    if (ratio >= 1) {
      trend = 'on_track';
      description = 'ratio >= 1';
    } else if (ratio >= 0.5) {
      trend = 'moderately_improving';
      description = '0.5 <= ratio < 1';
    } else if (ratio >= 0) {
      trend = 'stagnating';
      description = '0 <= ratio < 0.5';
    } else {
      trend = 'decreasing';
      description = 'ratio < 0';
    }
    ruleId = trend;
  }
  const summary =
    ratio === null
      ? `${description[0]?.toUpperCase()}${description.slice(1)}: ${trend.replaceAll('_', ' ')} (${ARROWS[trend]}).`
      : `The score moved ${fmt(actualRate)} points a year against ${fmt(requiredRate)} needed to reach the green threshold by ${targetYear} (${pct(ratio)}): ${trend.replaceAll('_', ' ')} (${ARROWS[trend]}).`;
  return {
    status: 'assessed',
    trend,
    arrow: ARROWS[trend],
    startScore,
    endScore,
    greenScore,
    actualRate,
    requiredRate,
    ratio,
    explanation: {
      method: fn,
      summary,
      inputs,
      intermediate: { startScore, endScore, greenScore, actualRate, requiredRate, ratio },
      rule: { id: ruleId, description, thresholds: { onTrack: 1, moderatelyImproving: 0.5, stagnating: 0 } },
      source: SOURCES.sdsn,
    },
  };
}
