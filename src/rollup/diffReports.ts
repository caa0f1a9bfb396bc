import { fail } from '../internal/assert.js';
import type { PlanReport } from './PlanReport.js';

/**
 * A status that changed between two reports.
 *
 * @example
 * ```ts
 * import type { StatusChange } from 'civic-metrics/rollup';
 * const change: StatusChange = {
 *   kind: 'indicator', id: 'inspection-days', name: 'Days to inspection', from: 'on_track', to: 'at_risk',
 *   scoreFrom: 1, scoreTo: 0.93,
 * };
 * ```
 */
export interface StatusChange {
  /** `indicator` or `goal`. */
  readonly kind: 'indicator' | 'goal';
  /** Its id. */
  readonly id: string;
  /** Its name (current). */
  readonly name: string;
  /** The previous status. */
  readonly from: string;
  /** The current status. */
  readonly to: string;
  /** The previous score, or `null`. */
  readonly scoreFrom: number | null;
  /** The current score, or `null`. */
  readonly scoreTo: number | null;
}

/**
 * A change of an indicator's data freshness between two reports.
 *
 * @example
 * ```ts
 * import type { FreshnessChange } from 'civic-metrics/rollup';
 * const late: FreshnessChange = {
 *   id: 'calls-answered', name: '311 calls answered', ownerId: '311', from: 'on_time', to: 'late',
 *   expectedPeriod: '2014-03', dueDate: '2014-04-07',
 * };
 * ```
 */
export interface FreshnessChange {
  /** The indicator's id. */
  readonly id: string;
  /** Its name. */
  readonly name: string;
  /** Its owner, or `null`. */
  readonly ownerId: string | null;
  /** The previous freshness. */
  readonly from: 'on_time' | 'late' | 'missing' | 'not_due';
  /** The current freshness. */
  readonly to: 'on_time' | 'late' | 'missing' | 'not_due';
  /** The period now expected. */
  readonly expectedPeriod: string | null;
  /** Its due date. */
  readonly dueDate: string | null;
}

/**
 * Options of {@link diffReports}.
 *
 * @example
 * ```ts
 * import type { DiffReportsOptions } from 'civic-metrics/rollup';
 * const options: DiffReportsOptions = { onTrack: ['on_track', 'achieved'], offTrack: ['off_track'] };
 * ```
 */
export interface DiffReportsOptions {
  /** Statuses that count as on track; default `['on_track', 'achieved']`. */
  readonly onTrack?: readonly string[] | undefined;
  /** Statuses that count as off track; default `['off_track']`. */
  readonly offTrack?: readonly string[] | undefined;
}

/**
 * The result of {@link diffReports}: the "since last meeting" page.
 *
 * @example
 * ```ts
 * import type { DiffReportsResult } from 'civic-metrics/rollup';
 * const empty: DiffReportsResult['added'] = { indicatorIds: [], goalIds: [] };
 * ```
 */
export interface DiffReportsResult {
  /** The as-of days of the two reports. */
  readonly asOf: { readonly previous: string; readonly current: string };
  /** Every indicator and goal whose status changed (indicators first, each in plan order). */
  readonly statusChanges: readonly StatusChange[];
  /** Indicators off track now that were not before (present in both reports). */
  readonly newlyOffTrack: readonly StatusChange[];
  /** Indicators on track now that were scored and not on track before. */
  readonly backOnTrack: readonly StatusChange[];
  /** Indicators whose data became late or missing (it was on time or not due). */
  readonly newlyLate: readonly FreshnessChange[];
  /** Indicators whose late or missing data arrived (on time now). */
  readonly caughtUp: readonly FreshnessChange[];
  /** Goals whose score moved, largest move first (goals with a score in both reports). */
  readonly goalScoreChanges: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly from: number;
    readonly to: number;
    readonly change: number;
  }>;
  /** Indicators and goals only in the current report. */
  readonly added: { readonly indicatorIds: readonly string[]; readonly goalIds: readonly string[] };
  /** Indicators and goals only in the previous report. */
  readonly removed: { readonly indicatorIds: readonly string[]; readonly goalIds: readonly string[] };
}

const FN = 'diffReports';
const DATA = new Set(['no_data', 'no_target', 'not_due', 'not_comparable']);

function readStatuses(path: string, value: unknown, fallback: readonly string[]): ReadonlySet<string> {
  const list = value ?? fallback;
  if (!Array.isArray(list) || list.some((s) => typeof s !== 'string'))
    fail(FN, path, 'to be an array of statuses', list);
  return new Set(list as string[]);
}

