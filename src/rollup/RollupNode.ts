import type { MissingPolicy, RollupMethod } from '../model/enums.js';

/**
 * One step of an effective-dated weight: from the first day of `from` on, the child weighs `weight`, until
 * the next step. `from` is a date (`2024-07-01`) or a period label (`FY2025`, `2024-Q3`: its first day).
 * Before the first step the weight is 0: the child is not yet part of its parent.
 *
 * @example
 * ```ts
 * import type { EffectiveWeight } from 'civic-metrics/rollup';
 * const fromJuly: EffectiveWeight = { from: '2024-07-01', weight: 2 };
 * ```
 */
export interface EffectiveWeight {
  /** The first day the weight applies: `YYYY-MM-DD` or a period label (its first day). */
  readonly from: string;
  /** The weight, a finite number ≥ 0 (0 removes the child from that day on). */
  readonly weight: number;
}

/**
 * The weight of a child in its parent: a number ≥ 0, or an effective-dated schedule of
 * {@link EffectiveWeight} steps in increasing order of `from`, resolved at the rollup's `asOf`. A weight of 0
 * shows the child without counting it, for every method.
 *
 * @example
 * ```ts
 * import type { RollupWeight } from 'civic-metrics/rollup';
 * const doubledFromFy2025: RollupWeight = [
 *   { from: '2020-01-01', weight: 1 },
 *   { from: 'FY2025', weight: 2 },
 * ];
 * ```
 */
export type RollupWeight = number | readonly EffectiveWeight[];

/**
 * A node of a rollup tree: a leaf (no `children`) carrying a score, or an inner node (with `children`, even
 * an empty list) whose score is rolled up from its children.
 *
 * A leaf's `score` is on a scale where higher is better and `target` (default 1, i.e. 100% of target)
 * means "on target", such as a {@link scoreProgress} `percentOfTarget`; `null`, `undefined` or `NaN` mean
 * the leaf has no score (missing data, no target). `excluded: true` marks a leaf that is shown but never
 * counted (a neutral, context-only indicator). `status` is the leaf's own status (its RAG colour, used by
 * `share_on_track`); when absent it is the band of its score under the rollup's scheme.
 *
 * For `sum` rollups, leaves also carry `value` (a number or exact decimal string), `target` in the same
 * unit, `unit` (an opaque key: children of one sum must share it) and `polarity`.
 *
 * An inner node may choose its own `method` and `missing` policy; otherwise the rollup's options decide.
 *
 * @example
 * ```ts
 * import type { RollupNode } from 'civic-metrics/rollup';
 * const goal: RollupNode = {
 *   id: 'healthy-neighborhoods',
 *   method: 'weighted_mean',
 *   children: [
 *     { id: 'blighted-residences', score: 0.98, weight: 3 },
 *     { id: 'inspection-days', score: 0.96, weight: 2 },
 *     { id: 'dumping-complaints', score: null },
 *   ],
 * };
 * ```
 */
export interface RollupNode {
  /** Id of the node, unique among its siblings (used to match nodes between two rollups). */
  readonly id: string;
  /** Optional kind, kept in results (e.g. `goal`, `indicator`); siblings are matched by kind and id. */
  readonly kind?: string | undefined;
  /** Weight in the parent; default 1. See {@link RollupWeight}. */
  readonly weight?: RollupWeight | undefined;
  /** Leaf score (higher is better); `null`/`undefined`/`NaN` when missing. Ignored on inner nodes. */
  readonly score?: number | null | undefined;
  /** Leaf status (e.g. `on_track`); default: the band of `score`. Ignored on inner nodes. */
  readonly status?: string | null | undefined;
  /** Shown but never counted (e.g. a neutral indicator). Leaves only. */
  readonly excluded?: boolean | undefined;
  /** `sum` rollups: the leaf's value, a finite number or a decimal string; `null` when missing. */
  readonly value?: number | string | null | undefined;
  /** `sum` rollups: the leaf's target, in the same unit as `value`; `null` when none. */
  readonly target?: number | string | null | undefined;
  /** `sum` rollups: the unit key; every counted child of a sum must have the same one. */
  readonly unit?: string | undefined;
  /** `sum` rollups: which direction is better for the value. */
  readonly polarity?: 'increase' | 'decrease' | undefined;
  /** Children of an inner node (an empty list makes an inner node with nothing to roll up). */
  readonly children?: readonly RollupNode[] | undefined;
  /** This node's method; default the rollup's `method`. */
  readonly method?: RollupMethod | undefined;
  /** This node's missing-data policy; default the rollup's `missing`. */
  readonly missing?: MissingPolicy | undefined;
}
