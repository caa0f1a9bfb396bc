import { assertOneOf, fail } from '../internal/assert.js';
import type { Explanation } from '../scoring/Explanation.js';
import { type Decimal, dec, num, plain } from './internal/decimal.js';

/**
 * One group's figure for {@link equityGap}: the dimension value (a district, an age band) and its value
 * (`null` or `NaN` when the group has no figure).
 *
 * @example
 * ```ts
 * import type { EquityGroup } from 'civic-metrics/rollup';
 * const districtA: EquityGroup = { group: 'A', value: 41.5 };
 * ```
 */
export interface EquityGroup {
  /** The group, e.g. the district `A`. */
  readonly group: string;
  /** Its figure: a finite number or a decimal string; `null`/`NaN` when missing. */
  readonly value: number | string | null;
}

/**
 * Options of {@link equityGap}.
 *
 * @example
 * ```ts
 * import type { EquityGapOptions } from 'civic-metrics/rollup';
 * const options: EquityGapOptions = { polarity: 'increase', threshold: 0.8 };
 * ```
 */
export interface EquityGapOptions {
  /** Which direction is better for the indicator. `neutral` (and `range`) give no status. */
  readonly polarity: 'increase' | 'decrease' | 'range' | 'neutral';
  /**
   * The least parity (worse group ÷ better group, on the favourable scale) that counts as `equitable`, in
   * (0, 1]; default 0.8, the "four-fifths rule".
   */
  readonly threshold?: number | undefined;
}

/**
 * A group named with its figure, in an {@link EquityGapResult}.
 *
 * @example
 * ```ts
 * import type { EquityGroupValue } from 'civic-metrics/rollup';
 * const best: EquityGroupValue = { group: 'A', value: 90 };
 * ```
 */
export interface EquityGroupValue {
  /** The group. */
  readonly group: string;
  /** Its figure. */
  readonly value: number;
}

/**
 * The result of {@link equityGap}.
 *
 * - `equitable`: parity at or above the threshold; `disparity`: below it;
 * - `insufficient_data` (reason `fewer_than_two_groups`): fewer than two groups have a figure;
 * - `not_comparable`: no better direction (`neutral_polarity`, `range_polarity`), or a figure ≤ 0 makes the
 *   ratios undefined (`non_positive_value`); the difference is still given.
 *
 * @example
 * ```ts
 * import { equityGap } from 'civic-metrics/rollup';
 * const gap = equityGap([{ group: 'A', value: 90 }, { group: 'B', value: 60 }], { polarity: 'increase' });
 * [gap.status, gap.worst?.group, gap.parity];
 * // => ['disparity', 'B', 0.6667]
 * ```
 */
export interface EquityGapResult {
  /** The equity status; see above. */
  readonly status: 'equitable' | 'disparity' | 'insufficient_data' | 'not_comparable';
  /** Why there is no equity status; `null` when there is one. */
  readonly reason:
    | 'fewer_than_two_groups'
    | 'neutral_polarity'
    | 'range_polarity'
    | 'non_positive_value'
    | null;
  /** Groups with a figure. */
  readonly groups: number;
  /** Groups without a figure, in input order. */
  readonly missing: readonly string[];
  /** The group with the highest figure (first on ties), or `null`. */
  readonly highest: EquityGroupValue | null;
  /** The group with the lowest figure (first on ties), or `null`. */
  readonly lowest: EquityGroupValue | null;
  /** The better-off group by polarity (highest when higher is better), or `null` (also for neutral/range). */
  readonly best: EquityGroupValue | null;
  /** The worse-off group by polarity, or `null`. */
  readonly worst: EquityGroupValue | null;
  /** Absolute gap: highest − lowest, ≥ 0, in the indicator's unit; `null` with fewer than two groups. */
  readonly difference: number | null;
  /** The difference as an exact decimal string, or `null`. */
  readonly differenceExact: string | null;
  /** Relative gap: highest ÷ lowest (≥ 1); `null` when the lowest is ≤ 0 or fewer than two groups. */
  readonly ratio: number | null;
  /** worst ÷ best when higher is better, best ÷ worst when lower is better (in (0, 1]); `null` otherwise. */
  readonly parity: number | null;
  /** The threshold used. */
  readonly threshold: number;
  /** Inputs, the two groups and the rule. */
  readonly explanation: Explanation;
}

