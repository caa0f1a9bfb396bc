import { fail } from '../internal/assert.js';
import type { RollupMethod } from '../model/enums.js';
import type { Explanation } from '../scoring/Explanation.js';
import { type Decimal, dec, num, onGrid, plain, zero } from './internal/decimal.js';
import type { RollupChildState } from './rollup.js';

/**
 * One child of a node as {@link decomposeChange} reads it: a child of a {@link RollupResult} or of a goal in a
 * plan report has these fields.
 *
 * @example
 * ```ts
 * import type { ChangeSnapshotChild } from 'civic-metrics/rollup';
 * const child: ChangeSnapshotChild = { id: 'inspection-days', kind: 'indicator', weight: 2, share: 0.4, input: 0.96, state: 'counted' };
 * ```
 */
export interface ChangeSnapshotChild {
  /** The child's id. */
  readonly id: string;
  /** The child's kind (`goal`, `indicator`), or `null`; children are matched by kind and id. */
  readonly kind: string | null;
  /** The weight in force. */
  readonly weight: number;
  /** Its share of the node's score (a_i). */
  readonly share: number;
  /** What entered the node's formula (x_i), or `null` when not counted. */
  readonly input: number | null;
  /** How it took part. */
  readonly state: RollupChildState;
  /** For `sum` nodes: the child's value as an exact decimal string (else `input` is used). */
  readonly total?: { readonly exact: string | null } | null | undefined;
}

/**
 * A node as {@link decomposeChange} reads it: its method, score, children and (for `sum`) its total. A
 * {@link RollupResult} and a goal of a plan report both qualify.
 *
 * @example
 * ```ts
 * import type { ChangeSnapshot } from 'civic-metrics/rollup';
 * const goal: ChangeSnapshot = {
 *   method: 'mean',
 *   score: 0.9,
 *   total: null,
 *   children: [
 *     { id: 'a', kind: null, weight: 1, share: 0.5, input: 1, state: 'counted' },
 *     { id: 'b', kind: null, weight: 1, share: 0.5, input: 0.8, state: 'counted' },
 *   ],
 * };
 * ```
 */
export interface ChangeSnapshot {
  /** The node's method. */
  readonly method: RollupMethod | null;
  /** The node's score, or `null`. */
  readonly score: number | null;
  /** For `sum` nodes: the summed value as an exact decimal string. */
  readonly total?: { readonly exact: string | null } | null | undefined;
  /** The children with their shares and inputs. */
  readonly children: readonly ChangeSnapshotChild[];
}

/**
 * How one child moved the node: its `contribution` (the children's contributions sum exactly to the change),
 * split into the effect of its own input changing (`inputEffect`) and the effect of its share changing
 * (`mixEffect`: a weight changed, the child entered or left, or another child's data came or went).
 *
 * @example
 * ```ts
 * import type { ChangeContribution } from 'civic-metrics/rollup';
 * const contribution: ChangeContribution = {
 *   id: 'b', kind: null, contribution: 0.05, exact: '0.05', inputEffect: 0.05, mixEffect: 0,
 *   previous: { share: 0.5, input: 0.8, state: 'counted' }, current: { share: 0.5, input: 0.9, state: 'counted' },
 * };
 * ```
 */
export interface ChangeContribution {
  /** The child's id. */
  readonly id: string;
  /** The child's kind, or `null`. */
  readonly kind: string | null;
  /** Its part of the change (score points, or value units for `sum`). */
  readonly contribution: number;
  /** The same as a decimal string (to 30 places); these sum exactly to the change's `exact`. */
  readonly exact: string;
  /** The part due to the child's own input changing. */
  readonly inputEffect: number;
  /** The part due to its share changing (weights, entries, exits, coverage). */
  readonly mixEffect: number;
  /** The child in the previous snapshot, or `null` when it was not a child then. */
  readonly previous: {
    readonly share: number;
    readonly input: number | null;
    readonly state: RollupChildState;
  } | null;
  /** The child in the current snapshot, or `null` when it is no longer a child. */
  readonly current: {
    readonly share: number;
    readonly input: number | null;
    readonly state: RollupChildState;
  } | null;
}

