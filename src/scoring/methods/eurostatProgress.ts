import { fail } from '../../internal/assert.js';
import type { Explanation } from '../Explanation.js';
import { type AnnualPoint, pickYear, readAnnualSeries, readFallback } from './internal/annualSeries.js';
import { fmt, pct } from './internal/format.js';
import {
  cagr,
  readNullableFinite,
  readOptionsObject,
  readPolarity,
  readYearOption,
} from './internal/readOptions.js';
import { SOURCES } from './internal/sources.js';
import { assertOrdered, readThresholds } from './internal/thresholds.js';
import type { AnnualValue } from './openSdgProgress.js';

/**
 * Eurostat's cut-offs, all **unverified** (from recollection of Eurostat's monitoring reports; the
 * quantified-target ones match Statistics Canada's Eurostat-inspired method, the no-target ones an early
 * Eurostat-inspired Open SDG test script). Ratio cut-offs are `>=`; growth cut-offs: significant progress
 * is `> trendSignificant`, moderate progress `>= trendModerate`, moderate movement away `>= trendModerateAway`.
 *
 * @example
 * ```ts
 * import type { EurostatThresholds } from 'civic-metrics';
 * const defaults: EurostatThresholds = {
 *   targetSignificant: 0.95, targetModerate: 0.6, targetInsufficient: 0,
 *   trendSignificant: 0.01, trendModerate: 0, trendModerateAway: -0.01,
 * };
 * ```
 */
export interface EurostatThresholds {
  /** Ratio R for "significant progress towards the EU target". Default 0.95. */
  targetSignificant: number;
  /** Ratio R for "moderate progress towards the EU target". Default 0.6. */
  targetModerate: number;
  /** Ratio R for "insufficient progress" (below: "movement away"). Default 0. */
  targetInsufficient: number;
  /** Growth rate in the desired direction above which progress is significant. Default 0.01 (1%/yr). */
  trendSignificant: number;
  /** Growth rate from which progress is moderate. Default 0. */
  trendModerate: number;
  /** Growth rate from which movement away is moderate (below: significant). Default −0.01. */
  trendModerateAway: number;
}

/**
 * Options of {@link eurostatProgress}.
 *
 * @example
 * ```ts
 * import type { EurostatProgressOptions } from 'civic-metrics';
 * const options: EurostatProgressOptions = { polarity: 'increase', window: 'short', target: 78, targetYear: 2030 };
 * ```
 */
export interface EurostatProgressOptions {
  /** Desired direction. */
  polarity: 'increase' | 'decrease';
  /** Assessment window: `short` (5 years, default), `long` (15 years) or a number of years ≥ 1. */
  window?: 'short' | 'long' | number;
  /** Last year of the window. Default: the latest year with data (an earlier `endYear` uses the latest observation up to it). */
  endYear?: number;
  /** Quantified target; null or omitted for the no-target rule. */
  target?: number | null;
  /** Target year. Default 2030. */
  targetYear?: number;
  /** When the start year `endYear − window` has no value: `nearest` available year (default; ties take the earlier) or `exact`. */
  startYearFallback?: 'nearest' | 'exact';
  /** Cut-offs; each defaults to the value in {@link EurostatThresholds}. */
  thresholds?: Partial<EurostatThresholds>;
}

/**
 * A Eurostat progress category. With a target: `significant_progress`, `moderate_progress`,
 * `insufficient_progress`, `movement_away`. Without: `significant_progress`, `moderate_progress`,
 * `moderate_movement_away`, `significant_movement_away`. `not_assessed` when data do not allow it.
 *
 * @example
 * ```ts
 * import type { EurostatStatus } from 'civic-metrics';
 * const status: EurostatStatus = 'insufficient_progress';
 * ```
 */
export type EurostatStatus =
  | 'significant_progress'
  | 'moderate_progress'
  | 'insufficient_progress'
  | 'movement_away'
  | 'moderate_movement_away'
  | 'significant_movement_away'
  | 'not_assessed';

/**
 * Result of {@link eurostatProgress}.
 *
 * @example
 * ```ts
 * import type { EurostatProgressResult } from 'civic-metrics';
 * const ratio: EurostatProgressResult['ratio'] = 1.173102;
 * ```
 */
