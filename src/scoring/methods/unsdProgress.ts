import type { Explanation } from '../Explanation.js';
import { type AnnualPoint, pickYear, readAnnualSeries } from './internal/annualSeries.js';
import { fmt, pct } from './internal/format.js';
import { readNearestBaseYear } from './internal/readNearestBaseYear.js';
import {
  cagr,
  readBoolean,
  readNullableFinite,
  readOptionsObject,
  readPolarity,
  readYearOption,
} from './internal/readOptions.js';
import { reasonExplanation } from './internal/reasonExplanation.js';
import { SOURCES } from './internal/sources.js';
import { assertOrdered, readThresholds } from './internal/thresholds.js';
import type { AnnualValue } from './openSdgProgress.js';

/**
 * The cut-offs of {@link unsdProgress}; every one is a `>=` (for a desired decrease the growth-rate
 * cut-offs apply to `−CAGR`).
 *
 * @example
 * ```ts
 * import type { UnsdThresholds } from 'civic-metrics';
 * const defaults: UnsdThresholds = { onTrack: 0.95, progress: 0.1, growthOnTrack: 0.02, growthProgress: 0.005 };
 * ```
 */
export interface UnsdThresholds {
  /** Completion ratio for score 3 (with a target). Default 0.95. */
  onTrack: number;
  /** Completion ratio for score 2 (with a target). Default 0.10. */
  progress: number;
  /** Growth rate in the desired direction for score 3 (no target). Default 0.02. */
  growthOnTrack: number;
  /** Growth rate in the desired direction for score 2 (no target). Default 0.005. */
  growthProgress: number;
}

/**
 * Options of {@link unsdProgress}.
 *
 * @example
 * ```ts
 * import type { UnsdProgressOptions } from 'civic-metrics';
 * const options: UnsdProgressOptions = { polarity: 'increase', target: 60 };
 * ```
 */
export interface UnsdProgressOptions {
  /** Desired direction (UNSD Technical Note for Progress Assessment lists one per series). */
  polarity: 'increase' | 'decrease';
  /** The target value; null or omitted for the no-target rule. */
  target?: number | null;
  /** Target year. Default 2030; when it has passed, the assessment stops at that year. */
  targetYear?: number;
  /** Base year. Default 2015. */
  baseYear?: number;
  /** When the base year has no value: `nearest` year before or after (Eustat, default; ties take the earlier year) or `exact`. */
  baseYearFallback?: 'nearest' | 'exact';
  /** The indicator is a percentage: a target of 0 or 100 counts as achieved within 1 point. Default false. */
  percentage?: boolean;
  /** Cut-offs; each defaults to the published value. */
  thresholds?: Partial<UnsdThresholds>;
}

/**
 * Result of {@link unsdProgress}.
 *
 * @example
 * ```ts
 * import type { UnsdProgressResult } from 'civic-metrics';
 * const score: UnsdProgressResult['score'] = 2;
 * ```
 */
export interface UnsdProgressResult {
  /** `assessed`, or `not_assessed` (the chart's "—") with a reason. */
  status: 'assessed' | 'not_assessed';
  /** 3 achieved or on track, 2 progress but acceleration needed, 1 stagnation or regression; null when not assessed. */
  score: 1 | 2 | 3 | null;
  /** The label of the score, or `Not assessed`. */
  label: string;
  /** Why it was not assessed; null otherwise. */
  reason: 'no_data' | 'missing_base_year' | 'insufficient_data' | 'non_positive_value' | 'not_finite' | null;
  /** Whether the latest value meets the target; null without a target. */
  targetMet: boolean | null;
  /** Compound annual growth rate from the base to the latest year. */
  cagr: number | null;
  /** Expected value in the target year, `v_t (1 + CAGR)^(T − t)`; null without a target. */
  expected: number | null;
  /** Completion ratio `(expected − v_b) / (target − v_b)`; null without a target or when the target equals the base value. */
  ratio: number | null;
  /** Base year and value used. */
  baseYear: number | null;
  /** Base value used. */
  baseValue: number | null;
  /** Latest year used (at most the target year). */
  latestYear: number | null;
  /** Latest value used. */
  latestValue: number | null;
  /** Inputs (with the years chosen), the growth rate, the projection, the ratio and the band. */
  explanation: Explanation;
}

const LABELS = {
  3: 'Target achieved or on track',
  2: 'Reasonable progress, acceleration needed',
  1: 'Stagnation or regression',
} as const;

