import { fail } from '../internal/assert.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import type { Explanation } from './Explanation.js';
import type { Decimal } from './internal/decimal.js';
import { readNumeric } from './internal/numeric.js';
import { readPeriodSeries, type SeriesPoint } from './internal/periodSeries.js';
import { readPolarity } from './internal/polarity.js';
import type { PeriodValue } from './PeriodValue.js';
import type { ProgressPolarity, RangeTarget } from './ProgressPolarity.js';

/**
 * Options of {@link streak}.
 *
 * @example
 * ```ts
 * import type { StreakOptions } from 'civic-metrics/scoring';
 * const onTarget: StreakOptions = { mode: 'on_target', target: 80 };
 * ```
 */
export interface StreakOptions {
  /** `improving` (default): consecutive better-than-before periods; `on_target`: consecutive periods meeting the target. */
  readonly mode?: 'improving' | 'on_target' | undefined;
  /**
   * For `on_target`: one target for every period, a `{ min, max }` band (range polarity), or per-period
   * targets as `{ period, value }[]` (e.g. a {@link targetPath} result's `path`).
   */
  readonly target?: number | string | RangeTarget | readonly PeriodValue[] | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
}

/**
 * The result of {@link streak}.
 *
 * @example
 * ```ts
 * import { streak } from 'civic-metrics/scoring';
 * const r = streak([{ period: '2024', value: 3 }, { period: '2025', value: 2 }], 'decrease');
 * r.status === 'ok' && r.kind;
 * // => 'improving'
 * ```
 */
