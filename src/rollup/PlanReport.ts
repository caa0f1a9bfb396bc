import * as z from 'zod';
import {
  AggregationSchema,
  FrequencySchema,
  MissingPolicySchema,
  PolaritySchema,
  RollupMethodSchema,
} from '../model/enums.js';
import { ToleranceSchema } from '../model/TargetSchema.js';
import { UnitSchema } from '../model/UnitSchema.js';

const num = z.number();
const nnum = z.number().nullable();
const nstr = z.string().nullable();

/** The shared explanation shape (see the scoring area's `Explanation`). */
const ExplanationSchema = z
  .strictObject({
    method: z.string(),
    summary: z.string(),
    inputs: z.record(z.string(), z.unknown()),
    intermediate: z.record(z.string(), z.union([z.number(), z.string(), z.boolean(), z.null()])),
    rule: z
      .strictObject({
        id: z.string(),
        description: z.string(),
        thresholds: z.record(z.string(), nnum).optional(),
      })
      .optional(),
    source: z.string().optional(),
  })
  .describe(
    'Why a figure came out as it did: inputs, intermediate quantities, the rule that fired, the source.',
  );

const CoverageSchema = z
  .strictObject({ expected: num, present: num, ratio: num })
  .describe('Sub-periods expected and present in an aggregated window.');

const ChangeSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('ok'),
      period: z.string(),
      referencePeriod: z.string(),
      absolute: num,
      percent: nnum.describe('(current − reference) / |reference|; null for a zero reference.'),
      direction: z.enum(['up', 'down', 'flat']),
      assessment: z.enum(['improved', 'worsened', 'unchanged']).nullable(),
    }),
    z.strictObject({
      status: z.literal('no_data'),
      reason: z.string(),
      referencePeriod: nstr,
    }),
  ])
  .describe('A change since an earlier period (scoring changeSince).');

const TrendSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('ok'),
      direction: z.enum(['increasing', 'decreasing', 'no trend']),
      reading: z.enum(['improving', 'worsening', 'no_significant_change', 'not_applicable']),
      p: nnum,
      tau: num,
      slope: num.describe("Sen's slope per period."),
      n: num,
      alpha: num,
    }),
    z.strictObject({ status: z.literal('insufficient_data'), required: num, received: num }),
    z.strictObject({ status: z.literal('off') }),
  ])
  .describe('Mann-Kendall trend with Sen’s slope over the history, read against the polarity.');

const SpcSchema = z
  .discriminatedUnion('status', [
    z.strictObject({
      status: z.literal('ok'),
      variationIcon: z.enum([
        'common_cause',
        'improvement_high',
        'improvement_low',
        'concern_high',
        'concern_low',
        'neutral_high',
        'neutral_low',
      ]),
      assuranceIcon: z.enum(['pass', 'fail', 'hit_or_miss']).nullable(),
      mean: num,
      lcl: num,
      ucl: num,
      n: num,
      target: nnum.describe('The per-period target the assurance icon was read against.'),
    }),
    z.strictObject({
      status: z.literal('insufficient_data'),
      reason: z.string(),
      required: num,
      received: num,
    }),
    z.strictObject({ status: z.literal('off') }),
  ])
  .describe('XmR chart of the history: variation and assurance icons.');

const FreshnessSchema = z
  .strictObject({
    status: z.enum(['on_time', 'late', 'missing', 'not_due']),
    expectedPeriod: nstr.describe('The latest period whose figure is due by asOf.'),
    dueDate: nstr.describe("That period's due date (end + reporting lag)."),
    latestPeriod: nstr.describe('The latest period with a value.'),
    periodsOverdue: nnum.describe('Periods due but not reported since the latest one (late data).'),
  })
  .describe('Whether the data is in on time.');

const EquitySchema = z
  .strictObject({
    status: z.enum(['equitable', 'disparity', 'insufficient_data', 'not_comparable']),
    reason: nstr,
    groups: num,
    missing: z.array(z.string()),
    best: z.strictObject({ group: z.string(), value: num }).nullable(),
    worst: z.strictObject({ group: z.string(), value: num }).nullable(),
    difference: nnum,
    differenceExact: nstr,
    ratio: nnum,
    parity: nnum,
    threshold: num,
  })
  .describe('Gap between the best- and worst-off groups (equityGap).');

const GroupSchema = z.strictObject({
  group: z.string(),
  latest: z.strictObject({ period: z.string(), value: num }).nullable(),
  comparisonValue: nnum,
  score: nnum,
  status: z.string(),
});

const DimensionReportSchema = z
  .strictObject({
    dimension: z.string(),
    name: nstr,
    period: nstr.describe('The period the groups are compared at: the latest with data for any group.'),
    groups: z.array(GroupSchema),
    equity: EquitySchema,
  })
  .describe('One disaggregation dimension: the groups scored like the total, and the equity gap.');

