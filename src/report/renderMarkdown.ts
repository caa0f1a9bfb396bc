import { diffReports } from '../rollup/diffReports.js';
import type { GoalReport, IndicatorReport, PlanReport } from '../rollup/PlanReport.js';
import { formatShare, statusLabel, table } from './internal/format.js';
import { latestText, percentText, targetText, trendText } from './internal/indicatorText.js';
import { scopeOf } from './internal/scope.js';

/**
 * Options of {@link renderMarkdown}.
 *
 * @example
 * ```ts
 * import type { RenderMarkdownOptions } from 'civic-metrics';
 * const options: RenderMarkdownOptions = { title: 'CodeStat, March 2014', owner: 'code' };
 * ```
 */
export interface RenderMarkdownOptions {
  /** The previous meeting's report: adds "Since the last meeting" (status changes, newly late data). */
  previous?: PlanReport;
  /** The title; default `<plan name>: Stat briefing`. */
  title?: string;
  /** Only this owner's part of the plan (the owner and everyone below it). */
  owner?: string;
  /** Statuses that count as on track (default `on_track`, `achieved`). */
  onTrack?: readonly string[];
  /** How many drivers to name per goal (default 3). */
  drivers?: number;
}

const SCORED = new Set(['on_track', 'at_risk', 'off_track', 'achieved']);

function spcText(i: IndicatorReport): string {
  const s = i.spc;
  if (s.status !== 'ok') return '';
  const variation = statusLabel(s.variationIcon);
  return s.assuranceIcon ? `${variation}; assurance ${s.assuranceIcon.replace(/_/g, ' ')}` : variation;
}

function goalLine(goal: GoalReport, count: number): string[] {
  const lines: string[] = [];
  const indent = '  '.repeat(goal.depth);
  const coverage = `${goal.coverage.withData}/${goal.coverage.children} with data`;
  lines.push(
    `${indent}- **${goal.name}**: ${statusLabel(goal.status)}, score ${formatShare(goal.score)} (${goal.method.replace(/_/g, ' ')}, ${coverage})`,
  );
  const drivers = goal.drivers.slice(0, count);
  if (drivers.length > 0) {
    lines.push(
      `${indent}  - held back by: ${drivers.map((d) => `${d.name} (${d.measure === 'score' ? `score ${formatShare(d.input)}` : `value ${d.input}`})`).join('; ')}`,
    );
  }
  return lines;
}

/**
 * Renders a {@link PlanReport} as the briefing a performance manager hands to a mayor before a Stat
 * meeting, in Markdown: the headline (goals and indicators by status, data freshness), the goals with what
 * drives them, the indicators off track or at risk with their explanation, late and missing data by owner,
 * the changes since the previous report (when given), and every indicator at a glance.
 *
 * Figures are rounded exactly (decimal.js, half away from zero) to each indicator's declared decimals, with
 * thousands separators and units. Deterministic: the same report gives the same text.
 *
 * @param report - A report from {@link evaluatePlan}.
 * @param options - Previous report, title, owner filter.
 * @returns Markdown text.
 * @throws {@link ArgumentError} `invalid_argument` when `options.owner` is not an owner of the report.
 * @example
 * ```ts
 * import { evaluatePlan, parsePlan, renderMarkdown } from 'civic-metrics';
 * const plan = parsePlan({
 *   id: 'p', name: 'Riverton',
 *   indicators: [{
 *     id: 'days', name: 'Days to inspection', polarity: 'decrease', frequency: 'month', aggregation: 'mean',
 *     unit: { type: 'duration', timeUnit: 'days' }, targets: [{ period: '2024-02', value: 80 }],
 *   }],
 *   observations: [{ indicatorId: 'days', period: '2024-02', value: 96 }],
 * });
 * const markdown = renderMarkdown(evaluatePlan(plan, { asOf: '2024-03-10' }));
 * markdown.split('\n')[0];
 * // => '# Riverton: Stat briefing'
 * markdown.includes('| Days to inspection | Off track | 96 days (2024-02) | 80 days by 2024-02 | 83.3% |');
 * // => true
 * ```
 */