/**
 * Scores progress 1–3 by the UN Statistics Division progress-chart method as adapted by Eustat.
 *
 * With a target: `CAGR = (v_t / v_b)^(1/(t − b)) − 1`, `v̂_T = v_t (1 + CAGR)^(T − t)`,
 * `CR = (v̂_T − v_b) / (v_T − v_b)`; score 3 if `CR ≥ 0.95`, 2 if `CR ≥ 0.10`, else 1 (the ratio carries the
 * direction, since `v_T − v_b` does). The target counts as achieved (score 3) whatever the trend when the
 * latest value meets it, or, for a percentage with a target of 0 or 100, lies within 1 point of it.
 * Without a target: for a desired increase 3 if `CAGR ≥ 0.02`, 2 if `CAGR ≥ 0.005`, else 1; mirrored for a
 * desired decrease (3 if `CAGR ≤ −0.02`, 2 if `≤ −0.005`).
 * Base year 2015, else the nearest year before or after that leaves two values; a target year that has
 * passed is assessed up to that year.
 *
 * Missing data and edge cases: null/NaN values are skipped; `not_assessed` with a reason for no data, no
 * usable base year, fewer than two years, or a zero or negative base or latest value (the growth rate is
 * undefined and the publisher gives no rule) unless the target is already met; `not_finite` when the
 * growth rate or projection overflows double precision. A target equal to the base value and not met
 * scores 1 with a null ratio. Binary indicators and growth-rate indicators are judged otherwise by UNSD
 * and are out of scope.
 *
 * @param series - Annual observations `{ year, value }`, one per year.
 * @param options - `{ polarity, target = null, targetYear = 2030, baseYear = 2015, baseYearFallback =
 *   'nearest', percentage = false, thresholds }`.
 * @returns The 1–3 score, its label, and the quantities behind it.
 * @throws {ArgumentError} `invalid_argument` for a malformed series, unknown polarity, non-integer years,
 *   non-finite target or thresholds, unknown threshold names, `progress > onTrack` or
 *   `growthProgress > growthOnTrack`.
 * @throws {PeriodError} `duplicate_observation` when two observations share a year.
 * @see Eustat, Progress Measurement for Sustainable Development Goals; UNSD, Progress Chart Technical Note 2023.
 *
 * @example
 * ```ts
 * import { unsdProgress } from 'civic-metrics';
 * const result = unsdProgress([{ year: 2015, value: 40 }, { year: 2022, value: 44 }], { polarity: 'increase', target: 60 });
 * result.score;
 * // => 2
 * result.ratio;
 * // => 0.453175
 * ```
 */
