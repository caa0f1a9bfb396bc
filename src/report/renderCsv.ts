import type { PlanReport } from '../rollup/PlanReport.js';
import { csvField } from './internal/format.js';
import { scopeOf } from './internal/scope.js';

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * ```ts
 * import type { RenderCsvOptions } from 'civic-metrics';
 * const options: RenderCsvOptions = { table: 'goals', newline: '\r\n' };
 * ```
 */
export interface RenderCsvOptions {
  /** Which table: one row per `indicators` (default), `goals`, `owners` or `late` data item. */
  table?: 'indicators' | 'goals' | 'owners' | 'late';
  /** Only this owner's part of the plan. */
  owner?: string;
  /** Line ending (default `\n`; `\r\n` for strict RFC 4180). */
  newline?: '\n' | '\r\n';
}

type Row = Record<string, string | number | boolean | null>;

/**
 * Renders a {@link PlanReport} as CSV for spreadsheets: one row per indicator (default), goal, owner, or
 * late data item, with a header row. Numbers are written in full precision (exact decimal strings where
 * the report has them); fields are quoted as RFC 4180 requires. Deterministic.
 *
 * @param report - A report from {@link evaluatePlan}.
 * @param options - Which table, owner filter, line ending.
 * @returns CSV text ending with a newline.
 * @throws {@link ArgumentError} `invalid_argument` when `options.owner` is not an owner of the report.
 * @example
 * ```ts
 * import { evaluatePlan, parsePlan, renderCsv } from 'civic-metrics';
 * const plan = parsePlan({
 *   id: 'p', name: 'Plan',
 *   indicators: [{ id: 'n', name: 'Permits, on time', polarity: 'increase', frequency: 'year', aggregation: 'sum',
 *     unit: { type: 'count' }, targets: [{ period: '2024', value: 100 }] }],
 *   observations: [{ indicatorId: 'n', period: '2024', value: 90 }],
 * });
 * const csv = renderCsv(evaluatePlan(plan, { asOf: '2025-02-01' }));
 * csv.split('\n')[1]?.startsWith('n,"Permits, on time",,increase,year,2024,90,2024,100,90,0.9,');
 * // => true
 * ```
 */
export function renderCsv(report: PlanReport, options: RenderCsvOptions = {}): string {
  const scope = scopeOf('renderCsv', report, options.owner);
  let rows: Row[];
  switch (options.table ?? 'indicators') {
    case 'goals':
      rows = scope.goals.map((g) => ({
        id: g.id,
        name: g.name,
        owner_id: g.ownerId,
        depth: g.depth,
        method: g.method,
        score: g.score,
        status: g.status,
        children: g.coverage.children,
        with_data: g.coverage.withData,
        coverage: g.coverage.ratio,
        top_driver: g.drivers[0]?.id ?? null,
        explanation: g.explanation.summary,
      }));
      break;
    case 'owners':
      rows = scope.owners.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        parent_id: o.parentId,
        indicators: o.subtree.indicators,
        goals: o.subtree.goals,
        on_track_share: o.subtree.onTrackShare,
        behind: o.behind.length,
        late_or_missing: o.lateData.length,
      }));
      break;
    case 'late':
      rows = scope.indicators
        .filter((i) => i.freshness.status === 'late' || i.freshness.status === 'missing')
        .map((i) => ({
          owner_id: i.ownerId,
          indicator_id: i.id,
          indicator: i.name,
          data: i.freshness.status,
          expected_period: i.freshness.expectedPeriod,
          due_date: i.freshness.dueDate,
          latest_period: i.freshness.latestPeriod,
          periods_overdue: i.freshness.periodsOverdue,
        }));
      break;
    default:
      rows = scope.indicators.map((i) => ({
        id: i.id,
        name: i.name,
        owner_id: i.ownerId,
        polarity: i.polarity,
        frequency: i.frequency,
        latest_period: i.latest?.period ?? null,
        latest_value: i.latest?.exact ?? null,
        target_period: i.target?.period ?? null,
        target_value: i.target?.range
          ? `${i.target.range.min}..${i.target.range.max}`
          : (i.target?.exact ?? null),
        comparison_value: i.comparison?.exact ?? null,
        percent_of_target: i.progress.percentOfTarget,
        gap_closed: i.progress.gapClosed,
        score: i.score,
        status: i.status,
        trend: i.trend.status === 'ok' ? i.trend.reading : i.trend.status,
        trend_p: i.trend.status === 'ok' ? i.trend.p : null,
        sen_slope: i.trend.status === 'ok' ? i.trend.slope : null,
        variation_icon: i.spc.status === 'ok' ? i.spc.variationIcon : null,
        assurance_icon: i.spc.status === 'ok' ? i.spc.assuranceIcon : null,
        freshness: i.freshness.status,
        expected_period: i.freshness.expectedPeriod,
        due_date: i.freshness.dueDate,
        change_previous: i.change.previous.status === 'ok' ? i.change.previous.absolute : null,
        change_previous_percent: i.change.previous.status === 'ok' ? i.change.previous.percent : null,
        change_last_year:
          i.change.samePeriodLastYear.status === 'ok' ? i.change.samePeriodLastYear.absolute : null,
        explanation: i.explanation.summary,
      }));
  }
  const newline = options.newline ?? '\n';
  const header = rows[0] ? Object.keys(rows[0]) : [];
  return (
    [header, ...rows.map((r) => header.map((h) => r[h]))]
      .map((r) => r.map(csvField).join(','))
      .join(newline) + newline
  );
}
