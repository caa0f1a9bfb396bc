import type { Goal } from '../../model/GoalSchema.js';
import type { Plan } from '../../model/PlanSchema.js';
import type { FiscalCalendar } from '../../periods/FiscalCalendar.js';
import type { BandScheme } from '../../scoring/bandStatus.js';
import type { GoalReport, IndicatorReport } from '../PlanReport.js';
import type { RollupNode, RollupWeight } from '../RollupNode.js';
import { readRollupOptions, rollupWith } from '../rollup.js';

/** What the goal rollups share. */
export interface GoalContext {
  readonly asOfDay: string;
  readonly calendar: FiscalCalendar;
  readonly scheme: BandScheme<string>;
  readonly bounds: { readonly min: number | null; readonly max: number | null };
  readonly onTrack: readonly string[];
  readonly targetScore: number;
  readonly weights: Readonly<Record<string, Readonly<Record<string, RollupWeight>>>> | undefined;
}

/** Parents of every goal (plan order), and each goal's shortest distance from a root. */
export function goalGraph(plan: Plan): { parents: Map<string, string[]>; depth: Map<string, number> } {
  const parents = new Map<string, string[]>(plan.goals.map((g) => [g.id, []]));
  for (const goal of plan.goals) {
    for (const child of goal.children) {
      if (child.goalId !== undefined) parents.get(child.goalId)?.push(goal.id);
    }
  }
  const byId = new Map(plan.goals.map((g) => [g.id, g]));
  const depth = new Map<string, number>();
  let frontier = plan.goals.filter((g) => (parents.get(g.id) ?? []).length === 0).map((g) => g.id);
  for (let d = 0; frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      if (depth.has(id)) continue;
      depth.set(id, d);
      for (const child of byId.get(id)?.children ?? []) {
        if (child.goalId !== undefined && !depth.has(child.goalId)) next.push(child.goalId);
      }
    }
    frontier = next;
  }
  return { parents, depth };
}

/** Goals in an order where every sub-goal comes before its parents (iterative, any depth). */
function postOrder(plan: Plan): Goal[] {
  const byId = new Map(plan.goals.map((g) => [g.id, g]));
  const done = new Set<string>();
  const out: Goal[] = [];
  for (const root of plan.goals) {
    if (done.has(root.id)) continue;
    const stack: Array<{ goal: Goal; next: number }> = [{ goal: root, next: 0 }];
    const onStack = new Set([root.id]);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { goal: Goal; next: number };
      const child = top.goal.children[top.next++];
      if (child === undefined) {
        stack.pop();
        onStack.delete(top.goal.id);
        if (!done.has(top.goal.id)) {
          done.add(top.goal.id);
          out.push(top.goal);
        }
        continue;
      }
      const sub = child.goalId === undefined ? undefined : byId.get(child.goalId);
      if (sub !== undefined && !done.has(sub.id) && !onStack.has(sub.id)) {
        onStack.add(sub.id);
        stack.push({ goal: sub, next: 0 });
      }
    }
  }
  return out;
}

/** Rolls every goal up from its children: sub-goals first, each goal once, in plan order in the result. */
export function evaluateGoals(
  plan: Plan,
  indicators: ReadonlyMap<string, IndicatorReport>,
  ctx: GoalContext,
): GoalReport[] {
  const { parents, depth } = goalGraph(plan);
  const names = new Map<string, string>([
    ...plan.goals.map((g) => [`goal\u0000${g.id}`, g.name] as const),
    ...plan.indicators.map((i) => [`indicator\u0000${i.id}`, i.name] as const),
  ]);
  const reports = new Map<string, GoalReport>();
  const options = readRollupOptions('evaluatePlan', {
    asOf: ctx.asOfDay,
    calendar: ctx.calendar,
    scheme: ctx.scheme,
    bounds: ctx.bounds,
    onTrack: ctx.onTrack,
    targetScore: ctx.targetScore,
  });
  for (const goal of postOrder(plan)) {
    const sum = goal.rollup === 'sum';
    const overrides = ctx.weights?.[goal.id];
    const children: RollupNode[] = goal.children.map((child) => {
      const weight: RollupWeight =
        overrides !== undefined && Object.hasOwn(overrides, (child.goalId ?? child.indicatorId) as string)
          ? (overrides[(child.goalId ?? child.indicatorId) as string] as RollupWeight)
          : child.weight;
      if (child.goalId !== undefined) {
        const sub = reports.get(child.goalId) as GoalReport;
        return { id: sub.id, kind: 'goal', weight, score: sub.score, status: sub.status };
      }
      const r = indicators.get(child.indicatorId as string) as IndicatorReport;
      return {
        id: r.id,
        kind: 'indicator',
        weight,
        score: r.score,
        status: r.status,
        excluded: r.polarity === 'neutral',
        ...(sum
          ? {
              value: r.comparison?.exact ?? null,
              target: r.comparison?.targetExact ?? null,
              unit: JSON.stringify(r.unit),
              ...(r.polarity === 'increase' || r.polarity === 'decrease' ? { polarity: r.polarity } : {}),
            }
          : {}),
      };
    });
    const result = rollupWith(options, {
      id: goal.id,
      kind: 'goal',
      children,
      ...(goal.rollup ? { method: goal.rollup } : {}),
      ...(goal.missing ? { missing: goal.missing } : {}),
    });
    const kindOf = (k: string | null) => (k === 'goal' ? 'goal' : 'indicator');
    const nameOf = (k: string | null, id: string) => names.get(`${kindOf(k)}\u0000${id}`) ?? id;
    reports.set(goal.id, {
      id: goal.id,
      name: goal.name,
      ownerId: goal.ownerId ?? null,
      parentIds: parents.get(goal.id) ?? [],
      depth: depth.get(goal.id) ?? 0,
      method: result.method ?? 'weighted_mean',
      missing: result.missing ?? 'ignore',
      score: result.score,
      status: result.status,
      reason: result.reason,
      // Object.assign, not a spread followed by a field: V8 makes the latter slow.
      coverage: Object.assign({}, result.coverage as NonNullable<typeof result.coverage>, {
        missing: [...(result.coverage?.missing ?? [])],
      }),
      total: result.total === null ? null : { ...result.total },
      children: result.children.map((c) => ({
        kind: kindOf(c.kind),
        id: c.id,
        name: nameOf(c.kind, c.id),
        weight: c.weight,
        share: c.share,
        input: c.input,
        state: c.state,
        score: c.score,
        status: c.status,
        total: sum ? { exact: c.total?.exact ?? null } : null,
      })),
      drivers: result.drivers.map((d) => ({
        kind: kindOf(d.kind),
        id: d.id,
        name: nameOf(d.kind, d.id),
        shortfall: d.shortfall,
        share: d.share,
        input: d.input,
        measure: d.measure,
      })),
      explanation: result.explanation as NonNullable<typeof result.explanation>,
    });
  }
  return plan.goals.map((g) => reports.get(g.id) as GoalReport);
}
