import Decimal from 'decimal.js';
import { PeriodError } from '../errors/PeriodError.js';
import { assertOneOf, fail } from '../internal/assert.js';
import { type Aggregation, aggregations } from '../periods/Aggregation.js';
import { coarsenPeriod } from '../periods/coarsenPeriod.js';
import type { FiscalCalendar } from '../periods/FiscalCalendar.js';
import { type Frequency, frequencies } from '../periods/Frequency.js';
import type { Period } from '../periods/Period.js';
import { periodOf } from '../periods/periodOf.js';
import { periodsBetween } from '../periods/periodsBetween.js';
import type { Explanation } from './Explanation.js';
import { dec, fixed, maxPlaces, num, roundDec } from './internal/decimal.js';
import { readDecimals, readNumeric } from './internal/numeric.js';
import { guard, lastPeriodIn, readPeriodLabel } from './internal/periodSeries.js';

/**
 * Options of {@link targetPath}.
 *
 * @example
 * ```ts
 * import type { TargetPathOptions } from 'civic-metrics/scoring';
 * const blighted: TargetPathOptions = {
 *   baseline: { period: '2010', value: 43755 },
 *   target: { period: '2013', value: 33755 },
 *   frequency: 'year',
 *   shape: 'linear',
 * };
 * ```
 */
export interface TargetPathOptions {
  /** The baseline: its period and value (a total over the period for additive indicators). */
  readonly baseline: { readonly period: string; readonly value: number | string };
  /** The target: a later period of the same frequency as the baseline, and its value. */
  readonly target: { readonly period: string; readonly value: number | string };
  /** Frequency of the path: the baseline's, or a finer one that nests in it (months in years). */
  readonly frequency: Frequency;
  /** `linear`, `compound` (constant growth rate), `step` (one step in the target period) or `seasonal`. */
  readonly shape: 'linear' | 'compound' | 'step' | 'seasonal';
  /**
   * The indicator's aggregation: `sum` makes it additive (values are totals; sub-period targets sum exactly
   * to the period's target); anything else is a level (default `last`).
   */
  readonly aggregation?: Aggregation | undefined;
  /**
   * Seasonal weights for `seasonal`: one non-negative weight per sub-period of a baseline-frequency period,
   * in order (12 monthly shares of a fiscal year start with its first month), e.g. last year's monthly
   * counts. Normalised internally.
   */
  readonly profile?: readonly number[] | undefined;
  /** The fiscal calendar, needed for fiscal periods. */
  readonly calendar?: FiscalCalendar | undefined;
  /** Decimals of the path values (0–12, at least those of the baseline and target); default: theirs. */
  readonly decimals?: number | undefined;
}

/**
 * One period of a target path.
 *
 * @example
 * ```ts
 * import type { TargetPathPoint } from 'civic-metrics/scoring';
 * const point: TargetPathPoint = { period: '2011', value: 40422, display: '40422' };
 * ```
 */
export interface TargetPathPoint {
  /** The period label. */
  readonly period: string;
  /** The expected value (rounded half away from zero at the path's decimals). */
  readonly value: number;
  /** The value as shown, fixed-point at the path's decimals. */
  readonly display: string;
}

/**
 * The result of {@link targetPath}.
 *
 * @example
 * ```ts
 * import { targetPath } from 'civic-metrics/scoring';
 * const result = targetPath({
 *   baseline: { period: '2010', value: 43755 },
 *   target: { period: '2013', value: 33755 },
 *   frequency: 'year',
 *   shape: 'linear',
 * });
 * result.path.map((p) => p.value);
 * // => [43755, 40422, 37088, 33755]
 * ```
 */
export interface TargetPathResult {
  readonly status: 'ok';
  /** `level` or `additive`, from the aggregation. */
  readonly kind: 'level' | 'additive';
  /** The expected value of every period from the baseline to the target, inclusive. */
  readonly path: TargetPathPoint[];
  /** For additive indicators, the target total of each baseline-frequency period; `null` for levels. */
  readonly totals: TargetPathPoint[] | null;
  /** Inputs, the formula, the per-period step or growth rate. */
  readonly explanation: Explanation;
}

