import { PeriodError } from '../../errors/PeriodError.js';
import type { Indicator } from '../../model/IndicatorSchema.js';
import type { Target } from '../../model/TargetSchema.js';
import { coarsenPeriod } from '../../periods/coarsenPeriod.js';
import { dueDate } from '../../periods/dueDate.js';
import type { Period } from '../../periods/Period.js';
import { periodOf } from '../../periods/periodOf.js';
import { shiftPeriod } from '../../periods/shiftPeriod.js';
import { type BandScheme, bandStatusPrepared, type PreparedScheme } from '../../scoring/bandStatus.js';
import type { Explanation } from '../../scoring/Explanation.js';
import { type ScoreProgressResult, scoreProgress } from '../../scoring/scoreProgress.js';
import { type XmrChartOptions, xmrSummary } from '../../spc/xmrChart.js';
import { type MannKendallOptions, mannKendall } from '../../trend/mannKendall.js';
import { equityGap } from '../equityGap.js';
import type { IndicatorReport } from '../PlanReport.js';
import { changeOf } from './changeOf.js';
import { type Decimal, dec, num } from './decimal.js';
import { type Exact, exactDecimal, exactInput, scoringInput, toDecimal } from './exact.js';
import {
  aggregatePoints,
  dayNumber,
  deriveTotals,
  exactOf,
  ordinalOf,
  type PeriodCache,
  type Point,
  pointsOf,
  type SplitObservations,
  scaleOf,
  thursdayOf,
} from './series.js';

/** What every indicator evaluation shares. */
export interface IndicatorContext {
  readonly periods: PeriodCache;
  readonly asOfDay: string;
  readonly scheme: BandScheme<string>;
  /** The scheme, checked once. */
  readonly prepared: PreparedScheme<string>;
  readonly trend: MannKendallOptions | false;
  readonly spc: Omit<XmrChartOptions, 'improvement' | 'target'> | false;
  readonly equityThreshold: number;
  readonly targetScore: number;
  /** The expected period by frequency and reporting lag (the same for most indicators of a plan). */
  readonly expected: Map<string, { period: Period; due: string } | null>;
}

type TargetBasis = 'current' | 'most_recent' | 'upcoming';

interface TargetInForce {
  target: Target;
  period: Period;
  basis: TargetBasis;
}

/** The day a period is placed on the calendar by: the Thursday of an ISO week, else its last day. */
function anchorOf(period: Period): string {
  return period.frequency === 'week' ? thursdayOf(period) : period.end;
}

/**
 * The target in force for a reference period (the latest reported one, or the period holding asOf when
 * nothing is reported): the target whose period holds it (`current`; the soonest-ending when several do),
 * else the most recent earlier target (`most_recent`: it stays in force), else the next one (`upcoming`).
 */
function targetInForce(
  indicator: Indicator,
  periods: PeriodCache,
  ref: Period | null,
  asOfDay: string,
): TargetInForce | null {
  if (indicator.targets.length === 0) return null;
  const start = ref === null ? asOfDay : ref.start;
  const end = ref === null ? asOfDay : ref.end;
  const anchor = ref === null ? asOfDay : anchorOf(ref);
  let current: TargetInForce | null = null;
  let past: TargetInForce | null = null;
  let upcoming: TargetInForce | null = null;
  for (const target of indicator.targets) {
    const period = periods.get(target.period);
    const holds =
      ref !== null && ref.frequency === 'week' && period.frequency !== 'week'
        ? period.start <= anchor && anchor <= period.end
        : period.start <= end && start <= period.end;
    if (holds) {
      if (current === null || period.end < current.period.end) current = { target, period, basis: 'current' };
    } else if (period.end < start) {
      if (past === null || period.end > past.period.end) past = { target, period, basis: 'most_recent' };
    } else if (upcoming === null || period.start < upcoming.period.start) {
      upcoming = { target, period, basis: 'upcoming' };
    }
  }
  return current ?? past ?? upcoming;
}

