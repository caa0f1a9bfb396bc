import * as z from 'zod';
import { IdSchema } from './IdSchema.js';

/**
 * Who is accountable: a department, a team or a person, optionally inside a parent owner. Accountability
 * rolls up this tree (a person's indicators count for their team and department).
 *
 * @example
 * ```ts
 * import { OwnerSchema } from 'civic-metrics';
 * OwnerSchema.parse({ id: 'dpw', name: 'Department of Public Works', kind: 'department' }).kind;
 * // => 'department'
 * ```
 */
export const OwnerSchema = z
  .strictObject({
    id: IdSchema.describe('Unique id of the owner within the plan.'),
    name: z.string().min(1).describe('Display name, e.g. "Department of Public Works".'),
    kind: z.enum(['department', 'team', 'person']).describe('What kind of owner this is.'),
    parentId: IdSchema.optional().describe('Id of the owner this one belongs to (a team in a department).'),
    email: z.string().optional().describe('Contact address for late-data reminders.'),
  })
  .describe('An accountable owner: department, team or person.');

/**
 * An accountable owner (output of {@link OwnerSchema}).
 *
 * @example
 * ```ts
 * import type { Owner } from 'civic-metrics';
 * const team: Owner = { id: 'dpw-streets', name: 'Street Maintenance', kind: 'team', parentId: 'dpw' };
 * ```
 */
export type Owner = z.infer<typeof OwnerSchema>;
