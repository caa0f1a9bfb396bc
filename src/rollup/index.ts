/**
 * civic-metrics/rollup: accountability rollups. Scores rolled up goal trees by weighted mean, mean, worst
 * of, best of, share on track, the two worst (SDSN) or same-unit sums, with missing-data policies and
 * effective-dated weights; the exact decomposition of a change into its children's contributions; equity
 * gaps between groups.
 *
 * @packageDocumentation
 */

export {
  type ChangeContribution,
  type ChangeSnapshot,
  type ChangeSnapshotChild,
  type DecomposeChangeResult,
  decomposeChange,
} from './decomposeChange.js';
export {
  type EquityGapOptions,
  type EquityGapResult,
  type EquityGroup,
  type EquityGroupValue,
  equityGap,
} from './equityGap.js';
export type { EffectiveWeight, RollupNode, RollupWeight } from './RollupNode.js';
export {
  type RollupChildState,
  type RollupCoverage,
  type RollupDriver,
  type RollupOptions,
  type RollupReason,
  type RollupResult,
  type RollupTotal,
  rollup,
} from './rollup.js';
