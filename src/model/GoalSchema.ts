import * as z from 'zod';
import { MissingPolicySchema, RollupMethodSchema } from './enums.js';
import { IdSchema } from './IdSchema.js';

/**
 * One step of a goal child's effective-dated weight: from the first day of `from` (a date `YYYY-MM-DD` or a
 * period label such as `FY2025`) on, the child weighs `weight`, until the next step. Before the first step
 * the weight is 0 (the child is not yet part of the goal).
 *
 * @example
 * ```ts
 * import { WeightStepSchema } from 'civic-metrics';
 * WeightStepSchema.parse({ from: 'FY2025', weight: 2 }).weight;
 * // => 2
 * ```
 */
export const WeightStepSchema = z
  .strictObject({
    from: z
      .string()
      .min(1)
      .describe('First day the weight applies: YYYY-MM-DD or a period label (its first day).'),
    weight: z.number().nonnegative().describe('The weight from that day on; 0 shows without counting.'),
  })
  .describe('One step of an effective-dated weight.');

/**
 * A step of an effective-dated weight (see {@link WeightStepSchema}).
 *
 * @example
 * ```ts
 * import type { WeightStep } from 'civic-metrics';
 * const fromJuly: WeightStep = { from: '2024-07-01', weight: 2 };
 * ```
 */
export type WeightStep = z.infer<typeof WeightStepSchema>;

/**
 * One child of a goal: a sub-goal (`goalId`) or an indicator (`indicatorId`), exactly one of the two, with a
 * non-negative `weight` (default 1) used by weighted rollups: a number, or an effective-dated schedule of
 * {@link WeightStep}s in increasing order of `from`, resolved at the evaluation's `asOf` (a reweighting
 * adopted mid-year applies from its date, and earlier reports keep the old weights).
 *
 * @example
 * ```ts
 * import { GoalChildSchema } from 'civic-metrics';
 * GoalChildSchema.parse({ indicatorId: 'blighted-residences' });
 * // => { indicatorId: 'blighted-residences', weight: 1 }
 * ```
 */
export const GoalChildSchema = z
  .strictObject({
    goalId: IdSchema.optional().describe('Id of a sub-goal (give this or indicatorId).'),
    indicatorId: IdSchema.optional().describe('Id of an indicator (give this or goalId).'),
    weight: z
      .union([z.number().nonnegative(), z.array(WeightStepSchema).min(1)])
      .default(1)
      .describe(
        'Weight in weighted rollups (0 shows without counting), or a schedule of { from, weight } steps in increasing order of from.',
      ),
  })
  .describe('A child of a goal: a sub-goal or an indicator, with a weight.');

/**
 * A goal's child (see {@link GoalChildSchema}).
 *
 * @example
 * ```ts
 * import type { GoalChild } from 'civic-metrics';
 * const child: GoalChild = { goalId: 'safe-streets', weight: 2 };
 * ```
 */
export type GoalChild = z.infer<typeof GoalChildSchema>;

/**
 * A goal, objective or priority at any depth of the plan: its owner, its ordered children (sub-goals and
 * indicators, weighted), and optionally how its score rolls up from them (`rollup`, default
 * `weighted_mean`) and what to do with children without data (`missing`, default `ignore`).
 *
 * @example
 * ```ts
 * import { GoalSchema } from 'civic-metrics';
 * const goal = GoalSchema.parse({
 *   id: 'healthy-neighborhoods',
 *   name: 'Healthy neighborhoods',
 *   children: [{ indicatorId: 'blighted-residences', weight: 2 }, { indicatorId: 'inspection-days' }],
 * });
 * goal.children[1]?.weight;
 * // => 1
 * ```
 */
export const GoalSchema = z
  .strictObject({
    id: IdSchema.describe('Unique id of the goal within the plan.'),
    name: z.string().min(1).describe('Display name.'),
    description: z.string().optional(),
    ownerId: IdSchema.optional().describe('Id of the accountable owner.'),
    children: z.array(GoalChildSchema).default([]).describe('Ordered sub-goals and indicators.'),
    rollup: RollupMethodSchema.optional(),
    missing: MissingPolicySchema.optional(),
    tags: z.array(z.string()).default([]),
  })
  .describe('A goal, objective or priority.');

/**
 * A goal (output of {@link GoalSchema}).
 *
 * @example
 * ```ts
 * import type { Goal } from 'civic-metrics';
 * const goal: Goal = { id: 'g', name: 'Safe streets', children: [{ indicatorId: 'crashes', weight: 1 }], tags: [] };
 * ```
 */
export type Goal = z.infer<typeof GoalSchema>;
