import type { Plan } from '../../model/PlanSchema.js';
import type { GoalReport, IndicatorReport, OwnerReport } from '../PlanReport.js';
import { DATA_STATUSES } from '../rollup.js';

/** Counts in order of first appearance, so the keys are deterministic. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) {
    const k = key(item);
    out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

/**
 * Accountability up the owner tree: each owner's own indicators and goals, and over its subtree (itself
 * and every owner below it) the counts by status and freshness, who is behind and which data is late.
 */
export function evaluateOwners(
  plan: Plan,
  indicators: readonly IndicatorReport[],
  goals: readonly GoalReport[],
  onTrack: ReadonlySet<string>,
): OwnerReport[] {
  const childIds = new Map<string, string[]>(plan.owners.map((o) => [o.id, []]));
  for (const owner of plan.owners)
    if (owner.parentId !== undefined) childIds.get(owner.parentId)?.push(owner.id);
  const depth = new Map<string, number>();
  const byId = new Map(plan.owners.map((o) => [o.id, o]));
  const depthOf = (id: string): number => {
    const chain: string[] = [];
    let at: string | undefined = id;
    while (at !== undefined && !depth.has(at)) {
      chain.push(at);
      at = byId.get(at)?.parentId;
    }
    let d = at === undefined ? -1 : (depth.get(at) as number);
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i] as string, ++d);
    return depth.get(id) as number;
  };
  const order = new Map(indicators.map((r, i) => [r, i]));
  const own = new Map<string, IndicatorReport[]>(plan.owners.map((o) => [o.id, []]));
  for (const r of indicators) if (r.ownerId !== null) own.get(r.ownerId)?.push(r);
  const ownGoals = new Map<string, string[]>(plan.owners.map((o) => [o.id, []]));
  for (const g of goals) if (g.ownerId !== null) ownGoals.get(g.ownerId)?.push(g.id);

  return plan.owners.map((owner) => {
    // The subtree, in the plan's owner order (breadth is irrelevant: the order is deterministic).
    const inTree = new Set<string>([owner.id]);
    const queue = [owner.id];
    for (let i = 0; i < queue.length; i++) {
      for (const c of childIds.get(queue[i] as string) ?? []) {
        if (!inTree.has(c)) {
          inTree.add(c);
          queue.push(c);
        }
      }
    }
    const ownerIds = plan.owners.filter((o) => inTree.has(o.id)).map((o) => o.id);
    const subtree = ownerIds
      .flatMap((id) => own.get(id) ?? [])
      .sort((a, b) => (order.get(a) as number) - (order.get(b) as number));
    const goalCount = ownerIds.reduce((n, id) => n + (ownGoals.get(id)?.length ?? 0), 0);
    const scored = subtree.filter((r) => !DATA_STATUSES.has(r.status));
    const behind = scored
      .filter((r) => !onTrack.has(r.status))
      .map((r, i) => ({ r, i }))
      .sort(
        (a, b) =>
          (a.r.score ?? Number.POSITIVE_INFINITY) - (b.r.score ?? Number.POSITIVE_INFINITY) || a.i - b.i,
      )
      .map(({ r }) => ({ id: r.id, ownerId: r.ownerId as string, status: r.status, score: r.score }));
    const lateData = subtree
      .filter((r) => r.freshness.status === 'late' || r.freshness.status === 'missing')
      .map((r, i) => ({ r, i }))
      .sort((a, b) => (b.r.freshness.periodsOverdue ?? 0) - (a.r.freshness.periodsOverdue ?? 0) || a.i - b.i)
      .map(({ r }) => ({
        id: r.id,
        ownerId: r.ownerId as string,
        status: r.freshness.status as 'late' | 'missing',
        expectedPeriod: r.freshness.expectedPeriod,
        dueDate: r.freshness.dueDate,
        periodsOverdue: r.freshness.periodsOverdue,
      }));
    return {
      id: owner.id,
      name: owner.name,
      kind: owner.kind,
      parentId: owner.parentId ?? null,
      childIds: childIds.get(owner.id) ?? [],
      depth: depthOf(owner.id),
      indicatorIds: (own.get(owner.id) ?? []).map((r) => r.id),
      goalIds: ownGoals.get(owner.id) ?? [],
      subtree: {
        ownerIds,
        indicators: subtree.length,
        goals: goalCount,
        byStatus: countBy(subtree, (r) => r.status),
        byFreshness: countBy(subtree, (r) => r.freshness.status),
        onTrackShare:
          scored.length === 0 ? null : scored.filter((r) => onTrack.has(r.status)).length / scored.length,
      },
      behind,
      lateData,
    };
  });
}
