import * as z from 'zod';
import { CalendarSchema } from './CalendarSchema.js';
import { GoalSchema } from './GoalSchema.js';
import { IdSchema } from './IdSchema.js';
import { IndicatorSchema } from './IndicatorSchema.js';
import { ObservationSchema } from './ObservationSchema.js';
import { OwnerSchema } from './OwnerSchema.js';

/**
 * The shape of a performance plan: its fiscal calendar, owners, goal tree, indicators and observations.
 * This schema checks shape only; {@link parsePlan} also checks the rules that span the plan (unique ids,
 * references, cycles, period labels, duplicates, units), so always parse plans with it.
 *
 * @example
 * ```ts
 * import { PlanSchema } from 'civic-metrics';
 * PlanSchema.parse({ id: 'city', name: 'City plan' }).calendar;
 * // => { fiscalYearStartMonth: 1, fiscalYearNaming: 'end' }
 * ```
 */
export const PlanSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Optional JSON Schema reference, ignored.'),
    id: IdSchema.describe('Id of the plan.'),
    name: z.string().min(1).describe('Name of the plan, e.g. "Healthy Neighborhoods Plan 2024".'),
    description: z.string().optional(),
    calendar: CalendarSchema.default({ fiscalYearStartMonth: 1, fiscalYearNaming: 'end' }),
    owners: z.array(OwnerSchema).default([]),
    goals: z.array(GoalSchema).default([]),
    indicators: z.array(IndicatorSchema).default([]),
    observations: z.array(ObservationSchema).default([]),
  })
  .describe('A performance plan: calendar, owners, goals, indicators and observations.');

/**
 * A validated plan (output of {@link parsePlan}).
 *
 * @example
 * ```ts
 * import type { Plan } from 'civic-metrics';
 * const empty: Plan = {
 *   id: 'p', name: 'Plan', calendar: { fiscalYearStartMonth: 7, fiscalYearNaming: 'end' },
 *   owners: [], goals: [], indicators: [], observations: [],
 * };
 * ```
 */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * A plan as authored, before defaults are applied (input of {@link parsePlan}).
 *
 * @example
 * ```ts
 * import type { PlanInput } from 'civic-metrics';
 * const draft: PlanInput = { id: 'p', name: 'Plan' };
 * ```
 */
export type PlanInput = z.input<typeof PlanSchema>;
