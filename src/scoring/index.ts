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
export {
  type BaselineForecastOptions,
  type BaselineForecastResult,
  baselineForecast,
  type ForecastPoint,
} from './baselineForecast.js';
export { type ChangeSinceOptions, type ChangeSinceResult, changeSince } from './changeSince.js';
export {
  type ChangeSinceAverageOptions,
  type ChangeSinceAverageResult,
  changeSinceAverage,
} from './changeSinceAverage.js';
export { defaultRagScheme, type RagStatus } from './defaultRagScheme.js';
export type { Explanation, ExplanationRule } from './Explanation.js';
export {
  type HistoricalTargetInput,
  type HistoricalTargetOptions,
  type HistoricalTargetResult,
  historicalTarget,
} from './historicalTarget.js';
export { type LinearScoreOptions, type LinearScoreResult, linearScore } from './linearScore.js';
export { type MadsFromMedianOptions, type MadsFromMedianResult, madsFromMedian } from './madsFromMedian.js';
export * from './methods/index.js';
export type { PeriodValue } from './PeriodValue.js';
export type { ProgressPolarity, RangeTarget } from './ProgressPolarity.js';
export {
  type ProjectAttainmentOptions,
  type ProjectAttainmentProjected,
  type ProjectAttainmentResult,
  projectAttainment,
} from './projectAttainment.js';
export { type RbaQuadrant, type RbaQuestionResult, rbaQuestion } from './rbaQuestion.js';
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
export { type StreakOptions, type StreakResult, streak } from './streak.js';
export {
  type TargetPathOptions,
  type TargetPathPoint,
  type TargetPathResult,
  targetPath,
} from './targetPath.js';
export {
  type TrajectoryStatusOptions,
  type TrajectoryStatusResult,
  trajectoryStatus,
} from './trajectoryStatus.js';
export {
  type CurvePeriod,
  type TurnTheCurveOptions,
  type TurnTheCurveResult,
  turnTheCurve,
} from './turnTheCurve.js';
export {
  type HysteresisStep,
  type WithHysteresisOptions,
  type WithHysteresisResult,
  withHysteresis,
} from './withHysteresis.js';
