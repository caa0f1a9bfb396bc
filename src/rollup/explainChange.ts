import { fail } from '../internal/assert.js';
import type { Explanation } from '../scoring/Explanation.js';
import { type ChangeContribution, decomposeChange } from './decomposeChange.js';
import type { GoalReport, PlanReport } from './PlanReport.js';

/**
 * One child's part in a goal's change, with its name and its status then and now.
 *
 * @example
 * ```ts
 * import type { ExplainChangeContribution } from 'civic-metrics/rollup';
 * const part: ExplainChangeContribution['statusBefore'] = 'at_risk';
 * ```
 */
export interface ExplainChangeContribution extends ChangeContribution {
  /** The child's display name. */
  readonly name: string;
  /** Its status in the previous report, or `null` when it was not a child then. */
  readonly statusBefore: string | null;
  /** Its status in the current report, or `null` when it is no longer a child. */
  readonly statusNow: string | null;
}

/**
 * The result of {@link explainChange}: why a goal's score moved between two reports.
 *
 * @example
 * ```ts
 * import type { ExplainChangeResult } from 'civic-metrics/rollup';
 * const reason: ExplainChangeResult['reason'] = 'not_in_previous';
 * ```
 */
export interface ExplainChangeResult {
  /** `ok`, or `not_comparable` when the goal is missing from a report or has no score in one. */
  readonly status: 'ok' | 'not_comparable';
  /** Why not: `not_in_previous`, `not_in_current`, `no_previous_score`, `no_current_score`; `null` when ok. */
  readonly reason: 'not_in_previous' | 'not_in_current' | 'no_previous_score' | 'no_current_score' | null;
  /** The goal. */
  readonly goalId: string;
  /** Its name (from the current report when there). */
  readonly name: string;
  /** The as-of days of the two reports. */
  readonly asOf: { readonly previous: string; readonly current: string };
  /** `score` (the goal's score) or `value` (the summed value of a `sum` goal). */
  readonly measure: 'score' | 'value';
  /** The goal's status then and now (`null` where absent). */
  readonly status0: string | null;
  /** The goal's status now. */
  readonly status1: string | null;
  /** Previous score (or value). */
  readonly previous: number | null;
  /** Current score (or value). */
  readonly current: number | null;
  /** current − previous. */
  readonly change: number | null;
  /** The change as a decimal string (to 30 places); the contributions' `exact` strings sum to it exactly. */
  readonly exact: string | null;
  /** Each child's contribution, largest first. */
  readonly contributions: readonly ExplainChangeContribution[];
  /** Rounding allocated to the largest contribution (see {@link decomposeChange}). */
  readonly rounding: number;
  /** A sentence for people, and the decomposition's inputs. */
  readonly explanation: Explanation;
}

const FN = 'explainChange';

function readReport(path: string, report: unknown): PlanReport {
  if (typeof report !== 'object' || report === null || !Array.isArray((report as PlanReport).goals)) {
    fail(FN, path, 'to be a plan report (the result of evaluatePlan)', report);
  }
  return report as PlanReport;
}

/**
 * Explains why a goal's score changed between two reports (the last Stat meeting's and this one's): the
 * change decomposed exactly into its children's contributions, each split into the effect of the child's
 * own score moving and the effect of its share moving (weights changed, data arrived or went missing).
 * The contributions sum exactly to the change (see {@link decomposeChange} for the formula). For a `sum`
 * goal the summed value is decomposed. To drill down, call it again on the sub-goal with the largest
 * contribution.
 *
 * @param previousReport - The earlier {@link PlanReport}.
 * @param currentReport - The later one.
 * @param goalId - The goal to explain.
 * @returns An {@link ExplainChangeResult}; `not_comparable` when the goal is in only one report or has
 *   no score in one of them.
 * @throws {ArgumentError} `invalid_argument` when a report is not a plan report, or the goal is in neither.
 * @see E. M. Kitagawa (1955), "Components of a difference between two rates", JASA 50:1168–1194.
 *
 * @example
 * ```ts
 * import { evaluatePlan, explainChange, parsePlan } from 'civic-metrics';
 * const plan = parsePlan({
 *   id: 'p', name: 'Plan',
 *   indicators: ['a', 'b'].map((id) => ({
 *     id, name: id.toUpperCase(), polarity: 'increase', frequency: 'month', aggregation: 'last',
 *     unit: { type: 'count' }, targets: [{ period: '2024-12', value: 100 }],
 *   })),
 *   goals: [{ id: 'g', name: 'Goal', children: [{ indicatorId: 'a' }, { indicatorId: 'b' }] }],
 *   observations: [
 *     { indicatorId: 'a', period: '2024-02', value: 80 }, { indicatorId: 'b', period: '2024-02', value: 60 },
 *     { indicatorId: 'a', period: '2024-03', value: 90 }, { indicatorId: 'b', period: '2024-03', value: 60 },
 *   ],
 * });
 * const why = explainChange(
 *   evaluatePlan(plan, { asOf: '2024-03-15' }),
 *   evaluatePlan(plan, { asOf: '2024-04-15' }),
 *   'g',
 * );
 * why.exact;
 * // => '0.05'
 * why.contributions.map((c) => [c.id, c.exact]);
 * // => [['a', '0.05'], ['b', '0']]
 * ```
 */