interface Comparison {
  period: Period;
  basis: 'latest' | 'period_to_date';
  value: Exact | null;
  coverage: { expected: number; present: number; ratio: number } | null;
  /** present / expected for sums compared with a coarser target; null otherwise. */
  proRate: Decimal | null;
}

/** The number of ISO weeks whose Thursday lies in a period. */
function weeksIn(period: Period): number {
  const start = dayNumber(period.start);
  const end = dayNumber(period.end);
  // 1970-01-01 was a Thursday: day numbers ≡ 0 (mod 7) are Thursdays.
  const first = start + ((7 - (((start % 7) + 7) % 7)) % 7);
  return first > end ? 0 : Math.floor((end - first) / 7) + 1;
}

/**
 * What the target is compared with: the latest value when the target is for a period of the indicator's
 * frequency (or one it does not nest in), else the period-to-date aggregate of the target-frequency period
 * holding the latest period (as the indicator aggregates), with its coverage.
 */
function compare(
  indicator: Indicator,
  ctx: IndicatorContext,
  points: readonly Point[],
  latest: Point,
  targetPeriod: Period | null,
): Comparison {
  const scale = scaleOf(indicator);
  const latestOnly = (): Comparison => ({
    period: latest.period,
    basis: 'latest',
    value: exactOf(latest, scale),
    coverage: null,
    proRate: null,
  });
  if (targetPeriod === null || targetPeriod.frequency === latest.period.frequency) return latestOnly();
  const calendar = ctx.periods.calendar;
  let window: Period;
  const weekly = latest.period.frequency === 'week';
  try {
    window = weekly
      ? periodOf(thursdayOf(latest.period), targetPeriod.frequency, calendar)
      : coarsenPeriod(latest.period, targetPeriod.frequency, calendar);
  } catch (error) {
    if (error instanceof PeriodError) return latestOnly();
    throw error;
  }
  if (window.frequency === 'day' || (weekly && targetPeriod.frequency === 'week')) return latestOnly();
  // The points in the window: the latest and those just before it (points are in period order).
  const members: Point[] = [];
  for (let i = points.length - 1; i >= 0; i--) {
    const p = points[i] as Point;
    const day = weekly ? thursdayOf(p.period) : p.period.start;
    if (day < window.start) break;
    if (weekly ? day <= window.end : p.period.end <= window.end) members.push(p);
  }
  members.reverse();
  const ratio = indicator.aggregation === 'ratio';
  // The periods of the indicator's frequency in the window (resample's expected coverage).
  const frequency = latest.period.frequency;
  const expected = weekly
    ? weeksIn(window)
    : ordinalOf(periodOf(window.end, frequency, calendar)) -
      ordinalOf(periodOf(window.start, frequency, calendar)) +
      1;
  const present = members.filter((p) => p.value !== null).length;
  const exact = aggregatePoints(members, indicator.aggregation);
  const value =
    exact === null
      ? null
      : exactDecimal(ratio ? dec(exact).times(scale).toSignificantDigits(34) : dec(exact));
  return {
    period: window,
    basis: 'period_to_date',
    value,
    coverage: { expected, present, ratio: present / expected },
    proRate: indicator.aggregation === 'sum' ? dec(present).div(expected) : null,
  };
}

function targetNumber(value: Target['value']): Exact | null {
  return typeof value === 'object' ? null : exactInput(value);
}

function readingOf(
  indicator: Indicator,
  direction: 'increasing' | 'decreasing' | 'no trend',
  latest: number | null,
  range: { min: number; max: number } | null,
): 'improving' | 'worsening' | 'no_significant_change' | 'not_applicable' {
  if (direction === 'no trend') return 'no_significant_change';
  let better: 'increasing' | 'decreasing' | null = null;
  if (indicator.polarity === 'increase') better = 'increasing';
  else if (indicator.polarity === 'decrease') better = 'decreasing';
  else if (indicator.polarity === 'range' && range !== null && latest !== null) {
    if (latest < range.min) better = 'increasing';
    else if (latest > range.max) better = 'decreasing';
  }
  if (better === null) return 'not_applicable';
  return direction === better ? 'improving' : 'worsening';
}

