import { ArgumentError } from '../errors/ArgumentError.js';
import { CivicMetricsError } from '../errors/CivicMetricsError.js';
import { fail } from '../internal/assert.js';
import type { Indicator } from '../model/IndicatorSchema.js';
import type { Plan } from '../model/PlanSchema.js';
import { parsePeriod } from '../periods/parsePeriod.js';
import { periodOf } from '../periods/periodOf.js';
import { periodsBetween } from '../periods/periodsBetween.js';
import type { IndicatorReport, PlanReport } from '../rollup/PlanReport.js';
import { baselineForecast } from '../scoring/baselineForecast.js';
import type { PeriodValue } from '../scoring/PeriodValue.js';
import { projectAttainment } from '../scoring/projectAttainment.js';
import { targetPath } from '../scoring/targetPath.js';
import { PlanSeries } from './internal/planSeries.js';
import type { ProgressChartInput, ProgressTarget } from './ProgressChartInput.js';

/**
 * Options of {@link indicatorProgress}.
 *
 * @example
 * ```ts
 * import type { IndicatorProgressOptions } from 'civic-metrics/charts';
 * const options: IndicatorProgressOptions = { projection: 'sen', forecast: false };
 * ```
 */
export interface IndicatorProgressOptions {
  /** Projection method of {@link projectAttainment}, or `false` for none (default `'linear'`). */
  readonly projection?: 'linear' | 'sen' | 'compound' | false | undefined;
  /**
   * Baseline forecast method of {@link baselineForecast} over the values up to the baseline period, or
   * `false` for none (default `'linear'`; drawn only when 3 or more values precede the baseline).
   */
  readonly forecast?: 'linear' | 'sen' | 'compound' | 'flat' | false | undefined;
}

/** Periods of `frequency` in a target's period (ISO weeks by their Thursday); 1 for the same frequency. */
function subPeriods(indicator: Indicator, label: string, plan: Plan): number {
  const calendar = plan.calendar;
  const p = parsePeriod(label, calendar);
  if (p.frequency === indicator.frequency) return 1;
  const list = periodsBetween(
    periodOf(p.start, indicator.frequency, calendar),
    periodOf(p.end, indicator.frequency, calendar),
    calendar,
  );
  if (indicator.frequency !== 'week') return list.length;
  return list.filter((w) => {
    const thursday = new Date(Date.parse(`${w.start}T00:00:00Z`) + 3 * 86_400_000).toISOString().slice(0, 10);
    return thursday >= p.start && thursday <= p.end;
  }).length;
}

function numberOf(value: number | string): number {
  return typeof value === 'number' ? value : Number(value);
}