/**
 * The report of one indicator in a {@link PlanReport}: latest figure, target in force, the comparison and
 * its score and status, changes, trend, SPC icons, data freshness, disaggregation and the explanation.
 *
 * @example
 * ```ts
 * import { IndicatorReportSchema } from 'civic-metrics/rollup';
 * IndicatorReportSchema.shape.freshness.shape.status.options;
 * // => ['on_time', 'late', 'missing', 'not_due']
 * ```
 */
export const IndicatorReportSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    ownerId: nstr,
    goalIds: z.array(z.string()).describe('Goals the indicator is a child of.'),
    unit: UnitSchema,
    polarity: PolaritySchema,
    frequency: FrequencySchema,
    aggregation: AggregationSchema,
    decimals: nnum,
    latest: z
      .strictObject({
        period: z.string(),
        value: num,
        exact: z.string(),
        observationStatus: z.enum(['final', 'provisional', 'estimated']),
        derived: z
          .boolean()
          .describe('Aggregated from a complete breakdown by one dimension (no total reported).'),
      })
      .nullable(),
    target: z
      .strictObject({
        period: z.string(),
        value: nnum,
        exact: nstr,
        range: z.strictObject({ min: num, max: num }).nullable(),
        tolerance: ToleranceSchema.nullable(),
        basis: z.enum(['current', 'most_recent', 'upcoming']),
      })
      .nullable()
      .describe('The target in force.'),
    comparison: z
      .strictObject({
        period: z.string(),
        basis: z.enum(['latest', 'period_to_date']),
        value: nnum,
        exact: nstr,
        target: nnum.describe('The target compared with (pro-rated for sums); null for a range.'),
        targetExact: nstr.describe('The same as an exact decimal string.'),
        proRated: nnum.describe('The pro-rating factor present/expected of a sum; null when not pro-rated.'),
        coverage: CoverageSchema.nullable(),
      })
      .nullable()
      .describe('What was compared with the target.'),
    progress: z.strictObject({
      status: z.enum(['ok', 'no_data', 'no_target', 'not_comparable']),
      reason: nstr,
      achieved: z.boolean().nullable(),
      withinTolerance: z.boolean().nullable(),
      percentOfTarget: nnum,
      gapClosed: nnum,
      remaining: nnum,
      difference: nnum,
      display: z.record(z.string(), nstr).nullable(),
    }),
    score: nnum.describe('The score rolled up into goals (percent of target, before bounds).'),
    status: z.string().describe("The status under the report's scheme, or a data status."),
    change: z.strictObject({ previous: ChangeSchema, samePeriodLastYear: ChangeSchema }),
    trend: TrendSchema,
    spc: SpcSchema,
    freshness: FreshnessSchema,
    disaggregation: z.array(DimensionReportSchema),
    explanation: ExplanationSchema,
  })
  .describe('One indicator of the plan, evaluated.');

/**
 * An indicator's report (see {@link IndicatorReportSchema}).
 *
 * @example
 * ```ts
 * import type { IndicatorReport } from 'civic-metrics/rollup';
 * const freshness: IndicatorReport['freshness']['status'] = 'late';
 * ```
 */
export type IndicatorReport = z.infer<typeof IndicatorReportSchema>;

const RollupCoverageSchema = z.strictObject({
  children: num,
  counted: num,
  withData: num,
  ratio: nnum,
  weightRatio: nnum,
  missing: z.array(z.string()),
});

const TotalSchema = z.strictObject({
  value: nnum,
  exact: nstr,
  target: nnum,
  targetExact: nstr,
  unit: nstr,
  polarity: z.enum(['increase', 'decrease']).nullable(),
});

/**
 * The report of one goal in a {@link PlanReport}: its rolled-up score and status, coverage, children with
 * their weights, shares and inputs, and the drivers that pull it below target.
 *
 * @example
 * ```ts
 * import { GoalReportSchema } from 'civic-metrics/rollup';
 * GoalReportSchema.shape.children.element.shape.kind.options;
 * // => ['goal', 'indicator']
 * ```
 */
export const GoalReportSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    ownerId: nstr,
    parentIds: z.array(z.string()),
    depth: num.describe('Shortest distance from a root goal (0 for roots).'),
    method: RollupMethodSchema,
    missing: MissingPolicySchema,
    score: nnum,
    status: z.string(),
    reason: nstr,
    coverage: RollupCoverageSchema,
    total: TotalSchema.nullable(),
    children: z.array(
      z.strictObject({
        kind: z.enum(['goal', 'indicator']),
        id: z.string(),
        name: z.string(),
        weight: num,
        share: num,
        input: nnum,
        state: z.enum(['counted', 'missing', 'zeroed', 'excluded']),
        score: nnum,
        status: z.string(),
        total: z.strictObject({ exact: nstr }).nullable(),
      }),
    ),
    drivers: z.array(
      z.strictObject({
        kind: z.enum(['goal', 'indicator']),
        id: z.string(),
        name: z.string(),
        shortfall: num,
        share: num,
        input: num,
        measure: z.enum(['score', 'value']),
      }),
    ),
    explanation: ExplanationSchema,
  })
  .describe('One goal of the plan, rolled up from its children.');

