/**
 * Every literal `code` a civic-metrics error or validation issue can carry, so callers can `switch` on them.
 *
 * - Thrown by functions (programmer errors): `invalid_argument`, `mismatched_lengths`, `invalid_period`,
 *   `missing_calendar`, `frequency_mismatch`, `duplicate_observation`, `incompatible_units`,
 *   `validation_failed` (a {@link ValidationError} carrying many issues).
 * - Issues inside a {@link ValidationError}: the structural codes of zod 4 (`invalid_type`, `too_small`,
 *   `too_big`, `invalid_format`, `invalid_value`, `unrecognized_keys`, `invalid_union`, `invalid_key`,
 *   `invalid_element`, `not_multiple_of`, `custom`) and the plan rules of civic-metrics (`duplicate_id`,
 *   `unknown_reference`, `cycle`, `frequency_mismatch`, `invalid_period`, `missing_calendar`,
 *   `duplicate_observation`, `invalid_range`, `non_finite`, `out_of_range`, `unknown_dimension`,
 *   `unknown_dimension_value`, `forbidden_key`, `incompatible_units`).
 *
 * @example
 * ```ts
 * import { errorCodes } from 'civic-metrics';
 * errorCodes.includes('duplicate_id');
 * // => true
 * ```
 */
export const errorCodes = [
  'invalid_argument',
  'mismatched_lengths',
  'invalid_period',
  'missing_calendar',
  'frequency_mismatch',
  'duplicate_observation',
  'incompatible_units',
  'validation_failed',
  'invalid_type',
  'too_small',
  'too_big',
  'invalid_format',
  'invalid_value',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'not_multiple_of',
  'custom',
  'duplicate_id',
  'unknown_reference',
  'cycle',
  'invalid_range',
  'non_finite',
  'out_of_range',
  'unknown_dimension',
  'unknown_dimension_value',
  'forbidden_key',
] as const;

/**
 * A literal error or issue code; see {@link errorCodes}.
 *
 * @example
 * ```ts
 * import type { ErrorCode } from 'civic-metrics';
 * const code: ErrorCode = 'invalid_period';
 * ```
 */
export type ErrorCode = (typeof errorCodes)[number];