export function renderMarkdown(report: PlanReport, options: RenderMarkdownOptions = {}): string {
  const scope = scopeOf('renderMarkdown', report, options.owner);
  const onTrack = new Set(options.onTrack ?? ['on_track', 'achieved']);
  const owners = new Map(report.owners.map((o) => [o.id, o.name]));
  const ownerName = (id: string | null) => (id === null ? 'unassigned' : (owners.get(id) ?? id));
  const out: string[] = [];
  out.push(`# ${options.title ?? `${report.planName}: Stat briefing`}`, '');
  out.push(
    `As of ${report.asOf}${scope.ownerName ? `, for ${scope.ownerName}` : ''}. Statuses use the ${report.scheme} scheme.`,
    '',
  );

  // Headline.
  const count = <T>(items: readonly T[], key: (item: T) => string) => {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
    return [...counts.entries()].map(([k, n]) => `${n} ${statusLabel(k).toLowerCase()}`).join(', ');
  };
  const scored = scope.indicators.filter((i) => SCORED.has(i.status));
  out.push('## Headline', '');
  out.push(`- **Goals** (${scope.goals.length}): ${count(scope.goals, (g) => g.status) || 'none'}.`);
  out.push(
    `- **Indicators** (${scope.indicators.length}): ${count(scope.indicators, (i) => i.status) || 'none'}; ${scored.filter((i) => onTrack.has(i.status)).length} of ${scored.length} scored on track.`,
  );
  out.push(`- **Data**: ${count(scope.indicators, (i) => i.freshness.status) || 'none'}.`, '');

  // Goals.
  out.push('## Goals and what drives them', '');
  if (scope.goals.length === 0) out.push('No goals.', '');
  else {
    for (const goal of scope.goals) out.push(...goalLine(goal, options.drivers ?? 3));
    out.push('');
  }

  // Off track.
  const attention = scope.indicators.filter((i) => SCORED.has(i.status) && !onTrack.has(i.status));
  out.push('## Indicators off track or at risk', '');
  if (attention.length === 0) out.push('None: every scored indicator is on track.', '');
  for (const i of attention) {
    out.push(`### ${i.name}: ${statusLabel(i.status)}`, '');
    out.push(`- Owner: ${ownerName(i.ownerId)}`);
    out.push(`- Latest: ${latestText(i)}; target ${targetText(i)}`);
    if (i.progress.percentOfTarget !== null) out.push(`- Percent of target: ${percentText(i)}`);
    const trend = trendText(i);
    if (trend) out.push(`- Trend: ${trend}`);
    const spc = spcText(i);
    if (spc) out.push(`- Control chart: ${spc}`);
    out.push(`- Why: ${i.explanation.summary}`, '');
  }

  // Late data.
  const late = scope.indicators.filter(
    (i) => i.freshness.status === 'late' || i.freshness.status === 'missing',
  );
  out.push('## Late and missing data, by owner', '');
  if (late.length === 0) out.push('All data due is in.', '');
  else {
    const order = new Map(report.owners.map((o, n) => [o.id, n]));
    const sorted = [...late].sort(
      (a, b) => (order.get(a.ownerId ?? '') ?? 1e9) - (order.get(b.ownerId ?? '') ?? 1e9),
    );
    out.push(
      table(
        ['owner', 'indicator', 'data', 'expected period', 'due', 'periods overdue'],
        sorted.map((i) => [
          ownerName(i.ownerId),
          i.name,
          statusLabel(i.freshness.status),
          i.freshness.expectedPeriod ?? '–',
          i.freshness.dueDate ?? '–',
          i.freshness.periodsOverdue === null ? '–' : String(i.freshness.periodsOverdue),
        ]),
      ),
      '',
    );
  }

  // Since last meeting.
  if (options.previous) {
    const diff = diffReports(options.previous, report);
    const inScope = new Set([...scope.indicators.map((i) => i.id), ...scope.goals.map((g) => g.id)]);
    out.push(`## Since the last meeting (${diff.asOf.previous})`, '');
    const changes = diff.statusChanges.filter((c) => inScope.has(c.id));
    if (changes.length === 0) out.push('- No status changed.');
    for (const c of changes)
      out.push(
        `- ${c.kind === 'goal' ? 'Goal' : 'Indicator'} **${c.name}**: ${statusLabel(c.from)} → ${statusLabel(c.to)}`,
      );
    for (const c of diff.newlyLate.filter((f) => inScope.has(f.id))) {
      out.push(
        `- Data for **${c.name}** is now ${c.to} (expected ${c.expectedPeriod ?? '–'}, due ${c.dueDate ?? '–'})`,
      );
    }
    for (const c of diff.caughtUp.filter((f) => inScope.has(f.id)))
      out.push(`- Data for **${c.name}** is in again`);
    out.push('');
  }

  // All indicators.
  out.push('## Every indicator', '');
  out.push(
    table(
      ['indicator', 'status', 'latest', 'target', '% of target', 'trend', 'data', 'owner'],
      scope.indicators.map((i) => [
        i.name,
        i.polarity === 'neutral' ? '–' : statusLabel(i.status),
        latestText(i),
        targetText(i),
        percentText(i),
        trendText(i) || '–',
        statusLabel(i.freshness.status),
        ownerName(i.ownerId),
      ]),
    ),
  );
  return `${out.join('\n')}\n`;
}
