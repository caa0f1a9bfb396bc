/**
 * civic-metrics/spc: statistical process control on plain number series. XmR, run, p and u charts with
 * the NHS Making Data Count, Anhøj, Western Electric and Nelson rules, variation and assurance icons, and
 * faceting over many series. Imports nothing from the plan model.
 *
 * @packageDocumentation
 */

export type { SeriesInput } from '../internal/readSeries.js';
export type {
  AttributeChart,
  AttributeChartOptions,
  AttributeChartOptionsUsed,
  AttributeChartResult,
  AttributePoint,
  AttributeSegment,
} from './AttributeChart.js';
export { type AnhoejRunsOptions, type AnhoejRunsResult, anhoejRuns } from './anhoejRuns.js';
export { type AnhoejThresholdsResult, anhoejThresholds } from './anhoejThresholds.js';
export { type AssuranceIconInput, assuranceIcon } from './assuranceIcon.js';
export {
  type ControlChartFacet,
  type ControlChartKind,
  type ControlChartsOptions,
  type ControlChartsResult,
  controlCharts,
} from './controlCharts.js';
export { nelsonRules } from './nelsonRules.js';
export { patternMembers } from './patternMembers.js';
export { pChart } from './pChart.js';
export {
  type RunChart,
  type RunChartOptions,
  type RunChartOptionsUsed,
  type RunChartPoint,
  type RunChartResult,
  type RunChartSegment,
  runChart,
} from './runChart.js';
export { type PatternLengthOptions, shiftEnds } from './shiftEnds.js';
export { trendEnds } from './trendEnds.js';
export { twoInThreeFlags } from './twoInThreeFlags.js';
export { twoInThreeWindows } from './twoInThreeWindows.js';
export type {
  AnhoejRule,
  AssuranceIcon,
  Improvement,
  InsufficientSpcData,
  NelsonRule,
  NhsRule,
  RuleSignals,
  SpcRule,
  SpcRuleset,
  SpecialCause,
  VariationIcon,
  WesternElectricRule,
} from './types.js';
export { uChart } from './uChart.js';
export { variationIcon } from './variationIcon.js';
export { westernElectricRules, type ZoneRulesOptions, type ZoneRulesResult } from './westernElectricRules.js';
export {
  type XmrChart,
  type XmrChartOptions,
  type XmrChartOptionsUsed,
  type XmrChartResult,
  type XmrPoint,
  type XmrSegment,
  xmrChart,
} from './xmrChart.js';