/** The latest period whose figure is due by asOf (asOf after its due date), walking back from asOf. */
function expectedPeriod(indicator: Indicator, ctx: IndicatorContext): { period: Period; due: string } | null {
  const key = `${indicator.frequency} ${indicator.reportingLagDays}`;
  let expected = ctx.expected.get(key);
  if (expected === undefined) {
    expected = findExpectedPeriod(indicator, ctx);
    ctx.expected.set(key, expected);
  }
  return expected;
}

function findExpectedPeriod(
  indicator: Indicator,
  ctx: IndicatorContext,
): { period: Period; due: string } | null {
  const calendar = ctx.periods.calendar;
  let period = periodOf(ctx.asOfDay, indicator.frequency, calendar);
  for (let guard = 0; guard < 100_000; guard++) {
    const due = dueDate(period, indicator.reportingLagDays, calendar);
    if (due < ctx.asOfDay) return { period, due };
    try {
      period = shiftPeriod(period, -1, calendar);
    } catch (error) {
      if (error instanceof PeriodError) return null;
      throw error;
    }
  }
  return null;
}

function freshnessOf(
  indicator: Indicator,
  ctx: IndicatorContext,
  latest: Point | null,
): IndicatorReport['freshness'] {
  const expected = expectedPeriod(indicator, ctx);
  const latestPeriod = latest?.period.label ?? null;
  const expectedPeriodLabel = expected?.period.label ?? null;
  const dueDate = expected?.due ?? null;
  // One literal per result (a spread followed by more fields is slow in V8).
  const result = (
    status: IndicatorReport['freshness']['status'],
    periodsOverdue: number | null,
  ): IndicatorReport['freshness'] => ({
    status,
    expectedPeriod: expectedPeriodLabel,
    dueDate,
    latestPeriod,
    periodsOverdue,
  });
  if (latest !== null && (expected === null || latest.period.start >= expected.period.start)) {
    return result('on_time', 0);
  }
  if (expected === null) return result('not_due', null);
  if (latest !== null) {
    return result('late', ordinalOf(expected.period) - ordinalOf(latest.period));
  }
  // Nothing reported: reporting starts at the baseline or the first target, when either is known.
  const starts = [
    ...(indicator.baseline ? [ctx.periods.get(indicator.baseline.period).start] : []),
    ...indicator.targets.map((t) => ctx.periods.get(t.period).start),
  ].sort();
  const start = starts[0];
  if (start === undefined) return result('missing', null);
  const first = periodOf(start, indicator.frequency, ctx.periods.calendar);
  if (first.start > expected.period.start) return result('not_due', null);
  return result('missing', ordinalOf(expected.period) - ordinalOf(first) + 1);
}

/** One series (the total, or a group) scored against the target in force. */
interface Scored {
  latest: Point | null;
  inForce: TargetInForce | null;
  comparison: Comparison | null;
  comparableTarget: Exact | null;
  range: { min: number; max: number } | null;
  progress: ScoreProgressResult;
  score: number | null;
  status: string;
  statusExplanation: Explanation;
}