/**
 * A goal's report (see {@link GoalReportSchema}).
 *
 * @example
 * ```ts
 * import type { GoalReport } from 'civic-metrics/rollup';
 * const method: GoalReport['method'] = 'two_worst';
 * ```
 */
export type GoalReport = z.infer<typeof GoalReportSchema>;

const CountsSchema = z.record(z.string(), num);

/**
 * The report of one owner (department, team, person) in a {@link PlanReport}: its own indicators and
 * goals, and over its whole subtree of the owner tree, the counts by status and freshness, who is behind
 * and which data is late or missing.
 *
 * @example
 * ```ts
 * import { OwnerReportSchema } from 'civic-metrics/rollup';
 * Object.keys(OwnerReportSchema.shape.subtree.shape);
 * // => ['ownerIds', 'indicators', 'goals', 'byStatus', 'byFreshness', 'onTrackShare']
 * ```
 */
export const OwnerReportSchema = z
  .strictObject({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['department', 'team', 'person']),
    parentId: nstr,
    childIds: z.array(z.string()),
    depth: num,
    indicatorIds: z.array(z.string()).describe('Indicators this owner owns directly.'),
    goalIds: z.array(z.string()).describe('Goals this owner owns directly.'),
    subtree: z.strictObject({
      ownerIds: z.array(z.string()).describe('This owner and everyone below it.'),
      indicators: num,
      goals: num,
      byStatus: CountsSchema,
      byFreshness: CountsSchema,
      onTrackShare: nnum.describe('Share of the scored indicators on track or achieved.'),
    }),
    behind: z.array(z.strictObject({ id: z.string(), ownerId: z.string(), status: z.string(), score: nnum })),
    lateData: z.array(
      z.strictObject({
        id: z.string(),
        ownerId: z.string(),
        status: z.enum(['late', 'missing']),
        expectedPeriod: nstr,
        dueDate: nstr,
        periodsOverdue: nnum,
      }),
    ),
  })
  .describe('One owner, with accountability rolled up its part of the owner tree.');

/**
 * An owner's report (see {@link OwnerReportSchema}).
 *
 * @example
 * ```ts
 * import type { OwnerReport } from 'civic-metrics/rollup';
 * const kind: OwnerReport['kind'] = 'department';
 * ```
 */
export type OwnerReport = z.infer<typeof OwnerReportSchema>;

/**
 * The shape of {@link evaluatePlan}'s result: the whole accountability picture of a plan as of a date.
 * Plain JSON, deterministic (same plan and options, same report), versioned by `format`. Published as JSON
 * Schema by {@link reportJsonSchema} and in the package as `civic-metrics/report.schema.json`.
 *
 * @example
 * ```ts
 * import { PlanReportSchema } from 'civic-metrics/rollup';
 * PlanReportSchema.shape.format.value;
 * // => 'civic-metrics/plan-report@1'
 * ```
 */
export const PlanReportSchema = z
  .strictObject({
    format: z.literal('civic-metrics/plan-report@1'),
    planId: z.string(),
    planName: z.string(),
    asOf: z.string().describe('The day the report is as of, YYYY-MM-DD.'),
    scheme: z.string().describe('Id of the band scheme used for statuses.'),
    summary: z.strictObject({
      indicators: num,
      goals: num,
      owners: num,
      indicatorsByStatus: CountsSchema,
      indicatorsByFreshness: CountsSchema,
      goalsByStatus: CountsSchema,
    }),
    indicators: z.array(IndicatorReportSchema),
    goals: z.array(GoalReportSchema),
    owners: z.array(OwnerReportSchema),
    unassigned: z.strictObject({
      indicatorIds: z.array(z.string()),
      goalIds: z.array(z.string()),
    }),
  })
  .describe('civic-metrics plan report: every indicator, goal and owner evaluated as of a date.');

/**
 * A plan report (output of {@link evaluatePlan}; see {@link PlanReportSchema}).
 *
 * @example
 * ```ts
 * import type { PlanReport } from 'civic-metrics/rollup';
 * const format: PlanReport['format'] = 'civic-metrics/plan-report@1';
 * ```
 */
export type PlanReport = z.infer<typeof PlanReportSchema>;
