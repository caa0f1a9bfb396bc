import * as z from 'zod';

/**
 * An id of an owner, goal or indicator: 1-200 characters, no leading or trailing spaces. Ids are compared
 * exactly (case-sensitive).
 *
 * @example
 * ```ts
 * import { IdSchema } from 'civic-metrics';
 * IdSchema.safeParse(' blight').success;
 * // => false
 * ```
 */
export const IdSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^\S(?:.*\S)?$/, { message: 'an id without leading or trailing spaces' })
  .describe('An id: 1-200 characters, no leading or trailing spaces.');