export type StreakResult =
  | {
      readonly status: 'ok';
      /**
       * The kind of the current run: `improving`/`worsening`/`unchanged` (mode `improving`) or
       * `on_target`/`off_target` (mode `on_target`).
       */
      readonly kind: 'improving' | 'worsening' | 'unchanged' | 'on_target' | 'off_target';
      /** Length of the current run: changes for `improving` mode, periods for `on_target` mode. */
      readonly length: number;
      /** The first period of the run (for `improving` mode, the first improved period). */
      readonly since: string;
      /** The latest period with a value, where the run ends. */
      readonly latest: string;
      /** The run length of the better kind: `length` when improving / on target, else 0. */
      readonly improving: number;
      /** What ended the run: `reversal`, `gap` (a missing or unreported period), `start` of the series, or `no_target`. */
      readonly brokenBy: 'reversal' | 'gap' | 'start' | 'no_target';
      /** Periods, comparisons and what broke the run. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'insufficient_data';
      readonly required: number;
      readonly received: number;
      readonly explanation: Explanation;
    }
  | { readonly status: 'not_comparable'; readonly reason: string; readonly explanation: Explanation }
  | { readonly status: 'no_target'; readonly reason: 'missing_target'; readonly explanation: Explanation };

const FN = 'streak';

/**
 * How long an indicator has been improving (or on target), counted back from its latest reported period:
 * "improved four months running", "on target for six quarters".
 *
 * Mode `improving`: each change between consecutive periods, d·(v_i − v_{i−1}), is improving (> 0),
 * worsening (< 0) or unchanged (= 0), with d = +1 when higher is better and −1 when lower is better; the
 * result is the kind of the latest change and how many consecutive changes of that kind end at the latest
 * value. Mode `on_target`: each period is on target when d·(v − target) ≥ 0 (inside `{ min, max }` for
 * range); the result is the kind of the latest period and how many consecutive periods share it.
 * Comparisons are exact (decimal.js). A run never jumps a missing or unreported period: a gap ends it
 * (`brokenBy: 'gap'`), so missing data is never counted as success. The run ends at the latest period with a
 * value; trailing missing periods are listed in the explanation.
 *
 * @param observations - The series, `{ period, value }[]`; `null` values are missing.
 * @param polarity - `increase` or `decrease` (`range` only with `mode: 'on_target'` and a band target;
 *   `neutral` is `not_comparable`).
 * @param options - See {@link StreakOptions}.
 * @returns A {@link StreakResult}; `insufficient_data` with fewer than two values in `improving` mode or
 *   none in `on_target` mode; `no_target` when the latest period has no target.
 * @throws {PeriodError} for unreadable labels, duplicates or mixed frequencies.
 * @throws {ArgumentError} `invalid_argument` for an unknown polarity or mode, or `on_target` without a target.
 * @see CitiStat/PerformanceStat briefing practice ("consecutive months of improvement"); d3-array-style
 *   explicit missing-data policy.
 *
 * @example
 * ```ts
 * import { streak } from 'civic-metrics/scoring';
 * const days = [160, 150, 155, 140, 120, 95].map((value, i) => ({ period: `${2010 + i}`, value }));
 * const r = streak(days, 'decrease');
 * r.status === 'ok' && [r.kind, r.length, r.since];
 * // => ['improving', 3, '2013']
 * ```
 */
export function streak(
  observations: readonly PeriodValue[],
  polarity: ProgressPolarity,
  options: StreakOptions = {},
): StreakResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const p = readPolarity(FN, 'polarity', polarity);
  const mode = options.mode ?? 'improving';
  if (mode !== 'improving' && mode !== 'on_target')
    fail(FN, 'options.mode', "to be 'improving' or 'on_target'", mode);
  const calendar = options.calendar;
  const series = readPeriodSeries(FN, 'observations', observations, calendar);
  const inputs: Record<string, unknown> = { polarity: p, mode };
  if (p === 'neutral' || (p === 'range' && mode === 'improving')) {
    const reason = p === 'neutral' ? 'neutral_polarity' : 'range_polarity';
    return {
      status: 'not_comparable',
      reason,
      explanation: {
        method: FN,
        summary:
          p === 'neutral'
            ? 'Neutral indicator: there is no better direction to count.'
            : "A range indicator has no single better direction; use mode 'on_target' with a { min, max } target.",
        inputs,
        intermediate: { reason },
      },
    };
  }
  const points = series.points;
  let end = points.length - 1;
  while (end >= 0 && (points[end] as SeriesPoint).value === null) end--;
  const trailingMissing = points
    .slice(end + 1)
    .map((q) => q.period)
    .join(', ');
  const d = p === 'decrease' ? -1 : 1;

  if (mode === 'improving') {
    const valued = points.filter((q) => q.value !== null).length;
    if (valued < 2) {
      return {
        status: 'insufficient_data',
        required: 2,
        received: valued,
        explanation: {
          method: FN,
          summary: `A streak of changes needs two values; ${valued} reported.`,
          inputs,
          intermediate: { required: 2, received: valued },
        },
      };
    }
    const kindOf = (i: number): 'improving' | 'worsening' | 'unchanged' | 'gap' => {
      const a = points[i - 1] as SeriesPoint;
      const b = points[i] as SeriesPoint;
      if (a.value === null || b.value === null || b.index - a.index !== 1) return 'gap';
      const c = b.value.comparedTo(a.value) * d;
      return c > 0 ? 'improving' : c < 0 ? 'worsening' : 'unchanged';
    };
    const latestKind = end >= 1 ? kindOf(end) : 'gap';
    if (latestKind === 'gap') {
      const latest = points[end] as SeriesPoint;
      return {
        status: 'insufficient_data',
        required: 2,
        received: 1,
        explanation: {
          method: FN,
          summary: `The period before the latest value (${latest.period}) was not reported: no change to count.`,
          inputs,
          intermediate: { latest: latest.period, trailingMissing },
        },
      };
    }
    let length = 0;
    let i = end;
    while (i >= 1 && kindOf(i) === latestKind) {
      length++;
      i--;
    }
    const brokenBy = i < 1 ? 'start' : kindOf(i) === 'gap' ? 'gap' : 'reversal';
    const since = (points[end - length + 1] as SeriesPoint).period;
    const latest = (points[end] as SeriesPoint).period;
    return {
      status: 'ok',
      kind: latestKind,
      length,
      since,
      latest,
      improving: latestKind === 'improving' ? length : 0,
      brokenBy,
      explanation: {
        method: FN,
        summary: `${latestKind === 'unchanged' ? 'Unchanged' : latestKind === 'improving' ? 'Improved' : 'Worsened'} ${length} period${length === 1 ? '' : 's'} running, ${since} to ${latest} (${p === 'increase' ? 'higher' : 'lower'} is better).`,
        inputs,
        intermediate: { length, since, latest, brokenBy, trailingMissing: trailingMissing || null },
        rule: {
          id: latestKind,
          description: 'd·(v_i − v_{i−1}) > 0 improving, < 0 worsening, = 0 unchanged; gaps end a run',
        },
      },
    };
  }

  // on_target
  const rawTarget = options.target;
  if (rawTarget === undefined || rawTarget === null)
    fail(FN, 'options.target', "to be given with mode 'on_target'", rawTarget);
  let targetAt: (q: SeriesPoint) => Decimal | { min: Decimal; max: Decimal } | null;
  if (Array.isArray(rawTarget)) {
    const targets = readPeriodSeries(FN, 'options.target', rawTarget, calendar);
    const byPeriod = new Map(targets.points.map((q) => [q.period, q.value] as const));
    targetAt = (q) => byPeriod.get(q.period) ?? null;
  } else if (typeof rawTarget === 'object') {
    if (p !== 'range')
      fail(FN, 'options.target', "to be a point target for polarity 'increase' or 'decrease'", rawTarget);
    const band = rawTarget as RangeTarget;
    const min = readNumeric(FN, 'options.target.min', band.min);
    const max = readNumeric(FN, 'options.target.max', band.max);
    if (min.gt(max))
      fail(FN, 'options.target.min', `to be at most options.target.max (${band.max})`, band.min);
    targetAt = () => ({ min, max });
  } else {
    if (p === 'range')
      fail(FN, 'options.target', "to be a { min, max } band for polarity 'range'", rawTarget);
    const value = readNumeric(FN, 'options.target', rawTarget);
    targetAt = () => value;
  }
  if (end < 0) {
    return {
      status: 'insufficient_data',
      required: 1,
      received: 0,
      explanation: {
        method: FN,
        summary: 'No value reported.',
        inputs,
        intermediate: { required: 1, received: 0 },
      },
    };
  }
  const onTarget = (q: SeriesPoint): boolean | null => {
    const t = targetAt(q);
    if (t === null || q.value === null) return null;
    if ('min' in t) return q.value.gte(t.min) && q.value.lte(t.max);
    return q.value.minus(t).times(d).gte(0);
  };
  const latestPoint = points[end] as SeriesPoint;
  const latestOn = onTarget(latestPoint);
  if (latestOn === null) {
    return {
      status: 'no_target',
      reason: 'missing_target',
      explanation: {
        method: FN,
        summary: `No target for the latest period ${latestPoint.period}.`,
        inputs,
        intermediate: { latest: latestPoint.period },
      },
    };
  }
  let length = 1;
  let i = end;
  let brokenBy: 'reversal' | 'gap' | 'start' | 'no_target' = 'start';
  while (i >= 1) {
    const prev = points[i - 1] as SeriesPoint;
    const cur = points[i] as SeriesPoint;
    if (prev.value === null || cur.index - prev.index !== 1) {
      brokenBy = 'gap';
      break;
    }
    const on = onTarget(prev);
    if (on === null) {
      brokenBy = 'no_target';
      break;
    }
    if (on !== latestOn) {
      brokenBy = 'reversal';
      break;
    }
    length++;
    i--;
  }
  const kind = latestOn ? 'on_target' : 'off_target';
  const since = (points[i] as SeriesPoint).period;
  return {
    status: 'ok',
    kind,
    length,
    since,
    latest: latestPoint.period,
    improving: latestOn ? length : 0,
    brokenBy,
    explanation: {
      method: FN,
      summary: `${latestOn ? 'On' : 'Off'} target ${length} period${length === 1 ? '' : 's'} running, ${since} to ${latestPoint.period}.`,
      inputs,
      intermediate: {
        length,
        since,
        latest: latestPoint.period,
        brokenBy,
        trailingMissing: trailingMissing || null,
      },
      rule: {
        id: kind,
        description:
          p === 'range'
            ? 'on target when min <= v <= max'
            : `on target when v ${d === 1 ? '>=' : '<='} target`,
      },
    },
  };
}