const FN = 'equityGap';
const SOURCE =
  'difference D = y_high − y_low and ratio R = y_high / y_low between the subgroups with the highest and lowest ' +
  'estimates (WHO Health Equity Assessment Toolkit technical notes, simple measures for non-ordered dimensions); ' +
  'parity threshold 0.8: the four-fifths rule of the US Uniform Guidelines on Employee Selection Procedures, 29 CFR 1607.4(D)';

function readValue(path: string, value: unknown): Decimal | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return null;
    if (!Number.isFinite(value)) fail(FN, path, 'to be a finite number, a decimal string or null', value);
    return dec(value);
  }
  if (typeof value === 'string' && /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/.test(value)) {
    const d = dec(value);
    if (d.isFinite()) return d;
  }
  return fail(FN, path, 'to be a finite number, a decimal string or null', value);
}

/**
 * The gap between the best-off and worst-off groups of a disaggregated indicator (districts, demographic
 * groups), absolute and relative, with a status that reads the indicator's polarity.
 *
 * Formulas, over the groups with a figure: difference D = y_high − y_low (≥ 0, in the indicator's unit);
 * ratio R = y_high / y_low (≥ 1); the best group is the highest when higher is better and the lowest when
 * lower is better, the worst the other; parity P = y_worst / y_best when higher is better and
 * y_best / y_worst when lower is better (the worse group's outcome on the favourable scale, 1 = parity);
 * status `equitable` when P ≥ threshold (default 0.8, the four-fifths rule), else `disparity`. Ratios and
 * parity need every figure > 0 (otherwise `not_comparable`, reason `non_positive_value`, with D still given).
 * D is exact (decimal.js); R and P are computed to 80 digits and returned as doubles.
 *
 * Missing data: groups whose value is `null`/`NaN` are listed in `missing` and left out; fewer than two
 * groups with a figure give `insufficient_data`. Ties keep input order. Input is not mutated.
 *
 * @param groups - The groups and their figures (any number; group names need not be unique).
 * @param options - See {@link EquityGapOptions}.
 * @returns An {@link EquityGapResult}.
 * @throws {ArgumentError} `invalid_argument` for a non-array, a group without a string name, a non-numeric
 *   value, an unknown polarity or a threshold outside (0, 1].
 * @see WHO, *Health Equity Assessment Toolkit (HEAT): technical notes* (2016), §3.1.3 Difference and §3.2
 *   Ratio (non-ordered dimensions: the subgroups with the highest and lowest estimates); WHO, *Health
 *   inequality monitoring: harnessing data to advance health equity* (2024), ch. 20 (favourable and adverse
 *   indicators) and Annex 11; US Uniform Guidelines on Employee Selection Procedures, 29 CFR §1607.4(D).
 *
 * @example
 * ```ts
 * import { equityGap } from 'civic-metrics/rollup';
 * const complaints = equityGap(
 *   [{ group: 'A', value: 40 }, { group: 'B', value: 64 }, { group: 'C', value: null }],
 *   { polarity: 'decrease' },
 * );
 * [complaints.best?.group, complaints.worst?.group, complaints.difference, complaints.ratio];
 * // => ['A', 'B', 24, 1.6]
 * complaints.status;
 * // => 'disparity'
 * ```
 */
