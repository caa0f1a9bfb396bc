import { assertOneOf, fail } from '../internal/assert.js';
import type { Explanation } from '../scoring/Explanation.js';
import { type Decimal, dec, num, plain, zero } from './internal/decimal.js';

/**
 * One unit's part of a pooled ratio: its numerator and denominator (finite numbers or decimal strings;
 * `null`, `undefined` or `NaN` when the unit did not report that figure), and an optional id used in the
 * coverage report.
 *
 * @example
 * ```ts
 * import type { PooledRatioPart } from 'civic-metrics/rollup';
 * const trust: PooledRatioPart = { id: 'R1F', numerator: 694, denominator: 6165 };
 * const notReporting: PooledRatioPart = { id: 'RGT', numerator: null, denominator: 11402 };
 * ```
 */
export interface PooledRatioPart {
  /** The unit's id (reported in `coverage.incomplete`); default its position in the list. */
  readonly id?: string | undefined;
  /** The numerator; missing when `null`, `undefined` or `NaN`. */
  readonly numerator: number | string | null | undefined;
  /** The denominator; missing when `null`, `undefined` or `NaN`. */
  readonly denominator: number | string | null | undefined;
}

/**
 * Options of {@link pooledRatio}.
 *
 * @example
 * ```ts
 * import type { PooledRatioOptions } from 'civic-metrics/rollup';
 * const perThousand: PooledRatioOptions = { missing: 'exclude', scale: 1000 };
 * ```
 */
export interface PooledRatioOptions {
  /**
   * What to do with a unit that lacks its numerator or denominator: `exclude` (default: leave the whole unit
   * out, numerator and denominator alike, and list it), `zero` (read the missing figure as 0 and keep the
   * rest: the naive sum some publications use), `strict` (no value when any unit is incomplete).
   */
  readonly missing?: 'exclude' | 'zero' | 'strict' | undefined;
  /** Multiplier of the ratio (100 for a percentage, 1000 for a rate per thousand); finite, default 1. */
  readonly scale?: number | undefined;
}

/**
 * Which units a {@link pooledRatio} used.
 *
 * @example
 * ```ts
 * import type { PooledRatioCoverage } from 'civic-metrics/rollup';
 * const coverage: PooledRatioCoverage = { parts: 115, used: 113, incomplete: ['RGT', 'RQM'], leftOutDenominator: 21061 };
 * ```
 */
export interface PooledRatioCoverage {
  /** Units given. */
  readonly parts: number;
  /** Units whose figures entered the sums. */
  readonly used: number;
  /**
   * Ids of the units lacking a figure, in input order: left out under `exclude`, counted with 0 for the
   * missing figure under `zero`, the reason for no value under `strict`.
   */
  readonly incomplete: readonly string[];
  /** Sum of the denominators that left-out units did report (e.g. attendances of trusts that reported no breaches); 0 under `zero`. */
  readonly leftOutDenominator: number;
}

/**
 * The result of {@link pooledRatio}: the ratio of sums, or `no_data` with a reason (`no_parts`,
 * `no_complete_parts`, `missing_parts` under `strict`, `zero_denominator`).
 *
 * @example
 * ```ts
 * import { pooledRatio } from 'civic-metrics/rollup';
 * pooledRatio([{ numerator: 3, denominator: null }]).status;
 * // => 'no_data'
 * ```
 */
export type PooledRatioResult =
  | {
      readonly status: 'ok';
      /** scale × Σ numerators / Σ denominators, as the nearest float64. */
      readonly value: number;
      /** Σ numerators of the units used (exact). */
      readonly numerator: number;
      /** Σ denominators of the units used (exact). */
      readonly denominator: number;
      /** The two sums as exact decimal strings. */
      readonly exact: { readonly numerator: string; readonly denominator: string };
      /** Which units were used. */
      readonly coverage: PooledRatioCoverage;
      /** The sums, the policy and the units left out. */
      readonly explanation: Explanation;
    }
  | {
      readonly status: 'no_data';
      readonly reason: 'no_parts' | 'no_complete_parts' | 'missing_parts' | 'zero_denominator';
      readonly coverage: PooledRatioCoverage;
      readonly explanation: Explanation;
    };

const FN = 'pooledRatio';
const POLICIES = ['exclude', 'zero', 'strict'] as const;
const DECIMAL = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const SOURCE =
  'ratio of sums (pooled rate) over reporting units: NHS England, A&E Attendances and Emergency Admissions, technical ' +
  'guidance (the England four-hour percentage uses only providers that reported four-hour data); Improvement Service, ' +
  'LGBF (Scotland figures from national numerators and denominators, not the mean of council values)';

function read(path: string, value: unknown): Decimal | null {
  if (value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)))
    return null;
  if (typeof value === 'number' && Number.isFinite(value)) return dec(value);
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return dec(value.trim());
  return fail(FN, path, 'to be a finite number, a decimal string, or null when missing', value);
}