/**
 * What changed since the last meeting: every indicator and goal whose status changed, the indicators newly
 * off track and those back on track, data that became late (and data that caught up), how far each goal's
 * score moved, and what was added to or removed from the plan. Items are matched by id; lists follow the
 * current report's order (removed items the previous one's). Use {@link explainChange} for why a goal
 * moved.
 *
 * - newly off track: off track now (`offTrack`), present before with another status;
 * - back on track: on track now (`onTrack`), before scored but not on track (a data status before, such as
 *   `no_data`, is not "back");
 * - newly late: freshness `late` or `missing` now, `on_time` or `not_due` before; caught up: the reverse to
 *   `on_time`.
 *
 * @param previous - The earlier {@link PlanReport}.
 * @param current - The later one.
 * @param options - See {@link DiffReportsOptions}.
 * @returns A {@link DiffReportsResult}.
 * @throws {ArgumentError} `invalid_argument` when either is not a plan report or a status list is not an
 *   array of strings.
 * @see NYC Mayor's Management Report and CitiStat practice: the follow-up memo lists what changed since the
 *   last meeting.
 *
 * @example
 * ```ts
 * import { diffReports, evaluatePlan, parsePlan } from 'civic-metrics';
 * const plan = parsePlan({
 *   id: 'p', name: 'Plan',
 *   indicators: [{
 *     id: 'calls', name: 'Calls answered', polarity: 'increase', frequency: 'month', aggregation: 'last',
 *     unit: { type: 'percent' }, targets: [{ period: '2024', value: 80 }], reportingLagDays: 10,
 *   }],
 *   observations: [
 *     { indicatorId: 'calls', period: '2024-01', value: 82 },
 *     { indicatorId: 'calls', period: '2024-02', value: 70 },
 *   ],
 * });
 * const diff = diffReports(evaluatePlan(plan, { asOf: '2024-02-20' }), evaluatePlan(plan, { asOf: '2024-04-20' }));
 * diff.newlyOffTrack.map((c) => [c.id, c.from, c.to]);
 * // => [['calls', 'achieved', 'off_track']]
 * diff.newlyLate.map((c) => [c.id, c.expectedPeriod]);
 * // => [['calls', '2024-03']]
 * ```
 */
export function diffReports(
  previous: PlanReport,
  current: PlanReport,
  options?: DiffReportsOptions,
): DiffReportsResult {
  for (const [path, r] of [
    ['previous', previous],
    ['current', current],
  ] as const) {
    if (typeof r !== 'object' || r === null || !Array.isArray(r.indicators) || !Array.isArray(r.goals)) {
      fail(FN, path, 'to be a plan report (the result of evaluatePlan)', r);
    }
  }
  if (options !== undefined && (typeof options !== 'object' || options === null))
    fail(FN, 'options', 'to be an object', options);
  const onTrack = readStatuses('options.onTrack', options?.onTrack, ['on_track', 'achieved']);
  const offTrack = readStatuses('options.offTrack', options?.offTrack, ['off_track']);
  const prevIndicators = new Map(previous.indicators.map((r) => [r.id, r]));
  const prevGoals = new Map(previous.goals.map((g) => [g.id, g]));
  const currIndicators = new Set(current.indicators.map((r) => r.id));
  const currGoals = new Set(current.goals.map((g) => g.id));

  const statusChanges: StatusChange[] = [];
  const newlyOffTrack: StatusChange[] = [];
  const backOnTrack: StatusChange[] = [];
  const newlyLate: FreshnessChange[] = [];
  const caughtUp: FreshnessChange[] = [];
  for (const r of current.indicators) {
    const before = prevIndicators.get(r.id);
    if (before === undefined) continue;
    if (before.status !== r.status) {
      const change: StatusChange = {
        kind: 'indicator',
        id: r.id,
        name: r.name,
        from: before.status,
        to: r.status,
        scoreFrom: before.score,
        scoreTo: r.score,
      };
      statusChanges.push(change);
      if (offTrack.has(r.status) && !offTrack.has(before.status)) newlyOffTrack.push(change);
      if (onTrack.has(r.status) && !onTrack.has(before.status) && !DATA.has(before.status))
        backOnTrack.push(change);
    }
    const f0 = before.freshness.status;
    const f1 = r.freshness.status;
    const fresh: FreshnessChange = {
      id: r.id,
      name: r.name,
      ownerId: r.ownerId,
      from: f0,
      to: f1,
      expectedPeriod: r.freshness.expectedPeriod,
      dueDate: r.freshness.dueDate,
    };
    const overdue = (s: string) => s === 'late' || s === 'missing';
    if (overdue(f1) && !overdue(f0)) newlyLate.push(fresh);
    if (f1 === 'on_time' && overdue(f0)) caughtUp.push(fresh);
  }
  const goalScoreChanges: Array<{
    id: string;
    name: string;
    from: number;
    to: number;
    change: number;
    order: number;
  }> = [];
  current.goals.forEach((g, order) => {
    const before = prevGoals.get(g.id);
    if (before === undefined) return;
    if (before.status !== g.status) {
      statusChanges.push({
        kind: 'goal',
        id: g.id,
        name: g.name,
        from: before.status,
        to: g.status,
        scoreFrom: before.score,
        scoreTo: g.score,
      });
    }
    if (before.score !== null && g.score !== null && before.score !== g.score) {
      goalScoreChanges.push({
        id: g.id,
        name: g.name,
        from: before.score,
        to: g.score,
        change: g.score - before.score,
        order,
      });
    }
  });
  goalScoreChanges.sort((a, b) => Math.abs(b.change) - Math.abs(a.change) || a.order - b.order);
  return {
    asOf: { previous: previous.asOf, current: current.asOf },
    statusChanges,
    newlyOffTrack,
    backOnTrack,
    newlyLate,
    caughtUp,
    goalScoreChanges: goalScoreChanges.map(({ order: _order, ...rest }) => rest),
    added: {
      indicatorIds: current.indicators.filter((r) => !prevIndicators.has(r.id)).map((r) => r.id),
      goalIds: current.goals.filter((g) => !prevGoals.has(g.id)).map((g) => g.id),
    },
    removed: {
      indicatorIds: previous.indicators.filter((r) => !currIndicators.has(r.id)).map((r) => r.id),
      goalIds: previous.goals.filter((g) => !currGoals.has(g.id)).map((g) => g.id),
    },
  };
}
