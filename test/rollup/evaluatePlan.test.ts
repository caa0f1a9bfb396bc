import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { type Plan, parsePlan } from '../../src/model/index.js';
import { evaluatePlan, PlanReportSchema, reportJsonSchema } from '../../src/rollup/index.js';

const root = join(import.meta.dirname, '..', '..');
const riverton = parsePlan(
  JSON.parse(readFileSync(join(root, 'examples', 'data', 'city-plan.json'), 'utf8')),
);

interface GoldenIndicator {
  latest: { period: string; value: number } | null;
  trend?: 'increasing' | 'decreasing' | 'no trend';
  targetPeriod?: string;
  comparison?: number;
  target?: number;
  score?: number | null;
  status?: string;
  expected: string;
  freshness: string;
}
const golden = JSON.parse(
  readFileSync(join(root, 'test', 'fixtures', 'rollup', 'riverton-golden.json'), 'utf8'),
) as Record<
  string,
  { indicators: Record<string, GoldenIndicator>; goals: Record<string, { score: number; status: string }> }
>;

describe('evaluatePlan: the Riverton plan against an independent evaluation (riverton_golden.py)', () => {
  for (const [asOf, expected] of Object.entries(golden)) {
    describe(`as of ${asOf}`, () => {
      const report = evaluatePlan(riverton, { asOf });
      for (const [id, g] of Object.entries(expected.indicators)) {
        it(`indicator ${id}`, () => {
          const r = report.indicators.find((x) => x.id === id);
          expect(r).toBeDefined();
          if (r === undefined) return;
          expect(r.latest?.period ?? null).toBe(g.latest?.period ?? null);
          if (g.latest) expect(r.latest?.value).toBeCloseTo(g.latest.value, 9);
          expect(r.freshness.expectedPeriod).toBe(g.expected);
          expect(r.freshness.status).toBe(g.freshness);
          if (g.trend) expect(r.trend.status === 'ok' && r.trend.direction).toBe(g.trend);
          if (g.targetPeriod) expect(r.target?.period).toBe(g.targetPeriod);
          if (g.comparison !== undefined) expect(r.comparison?.value).toBeCloseTo(g.comparison, 9);
          if (g.target !== undefined) expect(r.comparison?.target).toBeCloseTo(g.target, 9);
          if (g.score !== undefined) {
            if (g.score === null) expect(r.score).toBeNull();
            else expect(r.score).toBeCloseTo(g.score, 12);
          }
          if (g.status !== undefined) expect(r.status).toBe(g.status);
        });
      }
      for (const [id, g] of Object.entries(expected.goals)) {
        it(`goal ${id}`, () => {
          const r = report.goals.find((x) => x.id === id);
          expect(r?.score).toBeCloseTo(g.score, 12);
          expect(r?.status).toBe(g.status);
        });
      }
    });
  }
});