/**
 * The ratio of sums over units: Σ numerators ÷ Σ denominators (× scale), the pooled rate of a whole made of
 * units (England from its hospital trusts, Scotland from its councils). Never the mean of the units'
 * ratios, which weighs a small unit like a large one.
 *
 * A unit that reported only part of its figures is the trap: in 49 months of 2019–2023, twelve English
 * trusts reported attendances but no four-hour breaches, and NHS England's national percentage left those
 * trusts out entirely (their attendances too). That is the default policy `exclude`; `zero` reads the
 * missing figure as 0 and keeps the unit's other figure, which reproduces the naive (wrong) national figure;
 * `strict` gives no value while any unit is incomplete. The sums are exact (decimal.js, 80 significant
 * digits); the ratio is rounded once, to float64.
 *
 * @param parts - One entry per unit; see {@link PooledRatioPart}. Not mutated.
 * @param options - See {@link PooledRatioOptions}.
 * @returns A {@link PooledRatioResult}, with the units used and left out.
 * @throws {ArgumentError} `invalid_argument` when `parts` is not an array of objects, a figure is neither a
 *   finite number, a decimal string nor missing, the policy is unknown, or the scale is not finite.
 * @see NHS England, "A&E Attendances and Emergency Admissions" monthly statistics and technical guidance;
 *   Improvement Service, Local Government Benchmarking Framework, national figures.
 *
 * @example
 * ```ts
 * import { pooledRatio } from 'civic-metrics/rollup';
 * const breaches = [
 *   { id: 'A', numerator: 100, denominator: 1000 },
 *   { id: 'B', numerator: 300, denominator: 1000 },
 *   { id: 'C', numerator: null, denominator: 2000 },
 * ];
 * pooledRatio(breaches).value;
 * // => 0.2
 * pooledRatio(breaches, { missing: 'zero' }).value;
 * // => 0.1
 * pooledRatio(breaches).coverage.incomplete;
 * // => ['C']
 * ```
 */
export function pooledRatio(
  parts: readonly PooledRatioPart[],
  options: PooledRatioOptions = {},
): PooledRatioResult {
  if (!Array.isArray(parts)) fail(FN, 'parts', 'to be an array of { numerator, denominator }', parts);
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const missing = options.missing ?? 'exclude';
  assertOneOf(FN, 'options.missing', missing, POLICIES);
  const scale = options.scale ?? 1;
  if (typeof scale !== 'number' || !Number.isFinite(scale))
    fail(FN, 'options.scale', 'to be a finite number', scale);

  let n = zero();
  let d = zero();
  let leftOutDenominator = zero();
  let used = 0;
  const excluded: string[] = [];
  parts.forEach((part: unknown, i) => {
    if (typeof part !== 'object' || part === null)
      fail(FN, `parts[${i}]`, 'to be { numerator, denominator }', part);
    const p = part as PooledRatioPart;
    if (p.id !== undefined && typeof p.id !== 'string') fail(FN, `parts[${i}].id`, 'to be a string', p.id);
    const id = p.id ?? String(i);
    const numerator = read(`parts[${i}].numerator`, p.numerator);
    const denominator = read(`parts[${i}].denominator`, p.denominator);
    const complete = numerator !== null && denominator !== null;
    if (complete || missing === 'zero') {
      n = n.plus(numerator ?? 0);
      d = d.plus(denominator ?? 0);
      used++;
      if (!complete) excluded.push(id);
    } else {
      excluded.push(id);
      if (denominator !== null) leftOutDenominator = leftOutDenominator.plus(denominator);
    }
  });
  const coverage: PooledRatioCoverage = {
    parts: parts.length,
    used,
    incomplete: excluded,
    leftOutDenominator: num(leftOutDenominator),
  };
  const inputs = { parts: parts.length, missing, scale };
  const noData = (
    reason: 'no_parts' | 'no_complete_parts' | 'missing_parts' | 'zero_denominator',
    summary: string,
  ) =>
    ({
      status: 'no_data',
      reason,
      coverage,
      explanation: {
        method: FN,
        summary,
        inputs,
        intermediate: { reason, used, excluded: excluded.length },
        source: SOURCE,
      },
    }) as const;
  if (parts.length === 0) return noData('no_parts', 'No units to pool.');
  if (missing === 'strict' && excluded.length > 0) {
    return noData(
      'missing_parts',
      `Policy strict: ${excluded.length} of ${parts.length} units are incomplete (${excluded.join(', ')}).`,
    );
  }
  if (used === 0)
    return noData('no_complete_parts', `None of the ${parts.length} units reported both figures.`);
  if (d.isZero()) return noData('zero_denominator', `The denominators of the ${used} units used sum to 0.`);
  const value = num(n.div(d).times(scale));
  const left =
    excluded.length === 0
      ? ''
      : missing === 'zero'
        ? `; ${excluded.length} incomplete unit${excluded.length === 1 ? '' : 's'} counted with 0 for the missing figure`
        : `; ${excluded.length} unit${excluded.length === 1 ? '' : 's'} left out (${plain(leftOutDenominator)} of denominator not covered)`;
  return {
    status: 'ok',
    value,
    numerator: num(n),
    denominator: num(d),
    exact: { numerator: plain(n), denominator: plain(d) },
    coverage,
    explanation: {
      method: FN,
      summary: `${scale === 1 ? '' : `${scale} × `}${plain(n)} / ${plain(d)} = ${Number(value.toPrecision(8))} over ${used} of ${parts.length} units${left}.`,
      inputs,
      intermediate: {
        numerator: num(n),
        denominator: num(d),
        value,
        used,
        excluded: excluded.length,
        leftOutDenominator: num(leftOutDenominator),
      },
      rule: {
        id: `pooled_${missing}`,
        description: 'value = scale × Σ numerator / Σ denominator over the units used',
      },
      source: SOURCE,
    },
  };
}
