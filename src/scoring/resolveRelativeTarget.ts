import { ArgumentError } from '../errors/ArgumentError.js';
import { describe } from '../internal/describe.js';
import type { Explanation } from './Explanation.js';
import { type Decimal, fixed, maxPlaces, num, roundDec } from './internal/decimal.js';
import { readDecimals, readNumeric } from './internal/numeric.js';

/**
 * A target stated as a change from the baseline: "reduce by 15%" is `{ reduceBy: { percent: 15 } }`, "reduce
 * by 10,000" is `{ reduceBy: { amount: 10000 } }`, "increase by 20%" is `{ increaseBy: { percent: 20 } }`,
 * "halve" is `{ multiplyBy: 0.5 }`. Figures are finite numbers or decimal strings.
 *
 * @example
 * ```ts
 * import type { RelativeTarget } from 'civic-metrics/scoring';
 * const halveInspectionTime: RelativeTarget = { reduceBy: { percent: 50 } };
 * ```
 */
export type RelativeTarget =
  | { readonly reduceBy: { readonly percent: number | string } | { readonly amount: number | string } }
  | { readonly increaseBy: { readonly percent: number | string } | { readonly amount: number | string } }
  | { readonly multiplyBy: number | string };

/**
 * Options of {@link resolveRelativeTarget}.
 *
 * @example
 * ```ts
 * import type { ResolveRelativeTargetOptions } from 'civic-metrics/scoring';
 * const options: ResolveRelativeTargetOptions = { decimals: 0 };
 * ```
 */
export interface ResolveRelativeTargetOptions {
  /** Round the resolved value to this many decimals (0–12), half away from zero; default: exact. */
  readonly decimals?: number | undefined;
}

/**
 * The result of {@link resolveRelativeTarget}: the target value, or `not_comparable` for a percentage of a
 * zero baseline.
 *
 * @example
 * ```ts
 * import { resolveRelativeTarget } from 'civic-metrics/scoring';
 * const result = resolveRelativeTarget(43755, { reduceBy: { percent: 15 } });
 * result.status === 'ok' && result.exact;
 * // => '37191.75'
 * ```
 */
