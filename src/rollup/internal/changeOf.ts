import { PeriodError } from '../../errors/PeriodError.js';
import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import { shiftPeriod } from '../../periods/shiftPeriod.js';
import { assessChange } from '../../scoring/internal/changeFigures.js';
import { dec, num } from '../../scoring/internal/decimal.js';
import { samePeriodLastYear } from '../../scoring/internal/samePeriodLastYear.js';
import { commonScale, scaleTo, unscale } from '../../scoring/internal/scaled.js';
import type { ProgressPolarity } from '../../scoring/ProgressPolarity.js';
import type { IndicatorReport } from '../PlanReport.js';
import { ordinalOf, type Point, periodsPerYear } from './series.js';

/** One change of an indicator report. */
export type IndicatorChange = IndicatorReport['change']['previous'];

/** The value a change is computed on: the decimal as given, or the (scaled) ratio as a double. */
function changeValue(point: Point): number | string {
  return point.raw ?? (point.value as number);
}

/**
 * change = current − reference and percent = change / |reference| (`null` for a zero reference), exactly:
 * on scaled integers when both are plain numbers with at most 9 decimals (see `scoring/internal/scaled.ts`),
 * else in decimal.js; the same figures as `changeSince`, which computes them in decimal.js.
 */
function figures(
  current: number | string,
  reference: number | string,
): { absolute: number; percent: number | null; direction: 'up' | 'down' | 'flat' } {
  if (typeof current === 'number' && typeof reference === 'number') {
    const k = commonScale([current, reference]);
    const c = k < 0 ? Number.NaN : scaleTo(current, k);
    const r = k < 0 ? Number.NaN : scaleTo(reference, k);
    if (!Number.isNaN(c) && !Number.isNaN(r)) {
      const d = c - r;
      const percent = r === 0 ? null : d / Math.abs(r);
      return {
        absolute: unscale(d, k),
        percent: percent === 0 ? 0 : percent,
        direction: d === 0 ? 'flat' : d > 0 ? 'up' : 'down',
      };
    }
  }
  const cur = dec(current);
  const ref = dec(reference);
  const change = cur.minus(ref);
  return {
    absolute: num(change),
    percent: ref.isZero() ? null : num(change.div(ref.abs())),
    direction: change.isZero() ? 'flat' : change.gt(0) ? 'up' : 'down',
  };
}

/**
 * The change of the latest reported value since the previous period (`previous`) or the same period one
 * year earlier (`samePeriodLastYear`), on an indicator's points as evaluatePlan has read them: the rules of
 * scoring's `changeSince` (a missing or unreported reference is `no_data`, never skipped), without reading
 * and checking the series again. A reference before the year 0001 is `no_data` with no reference period.
 */
export function changeOf(
  points: readonly Point[],
  latest: Point,
  since: 'previous' | 'samePeriodLastYear',
  polarity: ProgressPolarity | undefined,
  calendar: FiscalCalendar,
): IndicatorChange {
  const at = ordinalOf(latest.period);
  // The reference's position among consecutive periods, where a fixed step back finds it (a month is 12
  // back, a quarter 4, a year 1); days and ISO weeks go by the label of the same date or week number.
  const frequency = latest.period.frequency;
  const step =
    since === 'previous'
      ? 1
      : frequency === 'month'
        ? 12
        : frequency === 'quarter' || frequency === 'fiscal-quarter'
          ? 4
          : frequency === 'year' || frequency === 'fiscal-year'
            ? 1
            : 0;
  let referencePeriod: string | null = null;
  let reference: Point | undefined;
  if (step > 0) {
    for (let i = points.length - 1; i >= 0; i--) {
      const o = ordinalOf((points[i] as Point).period);
      if (o === at - step) reference = points[i] as Point;
      if (o <= at - step) break;
    }
  }
  if (reference !== undefined) referencePeriod = reference.period.label;
  else {
    try {
      referencePeriod =
        since === 'previous'
          ? shiftPeriod(latest.period, -1, calendar).label
          : samePeriodLastYear('evaluatePlan', latest.period, calendar);
    } catch (error) {
      if (!(error instanceof PeriodError)) throw error;
    }
    if (step === 0 && referencePeriod !== null) {
      const earliest = at - periodsPerYear(latest.period);
      for (let i = points.length - 1; i >= 0; i--) {
        const p = points[i] as Point;
        if (p.period.label === referencePeriod) {
          reference = p;
          break;
        }
        if (ordinalOf(p.period) < earliest) break;
      }
    }
  }
  if (referencePeriod === null || reference === undefined || reference.value === null) {
    return { status: 'no_data', reason: 'missing_reference', referencePeriod };
  }
  const { absolute, percent, direction } = figures(changeValue(latest), changeValue(reference));
  return {
    status: 'ok',
    period: latest.period.label,
    referencePeriod,
    absolute,
    percent,
    direction,
    assessment: assessChange(direction, polarity),
  };
}