export interface EurostatProgressResult {
  /** The category. */
  status: EurostatStatus;
  /** Eurostat's wording of the category, e.g. `moderate progress towards the EU target`. */
  label: string;
  /** `target` or `no_target`. */
  method: 'target' | 'no_target';
  /** Why it was not assessed; null otherwise. */
  reason: 'no_data' | 'insufficient_data' | 'non_positive_value' | 'not_finite' | null;
  /** Whether the latest value already meets the target (this short-circuits to significant progress); null without a target. */
  targetMet: boolean | null;
  /** Actual compound annual growth rate over the window. */
  cagr: number | null;
  /** Growth rate in the desired direction (no-target rule). */
  cagrInDesiredDirection: number | null;
  /** Required growth rate from the window's start value to the target. */
  requiredCagr: number | null;
  /** `cagr / requiredCagr`. */
  ratio: number | null;
  /** Start of the window used. */
  startYear: number | null;
  /** Value at the start of the window. */
  startValue: number | null;
  /** End of the window used. */
  endYear: number | null;
  /** Value at the end of the window. */
  endValue: number | null;
  /** Inputs (with the years chosen), growth rates, ratio and the band. */
  explanation: Explanation;
}

const LABELS: Record<'target' | 'no_target', Partial<Record<EurostatStatus, string>>> = {
  target: {
    significant_progress: 'significant progress towards the EU target',
    moderate_progress: 'moderate progress towards the EU target',
    insufficient_progress: 'insufficient progress towards the EU target',
    movement_away: 'movement away from the EU target',
  },
  no_target: {
    significant_progress: 'significant progress towards SD objectives',
    moderate_progress: 'moderate progress towards SD objectives',
    moderate_movement_away: 'moderate movement away from SD objectives',
    significant_movement_away: 'significant movement away from SD objectives',
  },
};

/**
 * Assesses progress the way Eurostat's EU SDG monitoring report does, with every cut-off a named parameter
 * because **the defaults are unverified** (from recollection; do not present them as Eurostat's exact rule).
 *
 * Window: `t` = `endYear` (default the latest year), `t0 = t − window` (5 years short-term, 15 long-term),
 * else the nearest available year. `CAGR_a = (x_t / x_t0)^(1/(t − t0)) − 1`.
 * - **Quantified target** `x_T` in year `T`: `CAGR_r = (x_T / x_t0)^(1/(T − t0)) − 1` from the same start,
 *   `R = CAGR_a / CAGR_r`: `R ≥ 0.95` significant progress, `≥ 0.6` moderate, `≥ 0` insufficient, else
 *   movement away (both rates carry their signs, so lower-is-better targets need no flip). Our binding
 *   decisions: a latest value already at the target short-circuits to significant progress
 *   (`targetMet: true`); a start value already beyond the target (required rate 0 or pointing the wrong
 *   way) with the latest value not at it is movement away.
 * - **No target**: `P = ±CAGR_a` in the desired direction: `P > 1%` significant progress, `P ≥ 0` moderate
 *   progress, `P ≥ −1%` moderate movement away, else significant movement away (0 counts as moderate
 *   progress; unverified).
 *
 * Missing data: null/NaN values are skipped. `not_assessed` for no data, no start value in the window,
 * fewer than two years, or a zero or negative start, latest or target value (growth rates undefined;
 * Eurostat's rule for these is not known); `not_finite` when a growth rate overflows double precision.
 *
 * @param series - Annual observations `{ year, value }`, one per year.
 * @param options - `{ polarity, window = 'short', endYear, target = null, targetYear = 2030,
 *   startYearFallback = 'nearest', thresholds }`.
 * @returns The category, its label, the growth rates and ratio, and the window used.
 * @throws {ArgumentError} `invalid_argument` for a malformed series, unknown polarity, a window that is not
 *   `short`, `long` or an integer ≥ 1, non-integer years, non-finite target or thresholds, unknown threshold
 *   names, or unordered thresholds.
 * @throws {PeriodError} `duplicate_observation` when two observations share a year.
 * @see Eurostat, Sustainable development in the European Union — monitoring report, methodology.
 *
 * @example
 * ```ts
 * import { eurostatProgress } from 'civic-metrics';
 * const series = [{ year: 2017, value: 70 }, { year: 2022, value: 72 }];
 * const result = eurostatProgress(series, { polarity: 'increase', target: 78, targetYear: 2030 });
 * result.status;
 * // => 'moderate_progress'
 * result.ratio;
 * // => 0.675938
 * ```
 */
