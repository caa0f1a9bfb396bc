import { type SafeParsePlanResult, validatePlan } from './parsePlan.js';

/**
 * Validates a plan like {@link parsePlan}, but returns `{ success: false, error }` instead of throwing,
 * where `error` is the {@link ValidationError} listing every issue.
 *
 * @param input - The plan, e.g. `JSON.parse(text)`.
 * @returns `{ success: true, data }` or `{ success: false, error }`.
 * @example
 * ```ts
 * import { safeParsePlan } from 'civic-metrics';
 * const result = safeParsePlan({ id: 'p', name: 'Plan', goals: [{ id: 'g', name: 'G', children: [{ goalId: 'g' }] }] });
 * result.success ? [] : result.error.issues.map((issue) => issue.code);
 * // => ['cycle']
 * ```
 */
export function safeParsePlan(input: unknown): SafeParsePlanResult {
  return validatePlan('safeParsePlan', input);
}
