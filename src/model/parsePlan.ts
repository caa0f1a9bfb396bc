import { ValidationError, type ValidationIssue } from '../errors/ValidationError.js';
import { checkPlanRules } from './internal/checkPlanRules.js';
import { fromZodIssues } from './internal/zodIssues.js';
import { type Plan, PlanSchema } from './PlanSchema.js';

/**
 * The result of {@link safeParsePlan}: the plan, or the {@link ValidationError} listing every problem.
 *
 * @example
 * ```ts
 * import type { SafeParsePlanResult } from 'civic-metrics';
 * const failed: SafeParsePlanResult['success'] = false;
 * ```
 */
export type SafeParsePlanResult = { success: true; data: Plan } | { success: false; error: ValidationError };

/** Runs the shape check and the plan rules, collecting every issue. */
export function validatePlan(fn: string, input: unknown): SafeParsePlanResult {
  const shape = PlanSchema.safeParse(input);
  const issues: ValidationIssue[] = shape.success ? [] : fromZodIssues(fn, shape.error, input);
  issues.push(...checkPlanRules(fn, shape.success ? shape.data : input));
  if (issues.length > 0 || !shape.success) return { success: false, error: new ValidationError(fn, issues) };
  return { success: true, data: shape.data };
}

/**
 * Validates a performance plan (parsed JSON or a plain object) and returns it with defaults applied.
 *
 * Beyond the shape of every field ({@link PlanSchema}), it checks: duplicate ids (per kind); references to
 * unknown owners, goals or indicators; cycles in the goal tree and the owner tree; period labels that do
 * not exist (`2023-02-29`) or do not match the indicator's frequency; duplicate observations for the same
 * indicator, period and dimension values (naming both); range targets with min > max, range targets on
 * non-range indicators and point targets on range indicators; non-finite numbers; percentages outside
 * 0-100 unless the unit allows it; dimension keys and values the indicator does not declare; `sum`
 * aggregations of non-additive units (percentages, rates) and `sum` rollups over mixed units; ratio
 * indicators without numerators and denominators; `__proto__`, `constructor` and `prototype` keys.
 *
 * The input is never mutated, and the output shares no object with it; time is linear in the plan's size.
 *
 * @param input - The plan, e.g. `JSON.parse(text)`.
 * @returns The validated {@link Plan}.
 * @throws {@link ValidationError} (code `validation_failed`) listing every issue with its code and path.
 * @example
 * ```ts
 * import { parsePlan } from 'civic-metrics';
 * const plan = parsePlan({
 *   id: 'city',
 *   name: 'City plan',
 *   calendar: { fiscalYearStartMonth: 7 },
 *   indicators: [{
 *     id: 'inspection-days', name: 'Days to inspection', polarity: 'decrease', frequency: 'fiscal-year',
 *     aggregation: 'mean', unit: { type: 'duration', timeUnit: 'days' },
 *   }],
 *   observations: [{ indicatorId: 'inspection-days', period: 'FY2024', value: 160 }],
 * });
 * plan.observations[0]?.status;
 * // => 'final'
 * ```
 */
export function parsePlan(input: unknown): Plan {
  const result = validatePlan('parsePlan', input);
  if (!result.success) throw result.error;
  return result.data;
}
