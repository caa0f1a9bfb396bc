/**
 * civic-metrics/trend: non-parametric trend tests (the Mann-Kendall family), Sen's slope and least-squares
 * trends on plain number series. Imports nothing from the plan model.
 *
 * @packageDocumentation
 */

export {
  type CorrelatedMannKendallOptions,
  type CorrelatedMannKendallResult,
  correlatedMultivariateMannKendall,
} from './correlatedMultivariateMannKendall.js';
export {
  type CorrelatedSeasonalMannKendallOptions,
  correlatedSeasonalMannKendall,
} from './correlatedSeasonalMannKendall.js';
export { type LinearTrendOptions, type LinearTrendResult, linearTrend } from './linearTrend.js';
export {
  type MannKendallOptions,
  type MannKendallResult,
  type MannKendallVariant,
  mannKendall,
} from './mannKendall.js';
export {
  type MultivariateMannKendallOptions,
  type MultivariateMannKendallResult,
  multivariateMannKendall,
} from './multivariateMannKendall.js';
export {
  type PartialMannKendallOptions,
  type PartialMannKendallResult,
  partialMannKendall,
} from './partialMannKendall.js';
export {
  type SeasonalMannKendallOptions,
  type SeasonalMannKendallResult,
  type SeasonStatistic,
  seasonalMannKendall,
} from './seasonalMannKendall.js';
export {
  type SeasonalSensSlopeOptions,
  type SeasonalSensSlopeResult,
  seasonalSensSlope,
} from './seasonalSensSlope.js';
export { type SensSlopeOptions, type SensSlopeResult, sensSlope } from './sensSlope.js';
export type { TrendSeries } from './TrendSeries.js';
export type { TrendTimeInput, TrendTimeUnit } from './TrendTimeInput.js';
export type {
  InsufficientTrendData,
  TrendDirection,
  TrendWarning,
  TrendWarningCode,
} from './TrendWarning.js';
