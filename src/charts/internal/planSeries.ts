import type { Indicator } from '../../model/IndicatorSchema.js';
import type { Plan } from '../../model/PlanSchema.js';
import {
  deriveTotals,
  PeriodCache,
  type Point,
  pointsOf,
  type SplitObservations,
  splitObservations,
} from '../../rollup/internal/series.js';

/**
 * An indicator's series exactly as `evaluatePlan` reads it (the same private functions of the rollup
 * area): totals of the periods ended by `asOfDay`, a period without a total derived from a complete
 * breakdown by one dimension, ratios as Σ numerators / Σ denominators × scale.
 */
export class PlanSeries {
  private readonly split: Map<string, SplitObservations>;
  private readonly periods: PeriodCache;

  constructor(
    plan: Plan,
    private readonly asOfDay: string,
  ) {
    this.split = splitObservations(plan.observations);
    this.periods = new PeriodCache(plan.calendar);
  }

  /** The points of an indicator, oldest first. */
  of(indicator: Indicator): Point[] {
    const split = this.split.get(indicator.id);
    const groupPoints = new Map<string, Map<string, Point[]>>();
    for (const [dimension, byGroup] of split?.groups ?? []) {
      const m = new Map<string, Point[]>();
      for (const [group, list] of byGroup)
        m.set(group, pointsOf(indicator, list, this.periods, this.asOfDay));
      groupPoints.set(dimension, m);
    }
    let points = pointsOf(indicator, split?.totals ?? [], this.periods, this.asOfDay);
    const derived = deriveTotals(indicator, points, groupPoints);
    if (derived.length > 0) {
      points = [...points, ...derived].sort((a, b) =>
        a.period.start < b.period.start ? -1 : a.period.start > b.period.start ? 1 : 0,
      );
    }
    return points;
  }
}