export type ResolveRelativeTargetResult =
  | {
      readonly status: 'ok';
      /** The target value (rounded when `decimals` was given). */
      readonly value: number;
      /** The exact decimal target before any rounding, as a string (e.g. `'37191.75'`). */
      readonly exact: string;
      /** The target as shown: fixed-point at `decimals`, or the exact decimal. */
      readonly display: string;
      /** The baseline, the change and the formula. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'not_comparable';
      readonly reason: 'zero_baseline';
      readonly explanation: Explanation;
    };

const FN = 'resolveRelativeTarget';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Resolves a target stated as an improvement over the baseline ("reduce by 15%", "cut by 10,000",
 * "halve") to its value, exactly, with decimal.js: 43,755 reduced by 7% is exactly 40,692.15, never
 * 40692.149999999994 (float64).
 *
 * Formulas, with b the baseline:
 * - percent: b − |b|·p/100 (reduce) or b + |b|·p/100 (increase). Percentages are of the baseline's size, so
 *   "reduce by 10%" always lowers the value, also for a negative baseline (−20 → −22).
 * - amount: b − a (reduce) or b + a (increase).
 * - multiplyBy: b·m.
 * With `decimals`, the value is rounded half away from zero; `exact` keeps the unrounded decimal.
 * A percentage of a zero baseline is undefined as an improvement (every percent of 0 is 0) and comes back as
 * `not_comparable` with reason `zero_baseline`; state such a target as an amount.
 *
 * @param baseline - The baseline value (finite number or decimal string).
 * @param change - The stated change, see {@link RelativeTarget}.
 * @param options - See {@link ResolveRelativeTargetOptions}.
 * @returns A {@link ResolveRelativeTargetResult}.
 * @throws {ArgumentError} `invalid_argument` for a non-finite baseline or figure, a negative percent or
 *   amount (use the other direction), or a change that is none of the three forms.
 * @see Results-Based Accountability and Stat-program practice of stating targets as improvements over a
 *   baseline (e.g. Baltimore BlightStat); decimal.js for exact decimal arithmetic.
 *
 * @example
 * ```ts
 * import { resolveRelativeTarget } from 'civic-metrics/scoring';
 * const days = resolveRelativeTarget(160, { reduceBy: { percent: 50 } });
 * days.status === 'ok' && days.value;
 * // => 80
 * const homes = resolveRelativeTarget(43755, { reduceBy: { amount: 10000 } });
 * homes.status === 'ok' && homes.value;
 * // => 33755
 * ```
 */
export function resolveRelativeTarget(
  baseline: number | string,
  change: RelativeTarget,
  options: ResolveRelativeTargetOptions = {},
): ResolveRelativeTargetResult {
  const b = readNumeric(FN, 'baseline', baseline);
  const decimals = readDecimals(FN, 'options.decimals', options.decimals);
  if (!isObject(change)) {
    throw new ArgumentError(
      `${FN}: expected change to be { reduceBy }, { increaseBy } or { multiplyBy }, received ${describe(change)}`,
      {
        path: 'change',
        value: change,
      },
    );
  }
  let direction: 'reduce' | 'increase' | 'multiply';
  let spec: unknown;
  if ('reduceBy' in change) {
    direction = 'reduce';
    spec = change.reduceBy;
  } else if ('increaseBy' in change) {
    direction = 'increase';
    spec = change.increaseBy;
  } else if ('multiplyBy' in change) {
    direction = 'multiply';
    spec = change.multiplyBy;
  } else {
    throw new ArgumentError(
      `${FN}: expected change to have reduceBy, increaseBy or multiplyBy, received an object without them`,
      {
        path: 'change',
        value: change,
      },
    );
  }

  let exact: Decimal;
  let formula: string;
  let changeText: string;
  const inputs: Record<string, unknown> = { baseline: num(b), change, decimals: decimals ?? null };
  if (direction === 'multiply') {
    const m = readNumeric(FN, 'change.multiplyBy', spec);
    exact = b.times(m);
    formula = 'target = baseline × m';
    changeText = `multiplied by ${m.toString()}`;
  } else {
    const path = `change.${direction}By`;
    const sign = direction === 'reduce' ? -1 : 1;
    if (isObject(spec) && 'percent' in spec) {
      const p = readNumeric(FN, `${path}.percent`, spec.percent);
      if (p.isNeg()) {
        throw new ArgumentError(
          `${FN}: expected ${path}.percent to be >= 0 (state the other direction instead), received ${describe(spec.percent)}`,
          {
            path: `${path}.percent`,
            value: spec.percent,
          },
        );
      }
      if (b.isZero()) {
        return {
          status: 'not_comparable',
          reason: 'zero_baseline',
          explanation: {
            method: FN,
            summary: `A percentage change of a zero baseline is no change at all; state the target as an amount.`,
            inputs,
            intermediate: { reason: 'zero_baseline' },
          },
        };
      }
      exact = b.plus(b.abs().times(p).div(100).times(sign));
      formula = `target = baseline ${sign < 0 ? '−' : '+'} |baseline| × p / 100`;
      changeText = `${direction === 'reduce' ? 'reduced' : 'increased'} by ${p.toString()}%`;
    } else if (isObject(spec) && 'amount' in spec) {
      const a = readNumeric(FN, `${path}.amount`, spec.amount);
      if (a.isNeg()) {
        throw new ArgumentError(
          `${FN}: expected ${path}.amount to be >= 0 (state the other direction instead), received ${describe(spec.amount)}`,
          {
            path: `${path}.amount`,
            value: spec.amount,
          },
        );
      }
      exact = b.plus(a.times(sign));
      formula = `target = baseline ${sign < 0 ? '−' : '+'} amount`;
      changeText = `${direction === 'reduce' ? 'reduced' : 'increased'} by ${a.toString()}`;
    } else {
      throw new ArgumentError(
        `${FN}: expected ${path} to be { percent } or { amount }, received ${describe(spec)}`,
        {
          path,
          value: spec,
        },
      );
    }
  }
  const value = decimals === undefined ? exact : roundDec(exact, decimals);
  const display = decimals === undefined ? fixed(exact, maxPlaces([exact], 40)) : fixed(exact, decimals);
  return {
    status: 'ok',
    value: num(value),
    exact: exact.toFixed(),
    display,
    explanation: {
      method: FN,
      summary: `Baseline ${b.toFixed()} ${changeText} is ${exact.toFixed()}${decimals === undefined ? '' : `, shown as ${display}`}.`,
      inputs,
      intermediate: { exact: exact.toFixed(), value: num(value) },
      rule: { id: direction, description: formula },
      source: 'exact decimal arithmetic (decimal.js); rounding half away from zero',
    },
  };
}
