import * as z from 'zod';
import { PlanSchema } from './PlanSchema.js';

/**
 * The plan format as a JSON Schema (draft 2020-12), generated from {@link PlanSchema}, so that tools in
 * other languages can validate plans. It describes the authored form (defaults optional). The same schema
 * ships in the package as `civic-metrics/plan.schema.json`. JSON Schema cannot express the cross-field
 * rules of {@link parsePlan} (references, cycles, period labels), so a plan valid against it may still be
 * rejected by `parsePlan`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * import { planJsonSchema } from 'civic-metrics';
 * planJsonSchema().required;
 * // => ['id', 'name']
 * ```
 */
export function planJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanSchema, { target: 'draft-2020-12', io: 'input' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: 'urn:civic-metrics:plan',
    title: 'civic-metrics performance plan',
    ...schema,
  };
}
