/**
 * Published progress-assessment methods, each its own pure function faithful to its publisher: SDSN (SDG
 * Index, dashboards and trend arrows), Open SDG / Statistics Canada, the UNSD progress chart as adapted by
 * Eustat, Eurostat, UN ESCAP, Destatis weather symbols and OKR grading, plus OECD's distance
 * (reconstructed) and an NYC MMR-style trend (assumed rule). See docs/methods.md.
 */
export {
  type DestatisSymbol,
  type DestatisThresholds,
  type DestatisWeatherOptions,
  type DestatisWeatherResult,
  destatisWeather,
} from './destatisWeather.js';
export {
  type EscapAnticipatedProgressOptions,
  type EscapAnticipatedProgressResult,
  type EscapExtrapolation,
  type EscapThresholds,
  escapAnticipatedProgress,
} from './escapAnticipatedProgress.js';
export {
  type EscapCurrentStatusOptions,
  type EscapCurrentStatusResult,
  escapCurrentStatus,
} from './escapCurrentStatus.js';
export {
  type EurostatProgressOptions,
  type EurostatProgressResult,
  type EurostatStatus,
  type EurostatThresholds,
  eurostatProgress,
} from './eurostatProgress.js';
export { type NycMmrTrendOptions, type NycMmrTrendResult, nycMmrTrend } from './nycMmrTrend.js';
export { type OecdDistanceOptions, type OecdDistanceResult, oecdDistance } from './oecdDistance.js';
export {
  doerrOkrBands,
  type OkrColourBand,
  type OkrColourOptions,
  type OkrColourResult,
  okrColour,
} from './okrColour.js';
export {
  type OkrGradeOptions,
  type OkrGradeResult,
  type OkrKeyResult,
  type OkrKeyResultGrade,
  okrGrade,
} from './okrGrade.js';
export {
  type OpenSdgAggregateItem,
  type OpenSdgAggregateOptions,
  type OpenSdgAggregateResult,
  openSdgAggregate,
} from './openSdgAggregate.js';
export {
  type AnnualValue,
  type OpenSdgProgressOptions,
  type OpenSdgProgressResult,
  type OpenSdgStatus,
  type OpenSdgUnavailableReason,
  openSdgProgress,
} from './openSdgProgress.js';
export { type SdsnColour, type SdsnColourOptions, type SdsnColourResult, sdsnColour } from './sdsnColour.js';
export {
  type SdsnGoalColourOptions,
  type SdsnGoalColourResult,
  type SdsnGoalIndicator,
  type SdsnGoalWorstIndicator,
  sdsnGoalColour,
} from './sdsnGoalColour.js';
export { type SdsnMeanResult, sdsnGoalScore } from './sdsnGoalScore.js';
export { sdsnIndex } from './sdsnIndex.js';
export { type SdsnScoreOptions, type SdsnScoreResult, sdsnScore } from './sdsnScore.js';
export {
  type SdsnTrend,
  type SdsnTrendOptions,
  type SdsnTrendPoints,
  type SdsnTrendResult,
  sdsnTrend,
} from './sdsnTrend.js';
export {
  type UnsdProgressOptions,
  type UnsdProgressResult,
  type UnsdThresholds,
  unsdProgress,
} from './unsdProgress.js';