function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** The chart input of one indicator (shared by {@link indicatorProgress} and the HTML briefing). */
export function progressOf(
  plan: Plan,
  indicator: Indicator,
  report: IndicatorReport,
  series: PlanSeries,
  options: {
    projection: 'linear' | 'sen' | 'compound' | false;
    forecast: 'linear' | 'sen' | 'compound' | 'flat' | false;
  },
): ProgressChartInput {
  const calendar = plan.calendar;
  const actuals: PeriodValue[] = series
    .of(indicator)
    .map((p) => ({ period: p.period.label, value: p.value }));
  const additive = indicator.aggregation === 'sum';
  const polarity =
    indicator.polarity === 'increase' || indicator.polarity === 'decrease' ? indicator.polarity : 'neutral';

  // Targets, per period of the indicator's frequency (sums of a coarser period split evenly).
  const targets: ProgressTarget[] = [];
  const perPeriod = new Map<string, number>();
  for (const target of indicator.targets) {
    const note = target.note;
    if (typeof target.value === 'object') {
      targets.push({
        period: target.period,
        min: target.value.min,
        max: target.value.max,
        ...(note ? { label: note } : {}),
      });
      continue;
    }
    const total = numberOf(target.value);
    const n = additive ? subPeriods(indicator, target.period, plan) : 1;
    const value = n > 1 ? total / n : total;
    perPeriod.set(target.period, value);
    const split = n > 1 ? `${formatCount(total)} in all, ${formatCount(n)} ${indicator.frequency}s` : '';
    const label = [split, note ?? ''].filter((s) => s !== '').join('; ');
    targets.push({ period: target.period, value, ...(label ? { label } : {}) });
  }

  const inForce = report.target;
  const targetValue = inForce === null ? undefined : perPeriod.get(inForce.period);

  // The target path from the baseline to the target in force.
  let path: ProgressChartInput['path'];
  const baseline = indicator.baseline;
  if (baseline !== undefined && inForce !== null && inForce.value !== null) {
    try {
      // A level's target for a coarser period is the value expected at its last sub-period.
      const baselineFrequency = parsePeriod(baseline.period, calendar).frequency;
      const targetPeriod = parsePeriod(inForce.period, calendar);
      const end =
        targetPeriod.frequency === baselineFrequency || additive
          ? targetPeriod.label
          : periodOf(targetPeriod.end, baselineFrequency, calendar).label;
      const result = targetPath({
        baseline: { period: baseline.period, value: baseline.value },
        target: { period: end, value: inForce.exact ?? inForce.value },
        frequency: indicator.frequency,
        shape: 'linear',
        aggregation: indicator.aggregation,
        calendar,
      });
      path = result.path.map((p) => ({ period: p.period, value: p.value }));
    } catch (error) {
      // A baseline and target the path cannot join (a later baseline, frequencies that do not nest).
      if (!(error instanceof CivicMetricsError)) throw error;
    }
  }

  const reported = actuals.filter((a) => a.value !== null);
  let projection: ProgressChartInput['projection'];
  if (
    options.projection !== false &&
    targetValue !== undefined &&
    polarity !== 'neutral' &&
    reported.length >= 3
  ) {
    projection = projectAttainment(
      actuals,
      { period: inForce!.period, value: targetValue },
      {
        method: options.projection,
        polarity,
        calendar,
      },
    );
  }

  let forecast: ProgressChartInput['forecast'];
  if (options.forecast !== false && baseline !== undefined) {
    const end = parsePeriod(baseline.period, calendar).end;
    const history = actuals.filter((a) => a.value !== null && parsePeriod(a.period, calendar).end <= end);
    const until = inForce?.period ?? actuals[actuals.length - 1]?.period;
    if (history.length >= 3 && until !== undefined)
      forecast = baselineForecast(history, { until, method: options.forecast, calendar });
  }

  return {
    name: indicator.name,
    polarity,
    status: report.status,
    unit: indicator.unit,
    decimals: indicator.decimals ?? null,
    actuals,
    targets,
    ...(path === undefined ? {} : { path }),
    ...(projection === undefined ? {} : { projection }),
    ...(forecast === undefined ? {} : { forecast }),
    calendar,
  };
}

/** Reads the options of {@link indicatorProgress}. */
export function readProgressOptions(fn: string, raw: unknown) {
  if (raw !== undefined && (raw === null || typeof raw !== 'object' || Array.isArray(raw)))
    fail(fn, 'options', 'to be an object', raw);
  const o = (raw ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(o)) {
    if (key !== 'projection' && key !== 'forecast') {
      throw new ArgumentError(
        `${fn}: expected options to have only the keys projection, forecast, received '${key}'`,
        {
          path: `options.${key}`,
          value: o[key],
        },
      );
    }
  }
  const projection = o.projection ?? 'linear';
  if (!['linear', 'sen', 'compound', false].includes(projection as string))
    fail(fn, 'options.projection', "to be 'linear', 'sen', 'compound' or false", projection);
  const forecast = o.forecast ?? 'linear';
  if (!['linear', 'sen', 'compound', 'flat', false].includes(forecast as string))
    fail(fn, 'options.forecast', "to be 'linear', 'sen', 'compound', 'flat' or false", forecast);
  return {
    projection: projection as 'linear' | 'sen' | 'compound' | false,
    forecast: forecast as 'linear' | 'sen' | 'compound' | 'flat' | false,
  };
}

