import * as z from 'zod';
import { PlanReportSchema } from './PlanReport.js';

/**
 * The plan report format ({@link PlanReport}, the result of {@link evaluatePlan}) as a JSON Schema (draft
 * 2020-12), generated from {@link PlanReportSchema}, so that dashboards and tools in other languages can
 * read reports with a documented shape. The same schema ships in the package as
 * `civic-metrics/report.schema.json`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * ```ts
 * import { reportJsonSchema } from 'civic-metrics/rollup';
 * reportJsonSchema().$id;
 * // => 'urn:civic-metrics:plan-report'
 * ```
 */
export function reportJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(PlanReportSchema, { target: 'draft-2020-12', io: 'output' }) as Record<
    string,
    unknown
  >;
  return {
    $schema: schema.$schema,
    $id: 'urn:civic-metrics:plan-report',
    title: 'civic-metrics plan report',
    ...schema,
  };
}