function scoreSeries(
  indicator: Indicator,
  ctx: IndicatorContext,
  points: readonly Point[],
  notDue: boolean,
  group: boolean,
): Scored {
  let latest: Point | null = null;
  for (let i = points.length - 1; i >= 0; i--) {
    if ((points[i] as Point).value !== null) {
      latest = points[i] as Point;
      break;
    }
  }
  const inForce = targetInForce(indicator, ctx.periods, latest?.period ?? null, ctx.asOfDay);
  const comparison =
    latest === null ? null : compare(indicator, ctx, points, latest, inForce?.period ?? null);
  const proRate = comparison?.proRate ?? null;
  // Pro-rating by a whole period (every sub-period reported) multiplies by 1: skip the decimal arithmetic.
  const whole = comparison?.coverage != null && comparison.coverage.present === comparison.coverage.expected;
  const scaled = (x: number) => (proRate === null || whole ? x : num(dec(x).times(proRate)));
  // A group of an additive indicator holds only part of the total: the total's target does not apply to it.
  const rawTarget = group && indicator.aggregation === 'sum' ? undefined : inForce?.target.value;
  const range = rawTarget !== undefined && typeof rawTarget === 'object' ? rawTarget : null;
  const point = rawTarget === undefined ? null : targetNumber(rawTarget);
  const comparableTarget = point === null || proRate === null ? point : proRated(point, proRate, whole);
  const tolerance = inForce?.target.tolerance;
  const baseline = indicator.baseline;
  const baselinePeriod = baseline ? ctx.periods.get(baseline.period) : null;
  // A pro-rated (sum) comparison pro-rates the baseline too when it is a total of a period like the target's.
  const baselineValue =
    baseline === undefined
      ? null
      : proRate === null
        ? baseline.value
        : baselinePeriod?.frequency === inForce?.period.frequency
          ? scoringInput(proRated(exactInput(baseline.value), proRate, whole))
          : null;
  const progress = scoreProgress({
    current: comparison?.value == null ? null : scoringInput(comparison.value),
    target:
      range !== null
        ? proRate === null
          ? range
          : { min: scaled(range.min), max: scaled(range.max) }
        : comparableTarget === null
          ? null
          : scoringInput(comparableTarget),
    baseline: baselineValue,
    polarity: indicator.polarity,
    tolerance: typeof tolerance === 'number' ? scaled(tolerance) : tolerance,
    decimals: indicator.decimals,
  });
  const band =
    notDue && progress.status === 'no_data'
      ? bandStatusPrepared({ status: 'not_due', reason: 'no figure is due yet' }, ctx.prepared)
      : bandStatusPrepared(progress, ctx.prepared);
  const score =
    progress.status !== 'ok'
      ? null
      : progress.percentOfTarget !== null
        ? progress.percentOfTarget
        : progress.achieved
          ? ctx.targetScore
          : null;
  return {
    latest,
    inForce,
    comparison,
    comparableTarget,
    range,
    progress,
    score,
    status: band.status,
    statusExplanation: band.explanation,
  };
}

/** The series by consecutive period, NaN where missing (an unboxed array of doubles for the trend and SPC). */
/**
 * A figure pro-rated to the periods reported, to 34 significant digits; unchanged for a whole period when it
 * has at most 34 significant digits (multiplying by 1 and rounding to 34 digits would give it back).
 */
function proRated(figure: Exact, rate: Decimal, whole: boolean): Exact {
  if (whole && significantDigits(figure.text) <= 34) return figure;
  return exactDecimal(toDecimal(figure).times(rate).toSignificantDigits(34));
}

function values(points: readonly Point[]): number[] {
  if (points.length === 0) return [];
  const first = ordinalOf((points[0] as Point).period);
  const last = ordinalOf((points[points.length - 1] as Point).period);
  const out: number[] = new Array(last - first + 1).fill(Number.NaN);
  for (const p of points) out[ordinalOf(p.period) - first] = p.value ?? Number.NaN;
  return out;
}