describe('evaluatePlan: the Riverton report', () => {
  const report = evaluatePlan(riverton, { asOf: '2014-04-30' });
  const indicator = (id: string) => report.indicators.find((r) => r.id === id)!;
  const goal = (id: string) => report.goals.find((g) => g.id === id)!;
  const owner = (id: string) => report.owners.find((o) => o.id === id)!;

  it('reads trends against polarity', () => {
    expect(indicator('inspection-days').trend).toMatchObject({
      direction: 'decreasing',
      reading: 'improving',
    });
    expect(indicator('blight-abatements').trend).toMatchObject({
      direction: 'increasing',
      reading: 'improving',
    });
    expect(indicator('traffic-deaths').trend).toMatchObject({ reading: 'no_significant_change' });
    expect(indicator('population').trend).toMatchObject({ status: 'ok' });
  });
  it('derives the total of a weekly, district-only indicator from its complete breakdown', () => {
    const r = indicator('dumping-complaints');
    expect(r.latest).toMatchObject({ period: '2014-W12', derived: true });
    expect(r.comparison).toMatchObject({ basis: 'period_to_date', period: '2014', proRated: 12 / 52 });
    expect(r.comparison?.coverage).toEqual({ expected: 52, present: 12, ratio: 12 / 52 });
    expect(r.freshness).toMatchObject({ status: 'late', periodsOverdue: 4, latestPeriod: '2014-W12' });
  });
  it('scores groups of a level indicator, not of an additive one, and reports the equity gap', () => {
    const d = indicator('dumping-complaints').disaggregation[0]!;
    expect(d.dimension).toBe('district');
    expect(d.period).toBe('2014-W12');
    expect(d.groups.map((g) => g.group)).toEqual(['A', 'B', 'C', 'D', 'E']);
    expect(d.groups.every((g) => g.status === 'no_target' && g.score === null)).toBe(true);
    const values = d.groups.map((g) => g.comparisonValue as number);
    expect(d.equity.difference).toBe(Math.max(...values) - Math.min(...values));
    expect(d.equity.best?.value).toBe(Math.min(...values));
  });
  it('recomputes ratios from summed numerators and denominators', () => {
    const months = riverton.observations.filter(
      (o) => o.indicatorId === 'potholes-on-time' && o.period >= '2013-07' && o.period <= '2014-03',
    );
    const n = months.reduce((s, o) => s + (o.numerator ?? 0), 0);
    const d = months.reduce((s, o) => s + (o.denominator ?? 0), 0);
    expect(indicator('potholes-on-time').comparison?.value).toBeCloseTo((n / d) * 100, 12);
  });
  it('excludes neutral indicators from goals and rolls goals up with drivers', () => {
    expect(indicator('population')).toMatchObject({ status: 'not_comparable', score: null });
    const hn = goal('healthy-neighborhoods');
    expect(hn.children.map((c) => [c.id, c.weight, c.state])).toEqual([
      ['blighted-residences', 3, 'counted'],
      ['inspection-days', 2, 'counted'],
      ['blight-abatements', 1, 'counted'],
      ['dumping-complaints', 1, 'counted'],
    ]);
    expect(hn.children[0]?.input).toBe(1);
    expect(hn.drivers.map((d) => d.id)).toEqual(['inspection-days']);
    const city = goal('city');
    expect(city.depth).toBe(0);
    expect(hn.parentIds).toEqual(['city']);
    expect(hn.depth).toBe(1);
    expect(city.drivers[0]).toMatchObject({
      kind: 'goal',
      id: 'safe-streets',
      name: 'Safe, well-kept streets',
    });
    const rg = goal('responsive-government');
    expect(rg.coverage).toMatchObject({ counted: 3, withData: 2, missing: ['budget-execution'] });
  });
  it('rolls accountability up the owner tree', () => {
    expect(owner('code').subtree).toMatchObject({
      ownerIds: ['code', 'code-inspections', 'chief-inspector'],
      indicators: 3,
      byStatus: { achieved: 2, at_risk: 1 },
    });
    expect(owner('code').indicatorIds).toEqual(['blighted-residences']);
    expect(owner('code').goalIds).toEqual(['healthy-neighborhoods']);
    expect(owner('code').behind.map((b) => [b.id, b.ownerId])).toEqual([
      ['inspection-days', 'chief-inspector'],
    ]);
    expect(owner('chief-inspector').depth).toBe(2);
    expect(owner('mayor').lateData.map((l) => [l.id, l.status, l.expectedPeriod])).toEqual([
      ['calls-answered', 'late', '2014-03'],
    ]);
    expect(owner('sanitation').lateData[0]).toMatchObject({ id: 'dumping-complaints', periodsOverdue: 4 });
    expect(owner('police').subtree.onTrackShare).toBe(0);
    expect(report.summary).toMatchObject({ indicators: 10, goals: 4, owners: 11 });
    expect(report.summary.indicatorsByFreshness).toEqual({ on_time: 8, late: 2 });
    expect(report.unassigned).toEqual({ indicatorIds: [], goalIds: [] });
  });
  it('explains each indicator in a sentence', () => {
    expect(indicator('inspection-days').explanation.summary).toBe(
      'Days from complaint to first inspection: 80.8 in 2014-03 against a target of 75.0 (2013-12, most recent); ' +
        'status at_risk at 93.2% of target; trend improving (p < 0.0001); SPC improvement low, assurance fail; data on time.',
    );
  });
  it('is plain, deterministic JSON that matches its zod schema and the shipped JSON Schema', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    expect(evaluatePlan(riverton, { asOf: '2014-04-30' })).toEqual(report);
    expect(PlanReportSchema.parse(report)).toEqual(report);
    const shipped = JSON.parse(readFileSync(join(root, 'schema', 'report.schema.json'), 'utf8'));
    expect(shipped).toEqual(reportJsonSchema());
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(shipped);
    expect(validate(JSON.parse(JSON.stringify(report))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(
      true,
    );
  });
  it('does not mutate the plan', () => {
    const copy = structuredClone(riverton);
    evaluatePlan(riverton, { asOf: '2014-04-30', weights: { city: { 'safe-streets': 3 } } });
    expect(riverton).toEqual(copy);
  });
  it('accepts a Date and a period label as asOf', () => {
    expect(evaluatePlan(riverton, { asOf: new Date(2014, 3, 30) }).asOf).toBe('2014-04-30');
    expect(evaluatePlan(riverton, { asOf: '2014-04' }).asOf).toBe('2014-04-30');
    expect(evaluatePlan(riverton, { asOf: 'FY2014-Q3' }).asOf).toBe('2014-03-31');
  });
  it('trend and SPC can be switched off or configured', () => {
    const r = evaluatePlan(riverton, { asOf: '2014-04-30', trend: false, spc: false });
    expect(r.indicators.every((i) => i.trend.status === 'off' && i.spc.status === 'off')).toBe(true);
    const strict = evaluatePlan(riverton, { asOf: '2014-04-30', trend: { alpha: 1e-12 } });
    expect(strict.indicators.find((i) => i.id === 'blight-abatements')?.trend).toMatchObject({
      alpha: 1e-12,
    });
  });
  it('effective-dated weights from options override the plan', () => {
    const r = evaluatePlan(riverton, {
      asOf: '2014-04-30',
      weights: {
        city: {
          'safe-streets': [
            { from: '2013-01-01', weight: 1 },
            { from: 'FY2014-Q4', weight: 0 },
          ],
        },
      },
    });
    const city = r.goals.find((g) => g.id === 'city')!;
    expect(city.children.find((c) => c.id === 'safe-streets')).toMatchObject({
      weight: 0,
      state: 'excluded',
    });
    expect(city.score).toBeCloseTo((2 * 0.9805042016806723 + 0.9921732807811501) / 3, 12);
  });
  it('bounds change what rolls up', () => {
    const r = evaluatePlan(riverton, { asOf: '2014-04-30', bounds: { max: null } });
    const hn = r.goals.find((g) => g.id === 'healthy-neighborhoods')!;
    expect(hn.children[0]?.input).toBeCloseTo(1.0615, 12);
  });
});

const base = (extra: Record<string, unknown> = {}): Plan =>
  parsePlan({
    id: 'p',
    name: 'Plan',
    owners: [
      { id: 'dept', name: 'Department', kind: 'department' },
      { id: 'team', name: 'Team', kind: 'team', parentId: 'dept' },
    ],
    ...extra,
  });
const monthly = (id: string, more: Record<string, unknown> = {}) => ({
  id,
  name: id,
  polarity: 'increase',
  frequency: 'month',
  aggregation: 'last',
  unit: { type: 'count' },
  ...more,
});
const obs = (indicatorId: string, values: Array<[string, number | null]>) =>
  values.map(([period, value]) => ({ indicatorId, period, value }));

describe('evaluatePlan: messy plans', () => {
  it('an indicator with no observations: missing data, no_data status, nothing crashes', () => {
    const plan = base({
      indicators: [monthly('empty', { targets: [{ period: '2024', value: 10 }], ownerId: 'team' })],
      goals: [{ id: 'g', name: 'G', children: [{ indicatorId: 'empty' }] }],
    });
    const r = evaluatePlan(plan, { asOf: '2024-06-15' });
    const i = r.indicators[0]!;
    expect(i).toMatchObject({ latest: null, comparison: null, score: null, status: 'no_data' });
    expect(i.freshness).toMatchObject({ status: 'missing', expectedPeriod: '2024-05', periodsOverdue: 5 });
    expect(i.trend).toEqual({ status: 'insufficient_data', required: 3, received: 0 });
    expect(i.spc.status).toBe('insufficient_data');
    expect(i.change.previous).toEqual({
      status: 'no_data',
      reason: 'no_observations',
      referencePeriod: null,
    });
    expect(r.goals[0]).toMatchObject({ score: null, status: 'no_data', reason: 'no_data' });
    expect(r.owners[0]?.lateData).toEqual([
      {
        id: 'empty',
        ownerId: 'team',
        status: 'missing',
        expectedPeriod: '2024-05',
        dueDate: '2024-05-31',
        periodsOverdue: 5,
      },
    ]);
  });
  it('an indicator whose first data is not due yet is not_due', () => {
    const plan = base({ indicators: [monthly('new', { targets: [{ period: '2024-12', value: 10 }] })] });
    const r = evaluatePlan(plan, { asOf: '2024-06-15' });
    expect(r.indicators[0]).toMatchObject({ status: 'not_due', freshness: { status: 'not_due' } });
    const nothing = evaluatePlan(base({ indicators: [monthly('bare')] }), { asOf: '2024-06-15' });
    expect(nothing.indicators[0]).toMatchObject({ status: 'no_data', freshness: { status: 'missing' } });
  });
  it('an indicator without a target is no_target but still trended and charted', () => {
    const plan = base({
      indicators: [monthly('free')],
      observations: obs('free', [
        ['2023-11', 1],
        ['2023-12', 2],
        ['2024-01', 3],
        ['2024-02', 4],
        ['2024-03', 5],
        ['2024-04', 6],
      ]),
    });
    const i = evaluatePlan(plan, { asOf: '2024-05-15' }).indicators[0]!;
    expect(i).toMatchObject({ status: 'no_target', score: null, target: null });
    expect(i.trend).toMatchObject({ status: 'ok', direction: 'increasing' });
    expect(i.spc.status).toBe('ok');
    expect(i.change.previous).toMatchObject({ status: 'ok', absolute: 1, assessment: 'improved' });
  });
  it('one observation: scored, but trend and SPC need more', () => {
    const plan = base({
      indicators: [monthly('once', { targets: [{ period: '2024-03', value: 10 }] })],
      observations: obs('once', [['2024-03', 12]]),
    });
    const i = evaluatePlan(plan, { asOf: '2024-04-30' }).indicators[0]!;
    expect(i).toMatchObject({ status: 'achieved', score: 1.2 });
    expect(i.trend).toEqual({ status: 'insufficient_data', required: 3, received: 1 });
    expect(i.spc).toMatchObject({ status: 'insufficient_data' });
    expect(i.change.previous).toMatchObject({
      status: 'no_data',
      reason: 'missing_reference',
      referencePeriod: '2024-02',
    });
  });
  it('a target for a period with no data: the latest earlier target stays in force; a future one is upcoming', () => {
    const plan = base({
      indicators: [
        monthly('held', {
          targets: [
            { period: '2023-12', value: 10 },
            { period: '2026-12', value: 20 },
          ],
        }),
        monthly('ahead', { targets: [{ period: '2026-12', value: 20 }] }),
      ],
      observations: [
        ...obs('held', [
          ['2024-01', 12],
          ['2024-02', 11],
        ]),
        ...obs('ahead', [['2024-02', 15]]),
      ],
    });
    const r = evaluatePlan(plan, { asOf: '2024-03-15' });
    expect(r.indicators[0]?.target).toMatchObject({ period: '2023-12', basis: 'most_recent', value: 10 });
    expect(r.indicators[1]?.target).toMatchObject({ period: '2026-12', basis: 'upcoming' });
    expect(r.indicators[1]).toMatchObject({ score: 0.75, status: 'off_track' });
  });
  it('a deep goal tree (3,000 levels) rolls up without a stack overflow', () => {
    const depth = 3000;
    const goals = Array.from({ length: depth }, (_, i) => ({
      id: `g${i}`,
      name: `Goal ${i}`,
      children: i === depth - 1 ? [{ indicatorId: 'x' }] : [{ goalId: `g${i + 1}` }],
    }));
    const plan = base({
      indicators: [monthly('x', { targets: [{ period: '2024-01', value: 10 }] })],
      goals,
      observations: obs('x', [['2024-01', 9.5]]),
    });
    const r = evaluatePlan(plan, { asOf: '2024-02-15', trend: false, spc: false });
    expect(r.goals[0]?.score).toBe(0.95);
    expect(r.goals[depth - 1]?.depth).toBe(depth - 1);
  });
  it('zero weights: shown without counting; all zero gives no score', () => {
    const plan = base({
      indicators: [
        monthly('a', { targets: [{ period: '2024-01', value: 10 }] }),
        monthly('b', { targets: [{ period: '2024-01', value: 10 }] }),
      ],
      goals: [
        { id: 'some', name: 'Some', children: [{ indicatorId: 'a', weight: 0 }, { indicatorId: 'b' }] },
        {
          id: 'none',
          name: 'None',
          children: [
            { indicatorId: 'a', weight: 0 },
            { indicatorId: 'b', weight: 0 },
          ],
        },
      ],
      observations: [...obs('a', [['2024-01', 5]]), ...obs('b', [['2024-01', 9]])],
    });
    const r = evaluatePlan(plan, { asOf: '2024-02-15' });
    expect(r.goals[0]).toMatchObject({ score: 0.9, status: 'at_risk' });
    expect(r.goals[0]?.children[0]).toMatchObject({ state: 'excluded', share: 0 });
    expect(r.goals[1]).toMatchObject({ score: null, status: 'no_data', reason: 'no_counted_children' });
  });
  it('effective-dated weights in the plan apply from their date; before the first step a child is not counted', () => {
    const plan = base({
      indicators: [
        monthly('a', { targets: [{ period: '2024-01', value: 10 }] }),
        monthly('b', { targets: [{ period: '2024-01', value: 10 }] }),
        monthly('c', { targets: [{ period: '2024-01', value: 10 }] }),
      ],
      goals: [
        {
          id: 'g',
          name: 'G',
          children: [
            {
              indicatorId: 'a',
              weight: [
                { from: '2024-01-01', weight: 1 },
                { from: '2024-Q3', weight: 3 },
              ],
            },
            { indicatorId: 'b' },
            { indicatorId: 'c', weight: [{ from: '2024-06-01', weight: 2 }] },
          ],
        },
      ],
      observations: [
        ...obs('a', [['2024-01', 5]]),
        ...obs('b', [['2024-01', 9]]),
        ...obs('c', [['2024-01', 7]]),
      ],
    });
    // Scores a = 0.5, b = 0.9, c = 0.7 at both dates (the January figures stay the latest).
    const february = evaluatePlan(plan, { asOf: '2024-02-15', trend: false, spc: false }).goals[0]!;
    expect(february.children.map((c) => [c.id, c.weight, c.state])).toEqual([
      ['a', 1, 'counted'],
      ['b', 1, 'counted'],
      ['c', 0, 'excluded'],
    ]);
    expect(february.score).toBeCloseTo((0.5 + 0.9) / 2, 12);
    const august = evaluatePlan(plan, { asOf: '2024-08-15', trend: false, spc: false }).goals[0]!;
    expect(august.children.map((c) => c.weight)).toEqual([3, 1, 2]);
    expect(august.score).toBeCloseTo((3 * 0.5 + 0.9 + 2 * 0.7) / 6, 12);
  });
  it('goal methods and policies from the plan: sum over same-unit indicators, strict, zero', () => {
    const money = (id: string) =>
      monthly(id, {
        aggregation: 'sum',
        unit: { type: 'currency', currency: 'USD' },
        targets: [{ period: '2024', value: '1200.00' }],
      });
    const plan = base({
      indicators: [money('north'), money('south'), money('east')],
      goals: [
        {
          id: 'total',
          name: 'Total',
          rollup: 'sum',
          children: [{ indicatorId: 'north' }, { indicatorId: 'south' }, { indicatorId: 'east' }],
        },
        {
          id: 'strict',
          name: 'Strict',
          missing: 'strict',
          children: [{ indicatorId: 'north' }, { indicatorId: 'east' }],
        },
        {
          id: 'zero',
          name: 'Zero',
          missing: 'zero',
          children: [{ indicatorId: 'north' }, { indicatorId: 'east' }],
        },
      ],
      observations: [
        { indicatorId: 'north', period: '2024-01', value: '100.10' },
        { indicatorId: 'north', period: '2024-02', value: '99.95' },
        { indicatorId: 'south', period: '2024-01', value: '50.00' },
      ],
    });
    const r = evaluatePlan(plan, { asOf: '2024-03-15' });
    const total = r.goals[0]!;
    // north: 200.05 against 1200 × 2/12 = 200; south: 50 against 1200 × 1/12 = 100
    expect(total.total).toMatchObject({
      exact: '250.05',
      targetExact: '300',
      unit: JSON.stringify({ type: 'currency', currency: 'USD' }),
    });
    expect(total.score).toBeCloseTo(250.05 / 300, 15);
    expect(total.coverage.missing).toEqual(['east']);
    expect(total.children.map((c) => c.total?.exact)).toEqual(['200.05', '50', null]);
    expect(total.drivers.map((d) => [d.id, d.measure, d.shortfall])).toEqual([['south', 'value', 50]]);
    expect(r.goals[1]).toMatchObject({ score: null, reason: 'missing_children' });
    expect(r.goals[2]?.score).toBeCloseTo(0.5, 15);
  });
  it('ratio groups are pooled into derived totals and scored against the same target', () => {
    const plan = base({
      indicators: [
        monthly('share', {
          aggregation: 'ratio',
          unit: { type: 'percent' },
          targets: [{ period: '2024-01', value: 80 }],
          dimensions: [{ id: 'ward', values: ['1', '2'] }],
        }),
      ],
      observations: [
        {
          indicatorId: 'share',
          period: '2024-01',
          numerator: 90,
          denominator: 100,
          dimensions: { ward: '1' },
        },
        {
          indicatorId: 'share',
          period: '2024-01',
          numerator: 10,
          denominator: 50,
          dimensions: { ward: '2' },
        },
      ],
    });
    const i = evaluatePlan(plan, { asOf: '2024-02-15' }).indicators[0]!;
    expect(i.latest).toMatchObject({ derived: true });
    expect(i.latest?.value).toBeCloseTo((100 / 150) * 100, 12);
    const groups = i.disaggregation[0]!.groups;
    expect(groups.map((g) => [g.group, g.comparisonValue, g.status])).toEqual([
      ['1', 90, 'achieved'],
      ['2', 20, 'off_track'],
    ]);
    expect(i.disaggregation[0]?.equity).toMatchObject({
      status: 'disparity',
      best: { group: '1' },
      worst: { group: '2' },
      ratio: 4.5,
    });
  });
  it('an incomplete breakdown derives no total; a reported total wins', () => {
    const plan = base({
      indicators: [
        monthly('count', {
          aggregation: 'sum',
          targets: [{ period: '2024-01', value: 10 }],
          dimensions: [{ id: 'ward', values: ['1', '2'] }],
        }),
      ],
      observations: [
        { indicatorId: 'count', period: '2024-01', value: 4, dimensions: { ward: '1' } },
        { indicatorId: 'count', period: '2024-02', value: 4, dimensions: { ward: '1' } },
        { indicatorId: 'count', period: '2024-02', value: 5, dimensions: { ward: '2' } },
        { indicatorId: 'count', period: '2024-02', value: 12 },
      ],
    });
    const i = evaluatePlan(plan, { asOf: '2024-03-15' }).indicators[0]!;
    expect(i.latest).toMatchObject({ period: '2024-02', value: 12, derived: false });
    expect(i.trend).toMatchObject({ status: 'insufficient_data', received: 1 });
  });
  it('unowned indicators and goals are listed; late data is found through isLate rules', () => {
    const plan = base({
      indicators: [monthly('orphan', { reportingLagDays: 10, targets: [{ period: '2024', value: 1 }] })],
      goals: [{ id: 'lonely', name: 'Lonely', children: [{ indicatorId: 'orphan' }] }],
      observations: obs('orphan', [['2024-01', 1]]),
    });
    const r = evaluatePlan(plan, { asOf: '2024-04-11' });
    expect(r.unassigned).toEqual({ indicatorIds: ['orphan'], goalIds: ['lonely'] });
    expect(r.indicators[0]?.freshness).toMatchObject({
      status: 'late',
      expectedPeriod: '2024-03',
      dueDate: '2024-04-10',
      periodsOverdue: 2,
    });
    expect(evaluatePlan(plan, { asOf: '2024-04-10' }).indicators[0]?.freshness.expectedPeriod).toBe(
      '2024-02',
    );
  });
  it('a null value (due, not reported) is not data', () => {
    const plan = base({
      indicators: [monthly('gap', { targets: [{ period: '2024', value: 10 }] })],
      observations: obs('gap', [
        ['2024-01', 8],
        ['2024-02', null],
      ]),
    });
    const i = evaluatePlan(plan, { asOf: '2024-03-15' }).indicators[0]!;
    expect(i.latest?.period).toBe('2024-01');
    expect(i.freshness.status).toBe('late');
  });
  it('range indicators: achieved inside the band; tolerance decides outside it; trends read towards the band', () => {
    const plan = base({
      indicators: [
        monthly('band', {
          polarity: 'range',
          unit: { type: 'percent' },
          targets: [{ period: '2024', value: { min: 4, max: 6 }, tolerance: 1 }],
        }),
      ],
      observations: obs('band', [
        ['2024-01', 9],
        ['2024-02', 8.5],
        ['2024-03', 8],
        ['2024-04', 7.5],
        ['2024-05', 7],
        ['2024-06', 6.8],
      ]),
    });
    const i = evaluatePlan(plan, { asOf: '2024-07-15' }).indicators[0]!;
    expect(i.target).toMatchObject({ range: { min: 4, max: 6 }, value: null });
    expect(i.status).toBe('at_risk');
    expect(i.trend).toMatchObject({ direction: 'decreasing', reading: 'improving' });
  });
  it('rejects bad options with precise messages', () => {
    const plan = base();
    const cases: Array<[() => unknown, string]> = [
      [
        () => evaluatePlan(null as never, { asOf: '2024-01-01' }),
        'evaluatePlan: expected plan to be a plan (the result of parsePlan), received null',
      ],
      [
        () => evaluatePlan({ ...plan, goals: undefined } as never, { asOf: '2024-01-01' }),
        'evaluatePlan: expected plan.goals to be an array (pass the result of parsePlan), received undefined',
      ],
      [
        () => evaluatePlan(plan, null as never),
        'evaluatePlan: expected options to be an object with asOf, received null',
      ],
      [
        () => evaluatePlan(plan, {} as never),
        'evaluatePlan: expected options.asOf to be given, received undefined',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-02-30' }),
        'evaluatePlan: expected options.asOf to be a date (YYYY-MM-DD), a Date or a period label',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', trend: 1 as never }),
        'evaluatePlan: expected options.trend to be an object or false, received 1',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', spc: 'x' as never }),
        "evaluatePlan: expected options.spc to be an object or false, received 'x'",
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', bounds: 2 as never }),
        'evaluatePlan: expected options.bounds to be { min, max }, received 2',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', bounds: { min: Number.NaN } }),
        'evaluatePlan: expected options.bounds.min to be a finite number or null, received NaN',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', onTrack: [1] as never }),
        'evaluatePlan: expected options.onTrack to be an array of statuses, received an array of length 1',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', equityThreshold: 2 }),
        'evaluatePlan: expected options.equityThreshold to be a number in (0, 1], received 2',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', weights: [] as never }),
        'evaluatePlan: expected options.weights to be an object of weights by goal id, then child id, received an array of length 0',
      ],
      [
        () => evaluatePlan(plan, { asOf: '2024-01-01', weights: { g: 3 } as never }),
        'evaluatePlan: expected options.weights.g to be an object of weights by child id, received 3',
      ],
    ];
    for (const [run, message] of cases) {
      expect(run).toThrow(ArgumentError);
      expect(run).toThrow(message);
    }
  });
});
