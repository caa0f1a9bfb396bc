/**
 * The main example: reads the illustrative Riverton plan in `examples/data/city-plan.json`, validates it,
 * and prints a Stat-meeting summary: the goal tree with owners, every indicator with its latest figure and
 * target, and what each owner is accountable for. Run it with `npm run example`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Goal, type Indicator, type Observation, type Plan, parsePlan } from '../src/index.js';

const file = join(dirname(fileURLToPath(import.meta.url)), 'data', 'city-plan.json');
const plan: Plan = parsePlan(JSON.parse(readFileSync(file, 'utf8')));

const owners = new Map(plan.owners.map((owner) => [owner.id, owner]));
const goals = new Map(plan.goals.map((goal) => [goal.id, goal]));
const indicators = new Map(plan.indicators.map((indicator) => [indicator.id, indicator]));
const byIndicator = new Map<string, Observation[]>();
for (const obs of plan.observations) {
  if (obs.dimensions) continue; // totals only in this summary
  const list = byIndicator.get(obs.indicatorId) ?? [];
  list.push(obs);
  byIndicator.set(obs.indicatorId, list);
}

const ownerName = (id: string | undefined) => (id ? (owners.get(id)?.name ?? id) : 'unassigned');
const unitOf = (indicator: Indicator) => {
  const unit = indicator.unit;
  switch (unit.type) {
    case 'percent':
      return '%';
    case 'currency':
      return ` ${unit.currency}`;
    case 'duration':
      return ` ${unit.timeUnit}`;
    case 'count':
      return unit.label ? ` ${unit.label}` : '';
    default:
      return '';
  }
};
const formatLatest = (indicator: Indicator, obs: Observation | undefined) => {
  if (!obs) return 'no data';
  if (obs.value !== undefined && obs.value !== null) return `${obs.value}${unitOf(indicator)}`;
  if (obs.numerator !== undefined && obs.denominator !== undefined) {
    const scale = indicator.unit.type === 'percent' ? 100 : 1;
    return `${((obs.numerator / obs.denominator) * scale).toFixed(indicator.decimals ?? 1)}${unitOf(indicator)}`;
  }
  return 'not reported';
};

const lines: string[] = [];
lines.push(`# ${plan.name}`, '');
lines.push(
  `${plan.goals.length} goals, ${plan.indicators.length} indicators, ${plan.owners.length} owners, ${plan.observations.length} observations.`,
  `Fiscal year starts in month ${plan.calendar.fiscalYearStartMonth}, named by the year it ${plan.calendar.fiscalYearNaming}s.`,
  '',
  '## Goals',
);
const printGoal = (goal: Goal, depth: number) => {
  lines.push(
    `${'  '.repeat(depth)}- ${goal.name} (${ownerName(goal.ownerId)}; rollup ${goal.rollup ?? 'weighted_mean'})`,
  );
  for (const child of goal.children) {
    const sub = child.goalId ? goals.get(child.goalId) : undefined;
    if (sub) printGoal(sub, depth + 1);
    const indicator = child.indicatorId ? indicators.get(child.indicatorId) : undefined;
    if (indicator) lines.push(`${'  '.repeat(depth + 1)}- ${indicator.name} [weight ${child.weight}]`);
  }
};
const childGoalIds = new Set(
  plan.goals.flatMap((g) => g.children.flatMap((c) => (c.goalId ? [c.goalId] : []))),
);
for (const goal of plan.goals) if (!childGoalIds.has(goal.id)) printGoal(goal, 0);

lines.push(
  '',
  '## Indicators',
  '',
  '| indicator | better | frequency | latest | target | owner |',
  '|---|---|---|---|---|---|',
);
for (const indicator of plan.indicators) {
  const series = byIndicator.get(indicator.id) ?? [];
  const latest = series.at(-1);
  const target = indicator.targets.at(-1);
  const targetText = target
    ? `${typeof target.value === 'object' ? `${target.value.min}-${target.value.max}` : target.value}${unitOf(indicator)} by ${target.period}`
    : 'none';
  lines.push(
    `| ${indicator.name} | ${indicator.polarity} | ${indicator.frequency} | ${formatLatest(indicator, latest)}${latest ? ` (${latest.period})` : ''} | ${targetText} | ${ownerName(indicator.ownerId)} |`,
  );
}

lines.push('', '## Owners');
for (const owner of plan.owners) {
  const own = plan.indicators.filter((i) => i.ownerId === owner.id).map((i) => i.name);
  const parent = owner.parentId ? `, part of ${ownerName(owner.parentId)}` : '';
  lines.push(
    `- ${owner.name} (${owner.kind}${parent}): ${own.length ? own.join('; ') : 'no indicators of its own'}`,
  );
}
console.log(lines.join('\n'));