/** Evaluates one indicator of a plan. */
export function evaluateIndicator(
  indicator: Indicator,
  ctx: IndicatorContext,
  split: SplitObservations | undefined,
  goalIds: string[],
): IndicatorReport {
  const groupPoints = new Map<string, Map<string, Point[]>>();
  for (const [dimension, byGroup] of split?.groups ?? []) {
    const m = new Map<string, Point[]>();
    for (const [group, list] of byGroup) m.set(group, pointsOf(indicator, list, ctx.periods, ctx.asOfDay));
    groupPoints.set(dimension, m);
  }
  let points = pointsOf(indicator, split?.totals ?? [], ctx.periods, ctx.asOfDay);
  const derived = deriveTotals(indicator, points, groupPoints);
  if (derived.length > 0) {
    points = [...points, ...derived].sort((a, b) =>
      a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0,
    );
  }
  const scale = scaleOf(indicator);
  // Freshness reads the latest period reported for the total or any group.
  let latestAny: Point | null = null;
  for (const list of [points, ...[...groupPoints.values()].flatMap((m) => [...m.values()])]) {
    for (let i = list.length - 1; i >= 0; i--) {
      const p = list[i] as Point;
      if (p.value === null) continue;
      if (latestAny === null || p.period.start > latestAny.period.start) latestAny = p;
      break;
    }
  }
  const freshness = freshnessOf(indicator, ctx, latestAny);
  const total = scoreSeries(indicator, ctx, points, freshness.status === 'not_due', false);
  const { latest, inForce, comparison, progress } = total;

  // Changes: only the last year and a period are needed.
  const improvement =
    indicator.polarity === 'increase' || indicator.polarity === 'decrease' ? indicator.polarity : undefined;
  let change: IndicatorReport['change'];
  if (latest === null) {
    const none = { status: 'no_data', reason: 'no_observations', referencePeriod: null } as const;
    change = { previous: none, samePeriodLastYear: none };
  } else {
    const calendar = ctx.periods.calendar;
    change = {
      previous: changeOf(points, latest, 'previous', improvement, calendar),
      samePeriodLastYear: changeOf(points, latest, 'samePeriodLastYear', improvement, calendar),
    };
  }

  const series = values(points);
  let trend: IndicatorReport['trend'] = { status: 'off' };
  if (ctx.trend !== false) {
    const mk = mannKendall(series, ctx.trend);
    trend =
      mk.status === 'ok'
        ? {
            status: 'ok',
            direction: mk.trend,
            reading: readingOf(indicator, mk.trend, latest?.value ?? null, total.range),
            p: mk.p,
            tau: mk.tau,
            slope: mk.slope,
            n: mk.n,
            alpha: mk.alpha,
          }
        : { status: 'insufficient_data', required: mk.required, received: mk.received };
  }

  let spc: IndicatorReport['spc'] = { status: 'off' };
  if (ctx.spc !== false) {
    const point = inForce === null ? null : targetNumber(inForce.target.value);
    const perPeriod =
      point === null || improvement === undefined
        ? null
        : comparison?.basis === 'period_to_date' && indicator.aggregation === 'sum' && comparison.coverage
          ? num(toDecimal(point).div(comparison.coverage.expected))
          : point.value;
    const chart = xmrSummary(
      series,
      Object.assign({}, ctx.spc, { improvement: improvement ?? ('neutral' as const), target: perPeriod }),
    );
    spc =
      chart.status === 'ok'
        ? {
            status: 'ok',
            variationIcon: chart.variationIcon,
            assuranceIcon: chart.assuranceIcon,
            mean: chart.mean,
            lcl: chart.lcl,
            ucl: chart.ucl,
            n: chart.segments.reduce((n, segment) => n + segment.n, 0),
            target: perPeriod,
          }
        : {
            status: 'insufficient_data',
            reason: chart.reason,
            required: chart.required,
            received: chart.received,
          };
  }

  // Disaggregation: every group scored like the total; equity at the latest period any group reported.
  const disaggregation: IndicatorReport['disaggregation'] = [];
  for (const dimension of indicator.dimensions) {
    const byGroup = groupPoints.get(dimension.id);
    if (byGroup === undefined) continue;
    const names = [...new Set([...(dimension.values ?? []), ...byGroup.keys()])];
    const scored = names.map((group) => ({
      group,
      s: scoreSeries(indicator, ctx, byGroup.get(group) ?? [], false, true),
    }));
    let common: Period | null = null;
    for (const { s } of scored) {
      if (s.latest !== null && (common === null || s.latest.period.start > common.start))
        common = s.latest.period;
    }
    const equity = equityGap(
      scored.map(({ group, s }) => ({
        group,
        value:
          common !== null && s.latest?.period.label === common.label && s.comparison?.value
            ? s.comparison.value.text
            : null,
      })),
      { polarity: indicator.polarity, threshold: ctx.equityThreshold },
    );
    disaggregation.push({
      dimension: dimension.id,
      name: dimension.name ?? null,
      period: common?.label ?? null,
      groups: scored.map(({ group, s }) => ({
        group,
        latest: s.latest === null ? null : { period: s.latest.period.label, value: s.latest.value as number },
        comparisonValue: s.comparison?.value ? s.comparison.value.value : null,
        score: s.score,
        status: s.status,
      })),
      equity: {
        status: equity.status,
        reason: equity.reason,
        groups: equity.groups,
        missing: [...equity.missing],
        best: equity.best,
        worst: equity.worst,
        difference: equity.difference,
        differenceExact: equity.differenceExact,
        ratio: equity.ratio,
        parity: equity.parity,
        threshold: equity.threshold,
      },
    });
  }

  const targetFigure = inForce === null || total.range ? null : targetNumber(inForce.target.value);
  const target: IndicatorReport['target'] =
    inForce === null
      ? null
      : {
          period: inForce.period.label,
          value: targetFigure?.value ?? null,
          exact: targetFigure?.text ?? null,
          range: total.range,
          tolerance:
            inForce.target.tolerance === undefined
              ? null
              : typeof inForce.target.tolerance === 'number'
                ? inForce.target.tolerance
                : { ...inForce.target.tolerance },
          basis: inForce.basis,
        };
  const scoredProgress = progress.status === 'ok' ? progress : null;
  const report: IndicatorReport = {
    id: indicator.id,
    name: indicator.name,
    ownerId: indicator.ownerId ?? null,
    goalIds,
    unit: { ...indicator.unit },
    polarity: indicator.polarity,
    frequency: indicator.frequency,
    aggregation: indicator.aggregation,
    decimals: indicator.decimals ?? null,
    latest:
      latest === null
        ? null
        : {
            period: latest.period.label,
            value: latest.value as number,
            exact: (comparison?.basis === 'latest' && comparison.value !== null
              ? comparison.value
              : (exactOf(latest, scale) as Exact)
            ).text,
            observationStatus: latest.status,
            derived: latest.derived,
          },
    target,
    comparison:
      comparison === null
        ? null
        : {
            period: comparison.period.label,
            basis: comparison.basis,
            value: comparison.value?.value ?? null,
            exact: comparison.value?.text ?? null,
            target: total.comparableTarget?.value ?? null,
            targetExact: total.comparableTarget?.text ?? null,
            proRated: comparison.proRate === null ? null : num(comparison.proRate),
            coverage: comparison.coverage,
          },
    progress: {
      status: progress.status,
      reason: progress.status === 'ok' ? null : progress.reason,
      achieved: scoredProgress?.achieved ?? null,
      withinTolerance: scoredProgress?.withinTolerance ?? null,
      percentOfTarget: scoredProgress?.percentOfTarget ?? null,
      gapClosed: scoredProgress?.gapClosed ?? null,
      remaining: scoredProgress?.remaining ?? null,
      difference: scoredProgress?.difference ?? null,
      display: scoredProgress ? { ...scoredProgress.display } : null,
    },
    score: total.score,
    status: total.status,
    change,
    trend,
    spc,
    freshness,
    disaggregation,
    explanation: explain(indicator, ctx, total, trend, spc, freshness),
  };
  return report;
}

