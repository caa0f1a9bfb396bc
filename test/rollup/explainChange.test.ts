import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { parsePlan } from '../../src/model/index.js';
import { evaluatePlan, explainChange } from '../../src/rollup/index.js';
import { dec } from '../../src/rollup/internal/decimal.js';

const root = join(import.meta.dirname, '..', '..');
const riverton = parsePlan(
  JSON.parse(readFileSync(join(root, 'examples', 'data', 'city-plan.json'), 'utf8')),
);
const january = evaluatePlan(riverton, { asOf: '2014-01-31' });
const april = evaluatePlan(riverton, { asOf: '2014-04-30' });

const sumsExactly = (c: ReturnType<typeof explainChange>) =>
  c.contributions.reduce((s, x) => s.plus(x.exact), dec(0)).eq(dec(c.exact as string));

describe('explainChange', () => {
  it('decomposes a goal of the Riverton plan exactly into its children', () => {
    const why = explainChange(january, april, 'healthy-neighborhoods');
    expect(why.status).toBe('ok');
    expect(why.change).toBeCloseTo(0.9805042016806722 - 0.9951690821256038, 15);
    expect(sumsExactly(why)).toBe(true);
    expect(why.contributions.map((c) => c.id)).toEqual([
      'inspection-days',
      'dumping-complaints',
      'blighted-residences',
      'blight-abatements',
    ]);
    // inspection days: weight 2 of 7, from 1 (clamped 1.0588) to 0.93176
    expect(why.contributions[0]?.contribution).toBeCloseTo((2 / 7) * (0.9317647058823529 - 1), 15);
    expect(why.contributions[0]).toMatchObject({
      name: 'Days from complaint to first inspection',
      statusBefore: 'achieved',
      statusNow: 'at_risk',
    });
    expect(why.explanation.summary).toBe(
      'Healthy neighborhoods: fewer blighted properties moved down 1.47 percentage points from 2014-01-31 to 2014-04-30 ' +
        '(at_risk → at_risk): Days from complaint to first inspection −1.95, Illegal dumping complaints +0.48.',
    );
  });
  it('drills down the goal tree: the city moved because a sub-goal moved', () => {
    const city = explainChange(january, april, 'city');
    expect(sumsExactly(city)).toBe(true);
    expect(city.contributions[0]).toMatchObject({ kind: 'goal', id: 'healthy-neighborhoods' });
    expect(city.contributions[0]?.contribution).toBeCloseTo(
      (2 / 4) * (0.9805042016806722 - 0.9951690821256038),
      15,
    );
  });
  it('attributes data going missing to the mix effect', () => {
    const plan = (b: number | null) =>
      parsePlan({
        id: 'p',
        name: 'P',
        indicators: ['a', 'b'].map((id) => ({
          id,
          name: id,
          polarity: 'increase',
          frequency: 'month',
          aggregation: 'last',
          unit: { type: 'count' },
          targets: [{ period: '2024-01', value: 10 }],
        })),
        goals: [{ id: 'g', name: 'G', children: [{ indicatorId: 'a' }, { indicatorId: 'b' }] }],
        observations: [
          { indicatorId: 'a', period: '2024-01', value: 10 },
          { indicatorId: 'b', period: '2024-01', value: b },
        ],
      });
    const before = evaluatePlan(plan(5), { asOf: '2024-02-15' });
    const after = evaluatePlan(plan(null), { asOf: '2024-02-15' });
    const why = explainChange(before, after, 'g');
    expect(why.exact).toBe('0.25');
    expect(why.contributions.map((c) => [c.id, c.exact, c.inputEffect, c.mixEffect])).toEqual([
      ['a', '0.125', 0, 0.125],
      ['b', '0.125', 0, 0.125],
    ]);
    expect(why.contributions[1]?.current?.state).toBe('missing');
    expect(why.explanation.summary).toContain('b +12.5 (no data now)');
  });
  it('decomposes the value of a sum goal', () => {
    const plan = (north: string) =>
      parsePlan({
        id: 'p',
        name: 'P',
        indicators: ['north', 'south'].map((id) => ({
          id,
          name: id,
          polarity: 'increase',
          frequency: 'month',
          aggregation: 'sum',
          unit: { type: 'currency', currency: 'USD' },
          targets: [{ period: '2024-01', value: 100 }],
        })),
        goals: [
          {
            id: 'total',
            name: 'Total',
            rollup: 'sum',
            children: [{ indicatorId: 'north' }, { indicatorId: 'south' }],
          },
        ],
        observations: [
          { indicatorId: 'north', period: '2024-01', value: north },
          { indicatorId: 'south', period: '2024-01', value: '40.00' },
        ],
      });
    const why = explainChange(
      evaluatePlan(plan('10.10'), { asOf: '2024-02-15' }),
      evaluatePlan(plan('12.35'), { asOf: '2024-02-15' }),
      'total',
    );
    expect(why).toMatchObject({ measure: 'value', exact: '2.25' });
    expect(why.contributions.map((c) => [c.id, c.exact])).toEqual([
      ['north', '2.25'],
      ['south', '0'],
    ]);
  });
  it('new, removed and unscored goals are not comparable', () => {
    const removed = { ...april, goals: april.goals.filter((g) => g.id !== 'city') };
    expect(explainChange(removed, april, 'city')).toMatchObject({
      status: 'not_comparable',
      reason: 'not_in_previous',
      status0: null,
      status1: 'off_track',
    });
    expect(explainChange(april, removed, 'city')).toMatchObject({
      status: 'not_comparable',
      reason: 'not_in_current',
    });
    expect(explainChange(removed, april, 'city').explanation.summary).toContain('is new since 2014-04-30');
    const unscored = {
      ...april,
      goals: april.goals.map((g) => (g.id === 'city' ? { ...g, score: null, status: 'no_data' } : g)),
    };
    const why = explainChange(unscored, april, 'city');
    expect(why).toMatchObject({ status: 'not_comparable', reason: 'no_previous_score', contributions: [] });
    expect(why.explanation.summary).toContain('no score on 2014-04-30');
  });
  it('rejects what is not a report, and goals in neither report', () => {
    expect(() => explainChange(null as never, april, 'city')).toThrow(
      'explainChange: expected previousReport to be a plan report (the result of evaluatePlan), received null',
    );
    expect(() => explainChange(april, {} as never, 'city')).toThrow(ArgumentError);
    expect(() => explainChange(april, april, 7 as never)).toThrow(
      'explainChange: expected goalId to be a goal id, received 7',
    );
    expect(() => explainChange(april, april, 'nowhere')).toThrow(
      "explainChange: expected goalId to be the id of a goal in either report, received 'nowhere'",
    );
  });
  it('does not mutate the reports', () => {
    const copies = [structuredClone(january), structuredClone(april)];
    const why = explainChange(january, april, 'city');
    expect([january, april]).toEqual(copies);
    expect(JSON.parse(JSON.stringify(why))).toEqual(why);
  });
});
