/**
 * civic-metrics/model: the validated data model of performance plans (zod 4 schemas and their types).
 *
 * @packageDocumentation
 */
export { type Calendar, CalendarSchema } from './CalendarSchema.js';
export { type Dimension, DimensionSchema } from './DimensionSchema.js';
export {
  AggregationSchema,
  FrequencySchema,
  type MissingPolicy,
  MissingPolicySchema,
  type Polarity,
  PolaritySchema,
  type RollupMethod,
  RollupMethodSchema,
} from './enums.js';
export {
  type Goal,
  type GoalChild,
  GoalChildSchema,
  GoalSchema,
  type WeightStep,
  WeightStepSchema,
} from './GoalSchema.js';
export { IdSchema } from './IdSchema.js';
export { type Indicator, IndicatorSchema } from './IndicatorSchema.js';
export { type NumericValue, NumericValueSchema } from './NumericValueSchema.js';
export { type Observation, ObservationSchema } from './ObservationSchema.js';
export { type Owner, OwnerSchema } from './OwnerSchema.js';
export {
  type ObservationsFromRowsMapping,
  type ObservationsFromRowsOptions,
  type ObservationsFromRowsResult,
  observationsFromRows,
  type RowIssue,
  type TableCell,
} from './observationsFromRows.js';
export { type Plan, type PlanInput, PlanSchema } from './PlanSchema.js';
export { parsePlan, type SafeParsePlanResult } from './parsePlan.js';
export { planJsonSchema } from './planJsonSchema.js';
export { safeParsePlan } from './safeParsePlan.js';
export {
  type Baseline,
  BaselineSchema,
  RangeSchema,
  type Target,
  TargetSchema,
  type Tolerance,
  ToleranceSchema,
} from './TargetSchema.js';
export { type Unit, UnitSchema } from './UnitSchema.js';
