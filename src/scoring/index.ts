/**
 * civic-metrics/scoring: progress toward targets, status schemes, target paths, projections, and the
 * published progress-assessment methods.
 *
 * @packageDocumentation
 */

export {
  type BandScheme,
  type BandStatusInput,
  type BandStatusResult,
  type BandStatusValue,
  bandStatus,
  type StatusBand,
} from './bandStatus.js';
export { defaultRagScheme, type RagStatus } from './defaultRagScheme.js';
export type { Explanation, ExplanationRule } from './Explanation.js';
export { type LinearScoreOptions, type LinearScoreResult, linearScore } from './linearScore.js';
export * from './methods/index.js';
export type { PeriodValue } from './PeriodValue.js';
export type { ProgressPolarity, RangeTarget } from './ProgressPolarity.js';
export {
  type RelativeTarget,
  type ResolveRelativeTargetOptions,
  type ResolveRelativeTargetResult,
  resolveRelativeTarget,
} from './resolveRelativeTarget.js';
export {
  type RuleCondition,
  type RuleStatusInput,
  type RuleStatusResult,
  ruleStatus,
  type StatusRule,
} from './ruleStatus.js';
export {
  type ScoreProgressDisplay,
  type ScoreProgressOptions,
  type ScoreProgressResult,
  type ScoreProgressScored,
  type ScoreProgressUnscored,
  scoreProgress,
} from './scoreProgress.js';
export {
  type HysteresisStep,
  type WithHysteresisOptions,
  type WithHysteresisResult,
  withHysteresis,
} from './withHysteresis.js';