export function unsdProgress(
  series: readonly AnnualValue[],
  options: UnsdProgressOptions,
): UnsdProgressResult {
  const fn = 'unsdProgress';
  const o = readOptionsObject(fn, options);
  const d = readPolarity(fn, 'options.polarity', o.polarity);
  const target = readNullableFinite(fn, 'options.target', o.target);
  const targetYear = readYearOption(fn, 'options.targetYear', o.targetYear, 2030);
  const { requestedBaseYear, fallback } = readNearestBaseYear(fn, o);
  const percentage = readBoolean(fn, 'options.percentage', o.percentage, false);
  const t = readThresholds(fn, 'options.thresholds', o.thresholds, {
    onTrack: 0.95,
    progress: 0.1,
    growthOnTrack: 0.02,
    growthProgress: 0.005,
  });
  assertOrdered(fn, 'options.thresholds', t, 'progress', 'onTrack');
  assertOrdered(fn, 'options.thresholds', t, 'growthProgress', 'growthOnTrack');
  const all = readAnnualSeries(fn, 'series', series);
  const points = all.filter((p) => p.year <= targetYear);
  const inputs: Record<string, unknown> = {
    polarity: d === 1 ? 'increase' : 'decrease',
    target,
    targetYear,
    baseYear: requestedBaseYear,
    baseYearFallback: fallback,
    percentage,
  };
  const notAssessed = (
    reason: NonNullable<UnsdProgressResult['reason']>,
    description: string,
    used: { base?: AnnualPoint; latest?: AnnualPoint } = {},
  ): UnsdProgressResult => ({
    status: 'not_assessed',
    score: null,
    label: 'Not assessed',
    reason,
    targetMet: null,
    cagr: null,
    expected: null,
    ratio: null,
    baseYear: used.base?.year ?? null,
    baseValue: used.base?.value ?? null,
    latestYear: used.latest?.year ?? null,
    latestValue: used.latest?.value ?? null,
    explanation: reasonExplanation(fn, 'Not assessed', reason, description, inputs, SOURCES.unsd),
  });
  const latest = points.at(-1);
  if (latest === undefined) return notAssessed('no_data', `no value up to ${targetYear}`);
  const base = pickYear(points, requestedBaseYear, fallback, latest.year);
  if (base === null) {
    return points.length < 2
      ? notAssessed('insufficient_data', 'fewer than two years of data', { latest })
      : notAssessed('missing_base_year', `no value in ${requestedBaseYear}`, { latest });
  }
  Object.assign(inputs, { baseYearUsed: base.year, baseYearRule: base.rule, latestYear: latest.year });
  const used = {
    baseYear: base.year,
    baseValue: base.value,
    latestYear: latest.year,
    latestValue: latest.value,
  };

  let targetMet: boolean | null = null;
  let metRule = '';
  if (target !== null) {
    if (d * (latest.value - target) >= 0) {
      targetMet = true;
      metRule = `latest value ${d === 1 ? '>=' : '<='} target ${fmt(target)}`;
    } else if (percentage && (target === 0 || target === 100) && Math.abs(latest.value - target) <= 1) {
      targetMet = true;
      metRule = `percentage within 1 point of the target ${target}`;
    } else {
      targetMet = false;
    }
  }
  const positive = base.value > 0 && latest.value > 0;
  const rawGrowth = positive ? cagr(latest.value, base.value, latest.year, base.year) : null;
  const rawExpected =
    rawGrowth === null || target === null
      ? null
      : latest.value * (1 + rawGrowth) ** (targetYear - latest.year);
  const rawRatio =
    rawExpected === null || target === null || target === base.value
      ? null
      : (rawExpected - base.value) / (target - base.value);
  const overflow = [rawGrowth, rawExpected, rawRatio].some((x) => x !== null && !Number.isFinite(x));
  const growth = overflow ? null : rawGrowth;
  if (growth === null && targetMet !== true) {
    return overflow
      ? notAssessed('not_finite', 'the growth rate or projection overflows double precision', {
          base,
          latest,
        })
      : notAssessed('non_positive_value', 'a zero or negative value leaves the growth rate undefined', {
          base,
          latest,
        });
  }

  if (target !== null) {
    const expected = overflow ? null : rawExpected;
    const ratio = overflow ? null : rawRatio;
    let score: 1 | 2 | 3;
    let ruleId: string;
    let description: string;
    if (targetMet) {
      score = 3;
      ruleId = 'target_achieved';
      description = metRule;
    } else if (ratio === null) {
      score = 1;
      ruleId = 'target_equals_base';
      description = 'target equals the base value and is not met';
    } else if (ratio >= t.onTrack) {
      score = 3;
      ruleId = 'on_track';
      description = `CR >= ${t.onTrack}`;
    } else if (ratio >= t.progress) {
      score = 2;
      ruleId = 'progress';
      description = `${t.progress} <= CR < ${t.onTrack}`;
    } else {
      score = 1;
      ruleId = 'stagnation_or_regression';
      description = `CR < ${t.progress}`;
    }
    const summary = targetMet
      ? `The latest value ${fmt(latest.value)} (${latest.year}) meets the target ${fmt(target)}: ${LABELS[3].toLowerCase()}.`
      : ratio === null
        ? `The target equals the base value and is not met: ${LABELS[1].toLowerCase()}.`
        : `At ${pct(growth as number)}/yr the value would reach ${fmt(expected as number)} in ${targetYear}, ${pct(ratio)} of the way from ${fmt(base.value)} to ${fmt(target)}: ${LABELS[score].toLowerCase()}.`;
    return {
      status: 'assessed',
      score,
      label: LABELS[score],
      reason: null,
      targetMet,
      cagr: growth,
      expected,
      ratio,
      ...used,
      explanation: {
        method: fn,
        summary,
        inputs,
        intermediate: { cagr: growth, expected, ratio, targetMet },
        rule: { id: ruleId, description, thresholds: { onTrack: t.onTrack, progress: t.progress } },
        source: SOURCES.unsd,
      },
    };
  }

  const g = growth as number;
  const directed = d * g;
  const score: 1 | 2 | 3 = directed >= t.growthOnTrack ? 3 : directed >= t.growthProgress ? 2 : 1;
  const sign = d === 1 ? '' : '-';
  const description =
    score === 3
      ? `${sign}CAGR >= ${t.growthOnTrack}`
      : score === 2
        ? `${t.growthProgress} <= ${sign}CAGR < ${t.growthOnTrack}`
        : `${sign}CAGR < ${t.growthProgress}`;
  return {
    status: 'assessed',
    score,
    label: LABELS[score],
    reason: null,
    targetMet: null,
    cagr: g,
    expected: null,
    ratio: null,
    ...used,
    explanation: {
      method: fn,
      summary: `Growth ${pct(g)}/yr from ${base.year} to ${latest.year} (desired: ${d === 1 ? 'increase' : 'decrease'}): ${LABELS[score].toLowerCase()}.`,
      inputs,
      intermediate: { cagr: g, cagrInDesiredDirection: directed },
      rule: {
        id: score === 3 ? 'on_track' : score === 2 ? 'progress' : 'stagnation_or_regression',
        description,
        thresholds: { growthOnTrack: t.growthOnTrack, growthProgress: t.growthProgress },
      },
      source: SOURCES.unsd,
    },
  };
}
