import { fail } from '../internal/assert.js';
import type { Plan } from '../model/PlanSchema.js';
import { type BandScheme, prepareScheme } from '../scoring/bandStatus.js';
import { defaultRagScheme } from '../scoring/defaultRagScheme.js';
import type { XmrChartOptions } from '../spc/xmrChart.js';
import type { MannKendallOptions } from '../trend/mannKendall.js';
import { evaluateIndicator, type IndicatorContext } from './internal/evaluateIndicator.js';
import { evaluateGoals } from './internal/goals.js';
import { countBy, evaluateOwners } from './internal/owners.js';
import { PeriodCache, splitObservations } from './internal/series.js';
import { readAsOf } from './internal/weights.js';
import type { IndicatorReport, PlanReport } from './PlanReport.js';
import type { RollupWeight } from './RollupNode.js';

/**
 * Options of {@link evaluatePlan}. Only `asOf` is required.
 *
 * @example
 * ```ts
 * import type { EvaluatePlanOptions } from 'civic-metrics/rollup';
 * const options: EvaluatePlanOptions = { asOf: '2014-03-31', trend: { alpha: 0.1 }, spc: { ruleset: 'nhs' } };
 * ```
 */
export interface EvaluatePlanOptions {
  /**
   * The day the report is as of: `YYYY-MM-DD`, a `Date` (its local calendar date) or a period label (its
   * last day). Only periods that have ended by then are used; freshness is judged on it.
   */
  readonly asOf: string | Date;
  /** Band scheme for statuses (indicators, groups and goals); default `defaultRagScheme`. */
  readonly scheme?: BandScheme<string> | undefined;
  /** Mann-Kendall options for every indicator's trend (default `{}`: original test, alpha 0.05); `false` skips trends. */
  readonly trend?: Omit<MannKendallOptions, 'times' | 'timeUnit'> | false | undefined;
  /** XmR chart options for every indicator (default `{}`: NHS rules); `false` skips SPC. */
  readonly spc?: Omit<XmrChartOptions, 'improvement' | 'target'> | false | undefined;
  /** Clamp indicator scores into `[min, max]` before they roll up into goals; default `{ min: 0, max: 1 }`. */
  readonly bounds?:
    | { readonly min?: number | null | undefined; readonly max?: number | null | undefined }
    | undefined;
  /**
   * Weights overriding the plan's, by goal id then child id (a goal or indicator id): numbers or
   * effective-dated schedules, resolved at `asOf`.
   */
  readonly weights?: Readonly<Record<string, Readonly<Record<string, RollupWeight>>>> | undefined;
  /** Statuses that count as on track (owners' shares, `share_on_track` goals); default `['on_track', 'achieved']`. */
  readonly onTrack?: readonly string[] | undefined;
  /** Parity threshold of the equity gaps, in (0, 1]; default 0.8 (the four-fifths rule). */
  readonly equityThreshold?: number | undefined;
}

const FN = 'evaluatePlan';

function readBound(path: string, value: unknown, fallback: number | null): number | null {
  if (value === undefined) return fallback;
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(FN, path, 'to be a finite number or null', value);
  return value;
}

