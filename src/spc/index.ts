/**
 * civic-metrics/spc: statistical process control on plain number series. XmR, run, p and u charts with
 * the NHS Making Data Count, Anhøj, Western Electric and Nelson rules, variation and assurance icons, and
 * faceting over many series. Imports nothing from the plan model.
 *
 * @packageDocumentation
 */
export { type AssuranceIconInput, assuranceIcon } from './assuranceIcon.js';
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
export { variationIcon } from './variationIcon.js';
export {
  type XmrChart,
  type XmrChartOptions,
  type XmrChartOptionsUsed,
  type XmrChartResult,
  type XmrPoint,
  type XmrSegment,
  xmrChart,
} from './xmrChart.js';