export function equityGap(groups: readonly EquityGroup[], options: EquityGapOptions): EquityGapResult {
  if (!Array.isArray(groups)) fail(FN, 'groups', 'to be an array of { group, value }', groups);
  if (typeof options !== 'object' || options === null) fail(FN, 'options', 'to be an object', options);
  const polarity = options.polarity;
  assertOneOf(FN, 'options.polarity', polarity, ['increase', 'decrease', 'range', 'neutral'] as const);
  const threshold = options.threshold ?? 0.8;
  if (typeof threshold !== 'number' || !(threshold > 0 && threshold <= 1)) {
    fail(FN, 'options.threshold', 'to be a number in (0, 1]', threshold);
  }
  const present: Array<{ group: string; value: Decimal }> = [];
  const missing: string[] = [];
  groups.forEach((g, i) => {
    if (typeof g !== 'object' || g === null || typeof g.group !== 'string') {
      fail(FN, `groups[${i}]`, 'to be { group: string, value }', g);
    }
    const value = readValue(`groups[${i}].value`, g.value);
    if (value === null) missing.push(g.group);
    else present.push({ group: g.group, value });
  });
  const inputs = { polarity, threshold, groups: groups.length };
  const none = {
    groups: present.length,
    missing,
    threshold,
  };
  if (present.length < 2) {
    return {
      status: 'insufficient_data',
      reason: 'fewer_than_two_groups',
      ...none,
      highest: null,
      lowest: null,
      best: null,
      worst: null,
      difference: null,
      differenceExact: null,
      ratio: null,
      parity: null,
      explanation: {
        method: FN,
        summary: `${present.length} group${present.length === 1 ? ' has' : 's have'} a figure: at least two are needed to compare.`,
        inputs,
        intermediate: { reason: 'fewer_than_two_groups', groups: present.length },
        source: SOURCE,
      },
    };
  }
  let high = present[0] as (typeof present)[number];
  let low = high;
  for (const g of present) {
    if (g.value.gt(high.value)) high = g;
    if (g.value.lt(low.value)) low = g;
  }
  const json = (g: { group: string; value: Decimal }): EquityGroupValue => ({
    group: g.group,
    value: num(g.value),
  });
  const difference = high.value.minus(low.value);
  const positive = low.value.gt(0);
  const ratio = positive ? num(high.value.div(low.value)) : null;
  const directional = polarity === 'increase' || polarity === 'decrease';
  const best = polarity === 'increase' ? high : polarity === 'decrease' ? low : null;
  const worst = polarity === 'increase' ? low : polarity === 'decrease' ? high : null;
  const parity = directional && positive ? num(low.value.div(high.value)) : null;
  const reason: EquityGapResult['reason'] = !directional
    ? polarity === 'neutral'
      ? 'neutral_polarity'
      : 'range_polarity'
    : positive
      ? null
      : 'non_positive_value';
  const status: EquityGapResult['status'] =
    reason !== null ? 'not_comparable' : (parity as number) >= threshold ? 'equitable' : 'disparity';
  const gapText = `${high.group} ${plain(high.value)} vs ${low.group} ${plain(low.value)}: difference ${plain(difference)}${ratio === null ? '' : `, ratio ${Number(ratio.toPrecision(4))}`}`;
  const summary =
    reason === null
      ? `Best ${best?.group}, worst ${worst?.group} (${gapText}); parity ${Number((parity as number).toPrecision(4))} ${status === 'equitable' ? '≥' : '<'} ${threshold}: ${status}.`
      : `${gapText}; no equity status (${reason.replace(/_/g, ' ')}).`;
  return {
    status,
    reason,
    ...none,
    highest: json(high),
    lowest: json(low),
    best: best ? json(best) : null,
    worst: worst ? json(worst) : null,
    difference: num(difference),
    differenceExact: plain(difference),
    ratio,
    parity,
    explanation: {
      method: FN,
      summary,
      inputs,
      intermediate: { difference: num(difference), ratio, parity, reason },
      rule:
        reason === null
          ? {
              id: status,
              description: status === 'equitable' ? 'parity >= threshold' : 'parity < threshold',
              thresholds: { threshold },
            }
          : { id: 'not_comparable', description: reason },
      source: SOURCE,
    },
  };
}