const FN = 'targetPath';
const SHAPES = ['linear', 'compound', 'step', 'seasonal'] as const;

/**
 * Splits `total` (already at `decimals`) over `weights` so the parts, each at `decimals`, sum to it exactly:
 * largest remainder (Hamilton) method; ties go to the earlier sub-period.
 */
function allocate(total: Decimal, weights: readonly Decimal[], decimals: number): Decimal[] {
  const sum = weights.reduce((a, w) => a.plus(w), dec(0));
  const unit = dec(10).pow(-decimals);
  const shares = weights.map((w) => total.times(w).div(sum));
  const floors = shares.map((s) => s.toDecimalPlaces(decimals, Decimal.ROUND_FLOOR));
  const floorSum = floors.reduce((a, f) => a.plus(f), dec(0));
  const units = total.minus(floorSum).div(unit).round().toNumber();
  const order = shares
    .map((s, i) => ({ i, remainder: s.minus(floors[i] as Decimal) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (let k = 0; k < units; k++) {
    const i = (order[k % order.length] as { i: number }).i;
    floors[i] = (floors[i] as Decimal).plus(unit);
  }
  return floors.map((f) => (f.isZero() ? f.abs() : f));
}

/**
 * The expected value of an indicator for every period from its baseline to its target, inclusive: the path
 * a trajectory status, a monthly scorecard or a chart's target line reads from.
 *
 * Shapes, with b and t the baseline and target values and k = 0…K the periods from baseline to target:
 * - `linear`: b + (t − b)·k/K;
 * - `compound`: b·(t/b)^(k/K), a constant growth rate (t/b)^(1/K) − 1 per period (b and t non-zero, same sign);
 * - `step`: b until the target period, t in it (all of its sub-periods);
 * - `seasonal` (additive only): linear totals per baseline-frequency period, each split by the `profile`.
 *
 * Level indicators (aggregation other than `sum`: rates, times, stocks): the path runs at `frequency` from
 * the last sub-period of the baseline period to the last sub-period of the target period (a level reported
 * for 2010 stands at the end of 2010); its first value is exactly the baseline and its last exactly the target.
 *
 * Additive indicators (`sum`: counts, money): baseline and target are totals of their periods. Each
 * baseline-frequency period from the baseline to the target gets a total by the shape; each total is split
 * over its sub-periods at `frequency` (evenly, or by the profile), and the parts sum exactly to the total
 * (decimal.js, largest-remainder rounding at `decimals`, ties to the earlier sub-period). The target
 * period's parts sum exactly to the target.
 *
 * Intermediate values are rounded half away from zero at `decimals` (default: the decimals of the baseline
 * and target values); linear ones from their exact decimal value, compound ones from a float64 power
 * (relative error about 1e-15).
 *
 * @param options - See {@link TargetPathOptions}.
 * @returns A {@link TargetPathResult}.
 * @throws {PeriodError} `invalid_period`/`missing_calendar` for unreadable labels; `frequency_mismatch` when
 *   baseline and target differ in frequency or `frequency` does not nest in theirs (weeks in years).
 * @throws {ArgumentError} `invalid_argument` for a target period not after the baseline, an unknown shape,
 *   `compound` with a zero or sign-changing pair, `seasonal` for a level indicator or without a valid profile
 *   (one weight ≥ 0 per sub-period, not all zero), a profile with another shape, or decimals below those of
 *   the baseline and target.
 * @see Hamilton's largest-remainder method for exact apportionment; Results-Based Accountability and
 *   Stat-program practice of interim targets on the way to a multi-year goal.
 *
 * @example
 * ```ts
 * import { targetPath } from 'civic-metrics/scoring';
 * const permits = targetPath({
 *   baseline: { period: '2024', value: 1000 },
 *   target: { period: '2025', value: 1300 },
 *   frequency: 'quarter',
 *   shape: 'seasonal',
 *   aggregation: 'sum',
 *   profile: [1, 2, 2, 1],
 * });
 * permits.path.filter((p) => p.period.startsWith('2025')).map((p) => p.value);
 * // => [217, 433, 433, 217]
 * ```
 */
export function targetPath(options: TargetPathOptions): TargetPathResult {
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const calendar = options.calendar;
  for (const key of ['baseline', 'target'] as const) {
    const v = options[key];
    if (typeof v !== 'object' || v === null) fail(FN, `options.${key}`, 'to be { period, value }', v);
  }
  const B = readPeriodLabel(FN, 'options.baseline.period', options.baseline.period, calendar);
  const T = readPeriodLabel(FN, 'options.target.period', options.target.period, calendar);
  const b = readNumeric(FN, 'options.baseline.value', options.baseline.value);
  const t = readNumeric(FN, 'options.target.value', options.target.value);
  assertOneOf(FN, 'options.frequency', options.frequency, frequencies);
  assertOneOf(FN, 'options.shape', options.shape, SHAPES);
  const aggregation = options.aggregation ?? 'last';
  assertOneOf(FN, 'options.aggregation', aggregation, aggregations);
  const F = options.frequency;
  const shape = options.shape;
  const kind = aggregation === 'sum' ? 'additive' : 'level';
  if (B.frequency !== T.frequency) {
    throw new PeriodError(
      'frequency_mismatch',
      `${FN}: expected options.target.period to have the frequency of options.baseline.period (${B.frequency}), received '${T.label}' (${T.frequency})`,
      { path: 'options.target.period', value: T.label },
    );
  }
  if (T.start <= B.start) {
    fail(FN, 'options.target.period', `to be after options.baseline.period '${B.label}'`, T.label);
  }
  const C = B.frequency;
  const cal = calendar ?? B.calendar;
  // F must nest in C (months in years, not weeks in years).
  guard(FN, () => coarsenPeriod(periodOf(B.start, F, cal), C, cal), 'options.frequency');

  const inputPlaces = maxPlaces([b, t]);
  const decimals = readDecimals(FN, 'options.decimals', options.decimals) ?? inputPlaces;
  if (decimals < inputPlaces) {
    fail(
      FN,
      'options.decimals',
      `to be at least the decimals of the baseline and target values (${inputPlaces})`,
      decimals,
    );
  }
  if (shape === 'compound' && (b.isZero() || t.isZero() || b.isNeg() !== t.isNeg())) {
    fail(
      FN,
      'options.shape',
      `'compound' to have a non-zero baseline and target of the same sign (${b}, ${t})`,
      shape,
    );
  }
  if (shape === 'seasonal' && kind === 'level') {
    fail(
      FN,
      'options.shape',
      "'seasonal' only for additive indicators (aggregation 'sum'); levels end exactly at the target",
      shape,
    );
  }
  let profile: Decimal[] | null = null;
  if (shape === 'seasonal') {
    const raw = options.profile;
    if (!Array.isArray(raw) || raw.length === 0)
      fail(FN, 'options.profile', 'to be a non-empty array of weights for seasonal', raw);
    profile = raw.map((w, i) => {
      if (typeof w !== 'number' || !Number.isFinite(w) || w < 0)
        fail(FN, `options.profile[${i}]`, 'to be a finite number >= 0', w);
      return dec(w);
    });
    if (profile.every((w) => w.isZero())) fail(FN, 'options.profile', 'to have a positive weight', raw);
  } else if (options.profile !== undefined) {
    fail(FN, 'options.profile', `to be given only with shape 'seasonal', not '${shape}'`, options.profile);
  }

  const show = (value: Decimal, period: string): TargetPathPoint => ({
    period,
    value: num(value),
    display: fixed(value, decimals),
  });
  // Compound interior values use a float64 power (relative error about 1e-15) before rounding at `decimals`;
  // a decimal power at 40 digits costs milliseconds per value. Anchors stay exact.
  const growth = shape === 'compound' ? t.div(b).toNumber() : null;
  const bNumber = b.toNumber();
  /** Value at fraction k/K of the way, anchors exact, interior rounded. */
  const along = (k: number, K: number): Decimal => {
    if (k === 0) return b;
    if (k === K) return t;
    const exact = growth !== null ? dec(bNumber * growth ** (k / K)) : b.plus(t.minus(b).times(k).div(K));
    return roundDec(exact, decimals);
  };

  const intermediate: Record<string, number | string | boolean | null> = { kind, decimals };
  let path: TargetPathPoint[];
  let totals: TargetPathPoint[] | null = null;
  let formula: string;
  if (kind === 'level') {
    const a = lastPeriodIn(FN, 'options.baseline.period', B, F, cal);
    const z = lastPeriodIn(FN, 'options.target.period', T, F, cal);
    const periods = periodsBetween(a, z, cal);
    const K = periods.length - 1;
    const firstInTarget = guard(FN, () => periodOf(T.start, F, cal));
    const kTarget = periods.findIndex((p) => p.label === firstInTarget.label);
    path = periods.map((p, k) => {
      if (shape === 'step') return show(k < kTarget ? b : t, p.label);
      return show(along(k, K), p.label);
    });
    intermediate.periods = K;
    intermediate.firstPeriod = a.label;
    intermediate.lastPeriod = z.label;
    if (shape === 'linear') intermediate.stepPerPeriod = num(t.minus(b).div(K));
    if (growth !== null) intermediate.growthRatePerPeriod = Math.expm1(Math.log(growth) / K);
    formula =
      shape === 'linear'
        ? 'v_k = b + (t − b)·k/K'
        : shape === 'compound'
          ? 'v_k = b·(t/b)^(k/K)'
          : 'v = b before the target period, t within it';
  } else {
    const coarse = periodsBetween(B, T, cal);
    const J = coarse.length - 1;
    const totalsDec = coarse.map((_p, j) => (shape === 'step' ? (j < J ? b : t) : along(j, J)));
    totals = coarse.map((p, j) => show(totalsDec[j] as Decimal, p.label));
    path = [];
    coarse.forEach((p: Period, j) => {
      const subs = F === C ? [p] : periodsBetween(periodOf(p.start, F, cal), periodOf(p.end, F, cal), cal);
      let weights: Decimal[];
      if (profile) {
        if (profile.length !== subs.length) {
          fail(
            FN,
            'options.profile',
            `to have one weight per ${F} of ${p.label} (${subs.length})`,
            options.profile,
          );
        }
        weights = profile;
      } else weights = subs.map(() => dec(1));
      const parts = allocate(totalsDec[j] as Decimal, weights, decimals);
      subs.forEach((s, i) => {
        path.push(show(parts[i] as Decimal, s.label));
      });
    });
    intermediate.coarsePeriods = J;
    intermediate.subPeriods = path.length;
    if (shape !== 'step' && shape !== 'compound') intermediate.totalStepPerPeriod = num(t.minus(b).div(J));
    if (growth !== null) intermediate.growthRatePerPeriod = Math.expm1(Math.log(growth) / J);
    formula =
      (shape === 'compound'
        ? 'total_j = b·(t/b)^(j/J)'
        : shape === 'step'
          ? 'total = b before the target period, t in it'
          : 'total_j = b + (t − b)·j/J') +
      (shape === 'seasonal' ? '; split by profile shares' : F === C ? '' : '; split evenly') +
      (F === C ? '' : ', largest remainder at the declared decimals');
  }
  const last = path[path.length - 1] as TargetPathPoint;
  return {
    status: 'ok',
    kind,
    path,
    totals,
    explanation: {
      method: FN,
      summary:
        `${shape[0]?.toUpperCase()}${shape.slice(1)} path for a${kind === 'additive' ? 'n additive' : ' level'} indicator ` +
        `from ${fixed(b, decimals)} in ${B.label} to ${fixed(t, decimals)} in ${T.label}: ${path.length} ${F} value${path.length === 1 ? '' : 's'}` +
        `, ending at ${last.display} in ${last.period}.`,
      inputs: {
        baseline: { period: B.label, value: num(b) },
        target: { period: T.label, value: num(t) },
        frequency: F,
        shape,
        aggregation,
        profile: options.profile ?? null,
        decimals,
      },
      intermediate,
      rule: { id: shape, description: formula },
      source: 'linear/compound interpolation; Hamilton largest-remainder apportionment for additive splits',
    },
  };
}