/**
 * The result of {@link decomposeChange}: `status: 'ok'` with the contributions, or `not_comparable` when
 * either snapshot has no score (`reason` says which).
 *
 * @example
 * ```ts
 * import type { DecomposeChangeResult } from 'civic-metrics/rollup';
 * const status: DecomposeChangeResult['status'] = 'not_comparable';
 * ```
 */
export interface DecomposeChangeResult {
  /** `ok`, or `not_comparable` when there is no score (or value) to compare. */
  readonly status: 'ok' | 'not_comparable';
  /** Why it is not comparable; `null` when ok. */
  readonly reason: 'no_previous_score' | 'no_current_score' | null;
  /** `score` (the node's score), or `value` (the summed value of a `sum` node). */
  readonly measure: 'score' | 'value';
  /** The previous score (or value), or `null`. */
  readonly previous: number | null;
  /** The current score (or value), or `null`. */
  readonly current: number | null;
  /** `current − previous`, or `null`. */
  readonly change: number | null;
  /** The change as a decimal string: the difference of the two figures' shortest decimal forms, to 30 places; or `null`. */
  readonly exact: string | null;
  /** Per child, largest absolute contribution first (ties: current order, then children that left). */
  readonly contributions: readonly ChangeContribution[];
  /**
   * The rounding allocated to the largest contribution so that the exact contributions sum exactly to the
   * exact change: the difference between the reported scores (rounded to doubles) and the linear forms
   * recomputed in decimals, plus the rounding to 30 places; typically below 1e-16.
   */
  readonly rounding: number;
  /** How the change was decomposed. */
  readonly explanation: Explanation;
}

const FN = 'decomposeChange';
const SOURCE =
  'rate/mix (shift-share) decomposition of a change in a weighted mean against the previous mean: ' +
  'Kitagawa (1955), JASA 50:1168–1194; civic-metrics docs/accountability.md';

interface Side {
  share: Decimal;
  input: Decimal | null;
  raw: ChangeSnapshotChild;
}

function readSnapshot(path: string, snapshot: unknown): ChangeSnapshot {
  if (typeof snapshot !== 'object' || snapshot === null)
    fail(FN, path, 'to be a rollup result or a goal report', snapshot);
  const s = snapshot as ChangeSnapshot;
  if (!Array.isArray(s.children)) fail(FN, `${path}.children`, 'to be an array', s.children);
  if (s.score !== null && (typeof s.score !== 'number' || !Number.isFinite(s.score))) {
    fail(FN, `${path}.score`, 'to be a finite number or null', s.score);
  }
  s.children.forEach((c, i) => {
    if (typeof c !== 'object' || c === null || typeof c.id !== 'string') {
      fail(FN, `${path}.children[${i}]`, 'to be a child with an id', c);
    }
  });
  return s;
}

/** Effective linear weights: w_i (weighted mean), 1 (mean, share on track), 1 for selected children. */
function sides(snapshot: ChangeSnapshot): Map<string, Side> {
  const out = new Map<string, Side>();
  const counts = new Map<string, number>();
  const used = snapshot.children.filter(
    (c) => c.input !== null && c.state !== 'excluded' && c.state !== 'missing',
  );
  const linear = (c: ChangeSnapshotChild): Decimal => {
    switch (snapshot.method) {
      case 'weighted_mean':
        return dec(c.weight);
      case 'min':
      case 'max':
      case 'two_worst':
        return c.share > 0 ? dec(1) : zero();
      default:
        return dec(1);
    }
  };
  const total = used.reduce((s, c) => s.plus(linear(c)), zero());
  for (const c of snapshot.children) {
    const base = `${c.kind ?? ''}\u0000${c.id}`;
    const n = counts.get(base) ?? 0;
    counts.set(base, n + 1);
    const isUsed = c.input !== null && c.state !== 'excluded' && c.state !== 'missing';
    out.set(`${base}\u0000${n}`, {
      share: isUsed && !total.isZero() ? linear(c).div(total) : zero(),
      input: isUsed
        ? dec(snapshot.method === 'sum' ? (c.total?.exact ?? (c.input as number)) : (c.input as number))
        : null,
      raw: c,
    });
  }
  return out;
}