/**
 * A figure for the explanation's sentence: rounded half away from zero to the indicator's decimals, or
 * to 6 significant digits without trailing zeros when it declares none. The exact values stay in the report.
 */
function shownValue(figure: Exact | Decimal, decimals: number | undefined): string {
  if (decimals === undefined && 'text' in figure && significantDigits(figure.text) <= 6) return figure.text;
  const value = 'text' in figure ? toDecimal(figure) : figure;
  if (decimals !== undefined) return value.toDecimalPlaces(decimals, 4 /* ROUND_HALF_UP */).toFixed(decimals);
  return value.toSignificantDigits(6, 4).toFixed();
}

/** Significant digits of a plain decimal text, trailing zeros of an integer included (an upper bound). */
function significantDigits(text: string): number {
  let digits = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    if (leading && c === 48) continue;
    leading = false;
    digits++;
  }
  return digits;
}

/**
 * The score as a percentage at one decimal: the percent of target scoreProgress showed (rounded from the
 * exact ratio) when the score is that, else the score rounded half away from zero.
 */
function scoreText(s: Scored): string {
  const p = s.progress;
  if (p.status === 'ok' && s.score === p.percentOfTarget && p.display.percentOfTarget !== null) {
    return p.display.percentOfTarget;
  }
  return `${shownValue(dec(s.score as number).times(100), 1)}%`;
}