/**
 * Evaluates a whole plan as of a date: every indicator scored, trended and charted, every goal rolled up
 * with its drivers, every owner's results and late data up the owner tree. The accountability picture a
 * Stat meeting runs on, as one deterministic, serialisable {@link PlanReport}.
 *
 * Per indicator (see docs/accountability.md for every rule):
 * - **series**: the totals (observations without dimensions) of periods that ended by `asOf`; a period
 *   without a total is derived from a complete breakdown by one dimension (`sum`, `ratio` from summed
 *   numerators and denominators, `mean`, `min`, `max`); ratio values are numerator/denominator × scale
 *   (100 for percent, `per` for rates);
 * - **latest** value and period; the **target in force**: the one whose period holds the latest period,
 *   else the most recent earlier one, else the next one;
 * - **comparison**: the latest value when the target is for a period of the indicator's frequency, else the
 *   period-to-date aggregate of the target's period (months of a fiscal year to date, weeks by their
 *   Thursday), where a `sum` is compared with the target pro-rated by the share of sub-periods reported;
 * - **progress** ({@link scoreProgress}: percent of target, gap closed, tolerance) and **status**
 *   ({@link bandStatus} under `scheme`; `not_due` when no figure is due yet); the **score** that rolls up
 *   is the percent of target (a met target without one scores 1);
 * - **change** since the previous period and the same period last year ({@link changeSince});
 * - **trend**: {@link mannKendall} with Sen's slope over the whole history (gaps kept as missing), read
 *   against the polarity as `improving`, `worsening` or `no_significant_change`;
 * - **SPC**: {@link xmrChart} of the history with the variation and assurance icons (against the target per
 *   period: a `sum` target is split evenly over its sub-periods);
 * - **freshness**: `on_time` when the latest period due (its end plus the reporting lag before `asOf`) or a
 *   later one is reported; `late` when earlier data exists (with the periods overdue); `missing` when nothing
 *   was ever reported though something is due; `not_due` when no period is due yet;
 * - **disaggregation**: each group of each dimension scored like the total, and the {@link equityGap}
 *   between groups at the latest period any group reported.
 *
 * Goals roll up with {@link rollup}, each by its own method and missing policy (plan weights, or
 * `options.weights`), indicator scores clamped to `bounds`; neutral indicators are shown, never counted.
 * Owners count their subtree's indicators by status and freshness, and list who is behind (scored, not on
 * track, worst score first) and which data is late (most overdue first).
 *
 * The plan must come from {@link parsePlan} (it is trusted, not validated again). Neither input is
 * mutated. Deterministic: arrays follow the plan's order; nothing depends on the clock or time zone.
 *
 * @param plan - A validated {@link Plan}.
 * @param options - See {@link EvaluatePlanOptions}.
 * @returns The {@link PlanReport}.
 * @throws {ArgumentError} `invalid_argument` for a missing or unreadable `asOf`, a bad scheme, bounds,
 *   trend or SPC options, weights or threshold.
 * @see docs/accountability.md; NYC Mayor's Management Report; NHS England, *Making Data Count* (2019).
 *
 * @example
 * ```ts
 * import { evaluatePlan, parsePlan } from 'civic-metrics';
 * const plan = parsePlan({
 *   id: 'p', name: 'Plan',
 *   indicators: [{
 *     id: 'days', name: 'Days to inspection', polarity: 'decrease', frequency: 'month', aggregation: 'mean',
 *     unit: { type: 'duration', timeUnit: 'days' }, targets: [{ period: '2024', value: 80 }],
 *   }],
 *   goals: [{ id: 'g', name: 'Fast inspections', children: [{ indicatorId: 'days' }] }],
 *   observations: [
 *     { indicatorId: 'days', period: '2024-01', value: 100 },
 *     { indicatorId: 'days', period: '2024-02', value: 90 },
 *   ],
 * });
 * const report = evaluatePlan(plan, { asOf: '2024-03-10' });
 * report.indicators[0]?.comparison?.value;
 * // => 95
 * report.indicators[0]?.status;
 * // => 'off_track'
 * report.goals[0]?.score;
 * // => 0.8421
 * ```
 */