/**
 * Decomposes the change of a node's score between two rollups into its children's contributions, exactly:
 * the contributions sum to the change.
 *
 * Every score rollup is the linear form S = Σ a_i·x_i with shares a_i summing to 1 (see {@link rollup}).
 * Against the previous score S₀, child i contributes c_i = a₁ᵢ·(x₁ᵢ − S₀) − a₀ᵢ·(x₀ᵢ − S₀) (a term is 0 when
 * the child was not counted then), so Σ c_i = S₁ − S₀. A child present in both splits into an input effect
 * a₁ᵢ·(x₁ᵢ − x₀ᵢ) and a mix effect (a₁ᵢ − a₀ᵢ)·(x₀ᵢ − S₀); a child that entered contributes a₁ᵢ·(x₁ᵢ − S₀)
 * and one that left −a₀ᵢ·(x₀ᵢ − S₀), both mix. So a weight change, or a child dropping out for want of data,
 * moves the score only by how far the affected children stand from the previous score: a child at the
 * average changes nothing by entering or leaving. This is the rate/mix (shift-share) decomposition of a
 * weighted mean, measured against the previous mean. For `sum` nodes the summed value is decomposed instead
 * (`measure: 'value'`): c_i = x₁ᵢ − x₀ᵢ.
 *
 * Arithmetic is decimal (80 digits) on the shortest decimal forms of the figures; shares are recomputed
 * from the weights, states and selections. The change and every contribution are then rounded (half to
 * even) to 30 decimal places, where sums are exact. The reported scores are doubles, so the linear forms
 * can differ from them in the 17th digit: that difference, with the grid rounding, is the `rounding`
 * added to the largest contribution, after which the exact contributions sum exactly to the exact change.
 * As doubles they sum to it within floating-point rounding.
 *
 * Children are matched by kind and id (a repeated child by its occurrence). Neither input is mutated.
 *
 * @param previous - The node in the earlier rollup (a {@link RollupResult} or a goal report).
 * @param current - The same node in the later rollup.
 * @returns A {@link DecomposeChangeResult}; `not_comparable` when either has no score.
 * @throws {ArgumentError} `invalid_argument` when a snapshot is not a node with children.
 * @see E. M. Kitagawa (1955), "Components of a difference between two rates", JASA 50:1168–1194.
 *
 * @example
 * ```ts
 * import { decomposeChange, rollup } from 'civic-metrics/rollup';
 * const before = rollup({ id: 'g', children: [{ id: 'a', score: 1 }, { id: 'b', score: 0.5 }] });
 * const after = rollup({ id: 'g', children: [{ id: 'a', score: 1 }, { id: 'b', score: null }] });
 * const change = decomposeChange(before, after);
 * change.exact;
 * // => '0.25'
 * change.contributions.map((c) => [c.id, c.exact]);
 * // => [['a', '0.125'], ['b', '0.125']]
 * ```
 */
