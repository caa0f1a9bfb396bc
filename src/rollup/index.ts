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
  type DiffReportsOptions,
  type DiffReportsResult,
  diffReports,
  type FreshnessChange,
  type StatusChange,
} from './diffReports.js';
export {
  type EquityGapOptions,
  type EquityGapResult,
  type EquityGroup,
  type EquityGroupValue,
  equityGap,
} from './equityGap.js';
export { type EvaluatePlanOptions, evaluatePlan } from './evaluatePlan.js';
export { type ExplainChangeContribution, type ExplainChangeResult, explainChange } from './explainChange.js';
export {
  type GoalReport,
  GoalReportSchema,
  type IndicatorReport,
  IndicatorReportSchema,
  type OwnerReport,
  OwnerReportSchema,
  type PlanReport,
  PlanReportSchema,
} from './PlanReport.js';
export {
  type PooledRatioCoverage,
  type PooledRatioOptions,
  type PooledRatioPart,
  type PooledRatioResult,
  pooledRatio,
} from './pooledRatio.js';
export type { EffectiveWeight, RollupNode, RollupWeight } from './RollupNode.js';
export { reportJsonSchema } from './reportJsonSchema.js';
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