export function evaluatePlan(plan: Plan, options: EvaluatePlanOptions): PlanReport {
  if (typeof plan !== 'object' || plan === null)
    fail(FN, 'plan', 'to be a plan (the result of parsePlan)', plan);
  for (const key of ['owners', 'goals', 'indicators', 'observations'] as const) {
    if (!Array.isArray(plan[key]))
      fail(FN, `plan.${key}`, 'to be an array (pass the result of parsePlan)', plan[key]);
  }
  if (typeof options !== 'object' || options === null)
    fail(FN, 'options', 'to be an object with asOf', options);
  if (options.asOf === undefined) fail(FN, 'options.asOf', 'to be given', undefined);
  const calendar = plan.calendar;
  const asOfDay = readAsOf(FN, 'options.asOf', options.asOf, calendar);
  const scheme = options.scheme ?? (defaultRagScheme as BandScheme<string>);
  const prepared = prepareScheme(scheme);
  const trend = options.trend ?? {};
  if (trend !== false && (typeof trend !== 'object' || trend === null))
    fail(FN, 'options.trend', 'to be an object or false', trend);
  const spc = options.spc ?? {};
  if (spc !== false && (typeof spc !== 'object' || spc === null))
    fail(FN, 'options.spc', 'to be an object or false', spc);
  if (options.bounds !== undefined && (typeof options.bounds !== 'object' || options.bounds === null)) {
    fail(FN, 'options.bounds', 'to be { min, max }', options.bounds);
  }
  const bounds = {
    min: readBound('options.bounds.min', options.bounds?.min, 0),
    max: readBound('options.bounds.max', options.bounds?.max, 1),
  };
  const onTrack = options.onTrack ?? ['on_track', 'achieved'];
  if (!Array.isArray(onTrack) || onTrack.some((s) => typeof s !== 'string')) {
    fail(FN, 'options.onTrack', 'to be an array of statuses', onTrack);
  }
  const equityThreshold = options.equityThreshold ?? 0.8;
  if (typeof equityThreshold !== 'number' || !(equityThreshold > 0 && equityThreshold <= 1)) {
    fail(FN, 'options.equityThreshold', 'to be a number in (0, 1]', equityThreshold);
  }
  const weights = options.weights;
  if (weights !== undefined) {
    if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
      fail(FN, 'options.weights', 'to be an object of weights by goal id, then child id', weights);
    }
    for (const [goalId, byChild] of Object.entries(weights)) {
      if (typeof byChild !== 'object' || byChild === null || Array.isArray(byChild)) {
        fail(FN, `options.weights.${goalId}`, 'to be an object of weights by child id', byChild);
      }
    }
  }

  const ctx: IndicatorContext = {
    periods: new PeriodCache(calendar),
    asOfDay,
    scheme,
    prepared,
    trend,
    spc,
    equityThreshold,
    targetScore: 1,
    expected: new Map(),
  };
  const goalsOf = new Map<string, string[]>();
  for (const goal of plan.goals) {
    for (const child of goal.children) {
      if (child.indicatorId === undefined) continue;
      const list = goalsOf.get(child.indicatorId) ?? [];
      if (list[list.length - 1] !== goal.id) list.push(goal.id);
      goalsOf.set(child.indicatorId, list);
    }
  }
  const split = splitObservations(plan.observations);
  const indicators: IndicatorReport[] = plan.indicators.map((indicator) =>
    evaluateIndicator(indicator, ctx, split.get(indicator.id), goalsOf.get(indicator.id) ?? []),
  );
  const byId = new Map(indicators.map((r) => [r.id, r]));
  const goals = evaluateGoals(plan, byId, {
    asOfDay,
    calendar,
    scheme,
    bounds,
    onTrack,
    targetScore: 1,
    weights,
  });
  const owners = evaluateOwners(plan, indicators, goals, new Set(onTrack));
  return {
    format: 'civic-metrics/plan-report@1',
    planId: plan.id,
    planName: plan.name,
    asOf: asOfDay,
    scheme: scheme.id,
    summary: {
      indicators: indicators.length,
      goals: goals.length,
      owners: owners.length,
      indicatorsByStatus: countBy(indicators, (r) => r.status),
      indicatorsByFreshness: countBy(indicators, (r) => r.freshness.status),
      goalsByStatus: countBy(goals, (g) => g.status),
    },
    indicators,
    goals,
    owners,
    unassigned: {
      indicatorIds: indicators.filter((r) => r.ownerId === null).map((r) => r.id),
      goalIds: goals.filter((g) => g.ownerId === null).map((g) => g.id),
    },
  };
}