export function decomposeChange(previous: ChangeSnapshot, current: ChangeSnapshot): DecomposeChangeResult {
  const prev = readSnapshot('previous', previous);
  const curr = readSnapshot('current', current);
  const measure = curr.method === 'sum' ? 'value' : 'score';
  const figure = (s: ChangeSnapshot): Decimal | null => {
    if (measure === 'value') return s.total?.exact ? dec(s.total.exact) : null;
    return s.score === null ? null : dec(s.score);
  };
  const p = figure(prev);
  const c = figure(curr);
  const inputs = { measure, previousMethod: prev.method, currentMethod: curr.method };
  if (p === null || c === null) {
    const reason = p === null ? 'no_previous_score' : 'no_current_score';
    return {
      status: 'not_comparable',
      reason,
      measure,
      previous: p === null ? null : num(p),
      current: c === null ? null : num(c),
      change: null,
      exact: null,
      contributions: [],
      rounding: 0,
      explanation: {
        method: FN,
        summary: `No ${measure} ${p === null ? 'before' : 'now'}: the change cannot be decomposed.`,
        inputs,
        intermediate: { reason },
        source: SOURCE,
      },
    };
  }
  const before = sides(prev);
  const after = sides(curr);
  const keys = [...after.keys(), ...[...before.keys()].filter((k) => !after.has(k))];
  const rows = keys.map((key, order) => {
    const a = after.get(key);
    const b = before.get(key);
    let inputEffect = zero();
    let mixEffect = zero();
    if (measure === 'value') {
      inputEffect = (a?.input ?? zero()).minus(b?.input ?? zero());
    } else if (a?.input && b?.input) {
      inputEffect = a.share.times(a.input.minus(b.input));
      mixEffect = a.share.minus(b.share).times(b.input.minus(p));
    } else if (a?.input) {
      mixEffect = a.share.times(a.input.minus(p));
    } else if (b?.input) {
      mixEffect = b.share.times(b.input.minus(p)).neg();
    }
    const raw = (a ?? b)?.raw as ChangeSnapshotChild;
    return { key, order, raw, a, b, inputEffect, mixEffect, total: inputEffect.plus(mixEffect) };
  });
  // Everything on the 1e-30 grid, where sums are exact; the grid rounding goes to the largest contribution.
  for (const r of rows) {
    r.inputEffect = onGrid(r.inputEffect);
    r.mixEffect = onGrid(r.mixEffect);
    r.total = r.inputEffect.plus(r.mixEffect);
  }
  const change = onGrid(c.minus(p));
  const sum = rows.reduce((s, r) => s.plus(r.total), zero());
  const rounding = change.minus(sum);
  if (!rounding.isZero() && rows.length > 0) {
    let big = rows[0] as (typeof rows)[number];
    for (const r of rows) if (r.total.abs().gt(big.total.abs())) big = r;
    big.total = big.total.plus(rounding);
    if (big.a?.input && (big.b?.input || measure === 'value'))
      big.inputEffect = big.inputEffect.plus(rounding);
    else big.mixEffect = big.mixEffect.plus(rounding);
  }
  rows.sort((x, y) => y.total.abs().comparedTo(x.total.abs()) || x.order - y.order);
  const sideJson = (s: Side | undefined) =>
    s === undefined ? null : { share: s.raw.share, input: s.raw.input, state: s.raw.state };
  const contributions: ChangeContribution[] = rows.map((r) => ({
    id: r.raw.id,
    kind: r.raw.kind ?? null,
    contribution: num(r.total),
    exact: plain(r.total),
    inputEffect: num(r.inputEffect),
    mixEffect: num(r.mixEffect),
    previous: sideJson(r.b),
    current: sideJson(r.a),
  }));
  const top = contributions.filter((x) => x.contribution !== 0).slice(0, 3);
  const direction = change.isZero() ? 'unchanged' : change.gt(0) ? 'up' : 'down';
  return {
    status: 'ok',
    reason: null,
    measure,
    previous: num(p),
    current: num(c),
    change: num(change),
    exact: plain(change),
    contributions,
    rounding: num(rounding),
    explanation: {
      method: FN,
      summary:
        `The ${measure} went ${direction} from ${num(p)} to ${num(c)} (${plain(change)})` +
        (top.length ? `; largest contributions: ${top.map((x) => `${x.id} ${x.exact}`).join(', ')}.` : '.'),
      inputs,
      intermediate: { previous: num(p), current: num(c), change: num(change), rounding: num(rounding) },
      source: SOURCE,
    },
  };
}