/**
 * The progress chart input of one indicator of a plan, from the plan and its {@link PlanReport}: what
 * {@link progressChartSvg} and {@link toVegaLite} draw.
 *
 * - **actuals**: the indicator's series exactly as {@link evaluatePlan} reads it as of `report.asOf`
 *   (totals of ended periods, a period without a total derived from a complete breakdown, ratios from summed
 *   numerators and denominators, scaled to percent or the rate's base);
 * - **targets**: every target of the indicator; a `sum` indicator's target for a coarser period (a fiscal
 *   year of a monthly count) is split evenly over its sub-periods (ISO weeks by their Thursday), as
 *   `evaluatePlan` does for the assurance icon, so it is drawn on the scale of the actuals;
 * - **path**: with a baseline, the linear {@link targetPath} from the baseline to the target in force
 *   (per sub-period for sums);
 * - **projection**: {@link projectAttainment} of the actuals to the target in force (per period for sums)
 *   with a 95% prediction interval, when the indicator has a direction and 3 or more values;
 * - **forecast**: with a baseline and 3 or more values up to it, the {@link baselineForecast} of those
 *   values to the target period: what the trend before the plan would have given.
 * - the report's **status**, and the unit and decimals for formatting.
 *
 * @param plan - The plan the report was made from ({@link parsePlan}'s result).
 * @param report - Its {@link evaluatePlan} report.
 * @param indicatorId - The indicator.
 * @param options - See {@link IndicatorProgressOptions}.
 * @returns A {@link ProgressChartInput}.
 * @throws ArgumentError `invalid_argument` for an indicator id that is not in both the plan and the report,
 *   or a bad option.
 * @see docs/charts.md; docs/accountability.md.
 *
 * @example
 * ```ts
 * import { evaluatePlan, parsePlan } from 'civic-metrics';
 * import { indicatorProgress } from 'civic-metrics/charts';
 * const plan = parsePlan({
 *   id: 'p', name: 'Plan',
 *   indicators: [{
 *     id: 'days', name: 'Days to inspection', polarity: 'decrease', frequency: 'month', aggregation: 'mean',
 *     unit: { type: 'duration', timeUnit: 'days' }, targets: [{ period: '2024-06', value: 80 }],
 *   }],
 *   observations: [
 *     { indicatorId: 'days', period: '2024-01', value: 100 },
 *     { indicatorId: 'days', period: '2024-02', value: 96 },
 *     { indicatorId: 'days', period: '2024-03', value: 91 },
 *   ],
 * });
 * const input = indicatorProgress(plan, evaluatePlan(plan, { asOf: '2024-04-10' }), 'days');
 * input.actuals.map((a) => a.value);
 * // => [100, 96, 91]
 * input.projection?.status;
 * // => 'ok'
 * ```
 */
export function indicatorProgress(
  plan: Plan,
  report: PlanReport,
  indicatorId: string,
  options?: IndicatorProgressOptions,
): ProgressChartInput {
  const fn = 'indicatorProgress';
  const used = readProgressOptions(fn, options);
  if (plan === null || typeof plan !== 'object' || !Array.isArray(plan.indicators))
    fail(fn, 'plan', 'to be a plan (the result of parsePlan)', plan);
  if (report === null || typeof report !== 'object' || !Array.isArray(report.indicators))
    fail(fn, 'report', 'to be a plan report (the result of evaluatePlan)', report);
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  const result = report.indicators.find((i) => i.id === indicatorId);
  if (indicator === undefined || result === undefined)
    fail(fn, 'indicatorId', 'to be the id of an indicator of both the plan and the report', indicatorId);
  return progressOf(plan, indicator, result, new PlanSeries(plan, report.asOf), used);
}