function explain(
  indicator: Indicator,
  ctx: IndicatorContext,
  s: Scored,
  trend: IndicatorReport['trend'],
  spc: IndicatorReport['spc'],
  freshness: IndicatorReport['freshness'],
): Explanation {
  const parts: string[] = [];
  if (s.latest === null) parts.push(`${indicator.name}: no figure reported as of ${ctx.asOfDay}`);
  else {
    const c = s.comparison as Comparison;
    const shown = c.value === null ? 'no value' : shownValue(c.value, indicator.decimals);
    const what =
      c.basis === 'latest'
        ? `${shown} in ${c.period.label}`
        : `${shown} for ${c.period.label} to date (${c.coverage?.present} of ${c.coverage?.expected} periods)`;
    const target = s.range
      ? `the band ${s.range.min}–${s.range.max}`
      : s.comparableTarget === null
        ? 'no target'
        : `a target of ${shownValue(s.comparableTarget, indicator.decimals)}${c.proRate !== null ? ' (pro-rated)' : ''}`;
    parts.push(
      `${indicator.name}: ${what} against ${target}${s.inForce ? ` (${s.inForce.period.label}, ${s.inForce.basis.replace('_', ' ')})` : ''}`,
    );
  }
  parts.push(`status ${s.status}${s.score === null ? '' : ` at ${scoreText(s)} of target`}`);
  if (trend.status === 'ok')
    parts.push(
      `trend ${trend.reading.replace(/_/g, ' ')}${trend.p === null ? '' : ` (${trend.p < 0.0001 ? 'p < 0.0001' : `p = ${Number(trend.p.toPrecision(2))}`})`}`,
    );
  if (spc.status === 'ok')
    parts.push(
      `SPC ${spc.variationIcon.replace(/_/g, ' ')}${spc.assuranceIcon ? `, assurance ${spc.assuranceIcon.replace(/_/g, ' ')}` : ''}`,
    );
  parts.push(`data ${freshness.status.replace('_', ' ')}`);
  const explanation: Explanation = {
    method: 'evaluatePlan',
    summary: `${parts.join('; ')}.`,
    inputs: {
      asOf: ctx.asOfDay,
      targetPeriod: s.inForce?.period.label ?? null,
      targetBasis: s.inForce?.basis ?? null,
      comparisonPeriod: s.comparison?.period.label ?? null,
      comparisonBasis: s.comparison?.basis ?? null,
      scheme: ctx.scheme.id,
    },
    intermediate: {
      score: s.score,
      percentOfTarget: s.progress.status === 'ok' ? s.progress.percentOfTarget : null,
      status: s.status,
      progress: s.progress.explanation.summary,
      band: s.statusExplanation.summary,
    },
    source: 'civic-metrics docs/accountability.md (evaluatePlan)',
  };
  if (s.statusExplanation.rule) explanation.rule = s.statusExplanation.rule;
  return explanation;
}