export function explainChange(
  previousReport: PlanReport,
  currentReport: PlanReport,
  goalId: string,
): ExplainChangeResult {
  const prev = readReport('previousReport', previousReport);
  const curr = readReport('currentReport', currentReport);
  if (typeof goalId !== 'string') fail(FN, 'goalId', 'to be a goal id', goalId);
  const g0 = prev.goals.find((g) => g.id === goalId);
  const g1 = curr.goals.find((g) => g.id === goalId);
  if (g0 === undefined && g1 === undefined) {
    fail(FN, 'goalId', 'to be the id of a goal in either report', goalId);
  }
  const name = (g1 ?? (g0 as GoalReport)).name;
  const asOf = { previous: prev.asOf, current: curr.asOf };
  const measure = (g1 ?? (g0 as GoalReport)).method === 'sum' ? 'value' : 'score';
  if (g0 === undefined || g1 === undefined) {
    const reason = g0 === undefined ? 'not_in_previous' : 'not_in_current';
    return {
      status: 'not_comparable',
      reason,
      goalId,
      name,
      asOf,
      measure,
      status0: g0?.status ?? null,
      status1: g1?.status ?? null,
      previous: null,
      current: null,
      change: null,
      exact: null,
      contributions: [],
      rounding: 0,
      explanation: {
        method: FN,
        summary: `${name} is ${g0 === undefined ? `new since ${prev.asOf}` : `no longer in the plan on ${curr.asOf}`}: there is no change to explain.`,
        inputs: { goalId, ...asOf },
        intermediate: { reason },
      },
    };
  }
  const d = decomposeChange(g0, g1);
  const childStatus = (g: GoalReport) => new Map(g.children.map((c) => [`${c.kind}\u0000${c.id}`, c]));
  const before = childStatus(g0);
  const after = childStatus(g1);
  const contributions = d.contributions.map((c): ExplainChangeContribution => {
    const key = `${c.kind}\u0000${c.id}`;
    return {
      ...c,
      name: (after.get(key) ?? before.get(key))?.name ?? c.id,
      statusBefore: c.previous === null ? null : (before.get(key)?.status ?? null),
      statusNow: c.current === null ? null : (after.get(key)?.status ?? null),
    };
  });
  const unit = measure === 'score' ? ' percentage points' : '';
  const pts = (x: number) => (measure === 'score' ? `${Number((x * 100).toFixed(2))}` : String(x));
  const top = contributions.filter((c) => c.contribution !== 0).slice(0, 3);
  const summary =
    d.status !== 'ok'
      ? `${name}: ${d.reason === 'no_previous_score' ? `no ${measure} on ${prev.asOf}` : `no ${measure} on ${curr.asOf}`}, so the change cannot be decomposed.`
      : `${name} moved ${d.change === 0 ? 'by nothing' : `${(d.change as number) > 0 ? 'up' : 'down'} ${pts(Math.abs(d.change as number))}${unit}`} from ${prev.asOf} to ${curr.asOf} (${g0.status} → ${g1.status})` +
        (top.length === 0
          ? '.'
          : `: ${top.map((c) => `${c.name} ${c.contribution >= 0 ? '+' : '−'}${pts(Math.abs(c.contribution))}${c.current === null ? ' (left)' : c.previous === null ? ' (entered)' : c.current.state === 'missing' && c.previous.state !== 'missing' ? ' (no data now)' : ''}`).join(', ')}.`);
  return {
    status: d.status,
    reason: d.reason,
    goalId,
    name,
    asOf,
    measure: d.measure,
    status0: g0.status,
    status1: g1.status,
    previous: d.previous,
    current: d.current,
    change: d.change,
    exact: d.exact,
    contributions,
    rounding: d.rounding,
    explanation: {
      method: FN,
      summary,
      inputs: { goalId, ...asOf, method0: g0.method, method1: g1.method },
      intermediate: { ...d.explanation.intermediate },
      source: d.explanation.source as string,
    },
  };
}