export function eurostatProgress(
  series: readonly AnnualValue[],
  options: EurostatProgressOptions,
): EurostatProgressResult {
  const fn = 'eurostatProgress';
  const o = readOptionsObject(fn, options);
  const d = readPolarity(fn, 'options.polarity', o.polarity);
  const windowOption = o.window === undefined ? 'short' : o.window;
  const window =
    windowOption === 'short'
      ? 5
      : windowOption === 'long'
        ? 15
        : typeof windowOption === 'number' && Number.isInteger(windowOption) && windowOption >= 1
          ? windowOption
          : fail(fn, 'options.window', "to be 'short', 'long' or an integer >= 1", windowOption);
  const endYearOption = o.endYear === undefined ? null : readYearOption(fn, 'options.endYear', o.endYear);
  const target = readNullableFinite(fn, 'options.target', o.target);
  const targetYear = readYearOption(fn, 'options.targetYear', o.targetYear, 2030);
  const fallback = readFallback(
    fn,
    'options.startYearFallback',
    o.startYearFallback,
    ['nearest', 'exact'],
    'nearest',
  );
  const t = readThresholds(fn, 'options.thresholds', o.thresholds, {
    targetSignificant: 0.95,
    targetModerate: 0.6,
    targetInsufficient: 0,
    trendSignificant: 0.01,
    trendModerate: 0,
    trendModerateAway: -0.01,
  });
  assertOrdered(fn, 'options.thresholds', t, 'targetInsufficient', 'targetModerate');
  assertOrdered(fn, 'options.thresholds', t, 'targetModerate', 'targetSignificant');
  assertOrdered(fn, 'options.thresholds', t, 'trendModerateAway', 'trendModerate');
  assertOrdered(fn, 'options.thresholds', t, 'trendModerate', 'trendSignificant');
  const all = readAnnualSeries(fn, 'series', series);
  const points = endYearOption === null ? all : all.filter((p) => p.year <= endYearOption);
  const method = target === null ? 'no_target' : 'target';
  const inputs: Record<string, unknown> = {
    polarity: d === 1 ? 'increase' : 'decrease',
    window,
    endYear: endYearOption,
    target,
    targetYear,
    startYearFallback: fallback,
  };
  const empty = {
    targetMet: null,
    cagr: null,
    cagrInDesiredDirection: null,
    requiredCagr: null,
    ratio: null,
  };
  const notAssessed = (
    reason: NonNullable<EurostatProgressResult['reason']>,
    description: string,
    start?: AnnualPoint,
    end?: AnnualPoint,
  ): EurostatProgressResult => ({
    status: 'not_assessed',
    label: 'not assessed',
    method,
    reason,
    ...empty,
    startYear: start?.year ?? null,
    startValue: start?.value ?? null,
    endYear: end?.year ?? null,
    endValue: end?.value ?? null,
    explanation: {
      method: fn,
      summary: `Not assessed: ${description}.`,
      inputs,
      intermediate: { reason },
      rule: { id: reason, description },
      source: SOURCES.eurostat,
    },
  });
  const end = points.at(-1);
  if (end === undefined) return notAssessed('no_data', 'no value in the series');
  const start = pickYear(points, end.year - window, fallback, end.year);
  if (start === null)
    return notAssessed(
      'insufficient_data',
      `no start value for the ${window}-year window ending ${end.year}`,
      undefined,
      end,
    );
  Object.assign(inputs, { startYearUsed: start.year, startYearRule: start.rule, endYearUsed: end.year });
  const windowUsed = {
    startYear: start.year,
    startValue: start.value,
    endYear: end.year,
    endValue: end.value,
  };

  if (target !== null) {
    if (d * (end.value - target) >= 0) {
      const description = `latest value ${d === 1 ? '>=' : '<='} target ${fmt(target)}`;
      return {
        status: 'significant_progress',
        label: LABELS.target.significant_progress as string,
        method,
        reason: null,
        ...empty,
        targetMet: true,
        ...windowUsed,
        explanation: {
          method: fn,
          summary: `The latest value ${fmt(end.value)} (${end.year}) already meets the target ${fmt(target)}: significant progress towards the EU target.`,
          inputs,
          intermediate: { targetMet: true },
          rule: { id: 'target_achieved', description },
          source: SOURCES.eurostat,
        },
      };
    }
    if (start.value <= 0 || end.value <= 0 || target <= 0) {
      return notAssessed(
        'non_positive_value',
        'a zero or negative value leaves the growth rates undefined',
        start,
        end,
      );
    }
    if (targetYear <= start.year) {
      return notAssessed(
        'insufficient_data',
        `target year ${targetYear} is not after the start year ${start.year}`,
        start,
        end,
      );
    }
    const actual = cagr(end.value, start.value, end.year, start.year);
    const required = cagr(target, start.value, targetYear, start.year);
    const startBeyond = d * required <= 0;
    const ratio = startBeyond ? null : actual / required;
    if (![actual, required, ratio ?? 0].every(Number.isFinite)) {
      return notAssessed('not_finite', 'a growth rate overflows double precision', start, end);
    }
    let status: EurostatStatus;
    let description: string;
    if (ratio === null) {
      status = 'movement_away';
      description = 'start value already at or beyond the target, latest value not';
    } else if (ratio >= t.targetSignificant) {
      status = 'significant_progress';
      description = `R >= ${t.targetSignificant}`;
    } else if (ratio >= t.targetModerate) {
      status = 'moderate_progress';
      description = `${t.targetModerate} <= R < ${t.targetSignificant}`;
    } else if (ratio >= t.targetInsufficient) {
      status = 'insufficient_progress';
      description = `${t.targetInsufficient} <= R < ${t.targetModerate}`;
    } else {
      status = 'movement_away';
      description = `R < ${t.targetInsufficient}`;
    }
    const label = LABELS.target[status] as string;
    return {
      status,
      label,
      method,
      reason: null,
      targetMet: false,
      cagr: actual,
      cagrInDesiredDirection: d * actual,
      requiredCagr: required,
      ratio,
      ...windowUsed,
      explanation: {
        method: fn,
        summary:
          ratio === null
            ? `The start value ${fmt(start.value)} was already at or beyond the target ${fmt(target)} but the latest value ${fmt(end.value)} is not: ${label}.`
            : `Growth ${pct(actual)}/yr from ${start.year} to ${end.year} against ${pct(required)}/yr required to reach ${fmt(target)} by ${targetYear} (R = ${fmt(ratio)}): ${label}.`,
        inputs,
        intermediate: { cagr: actual, requiredCagr: required, ratio, targetMet: false },
        rule: {
          id: ratio === null ? 'start_beyond_target' : status,
          description,
          thresholds: {
            targetSignificant: t.targetSignificant,
            targetModerate: t.targetModerate,
            targetInsufficient: t.targetInsufficient,
          },
        },
        source: SOURCES.eurostat,
      },
    };
  }

  if (start.value <= 0 || end.value <= 0) {
    return notAssessed(
      'non_positive_value',
      'a zero or negative value leaves the growth rate undefined',
      start,
      end,
    );
  }
  const actual = cagr(end.value, start.value, end.year, start.year);
  if (!Number.isFinite(actual))
    return notAssessed('not_finite', 'the growth rate overflows double precision', start, end);
  const directed = d * actual;
  let status: EurostatStatus;
  let description: string;
  if (directed > t.trendSignificant) {
    status = 'significant_progress';
    description = `P > ${t.trendSignificant}`;
  } else if (directed >= t.trendModerate) {
    status = 'moderate_progress';
    description = `${t.trendModerate} <= P <= ${t.trendSignificant}`;
  } else if (directed >= t.trendModerateAway) {
    status = 'moderate_movement_away';
    description = `${t.trendModerateAway} <= P < ${t.trendModerate}`;
  } else {
    status = 'significant_movement_away';
    description = `P < ${t.trendModerateAway}`;
  }
  const label = LABELS.no_target[status] as string;
  return {
    status,
    label,
    method,
    reason: null,
    ...empty,
    cagr: actual,
    cagrInDesiredDirection: directed,
    ...windowUsed,
    explanation: {
      method: fn,
      summary: `Growth ${pct(actual)}/yr from ${start.year} to ${end.year}, ${pct(directed)}/yr in the desired direction: ${label}.`,
      inputs,
      intermediate: { cagr: actual, cagrInDesiredDirection: directed },
      rule: {
        id: status,
        description,
        thresholds: {
          trendSignificant: t.trendSignificant,
          trendModerate: t.trendModerate,
          trendModerateAway: t.trendModerateAway,
        },
      },
      source: SOURCES.eurostat,
    },
  };
}
