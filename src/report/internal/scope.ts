import { fail } from '../../internal/assert.js';
import type { PlanReport } from '../../rollup/PlanReport.js';

/** The indicators, goals and owners of an owner's subtree, or of the whole report. */
export function scopeOf(fn: string, report: PlanReport, owner: string | undefined) {
  if (owner === undefined) {
    return { indicators: report.indicators, goals: report.goals, owners: report.owners, ownerName: null };
  }
  const root = report.owners.find((o) => o.id === owner);
  if (!root)
    fail(
      fn,
      'options.owner',
      `to be the id of an owner of the report (${report.owners.map((o) => o.id).join(', ')})`,
      owner,
    );
  const ids = new Set(root.subtree.ownerIds);
  return {
    indicators: report.indicators.filter((i) => i.ownerId !== null && ids.has(i.ownerId)),
    goals: report.goals.filter((g) => g.ownerId !== null && ids.has(g.ownerId)),
    owners: report.owners.filter((o) => ids.has(o.id)),
    ownerName: root.name,
  };
}
