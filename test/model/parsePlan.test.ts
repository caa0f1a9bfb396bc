import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ValidationError, type ValidationIssue } from '../../src/errors/index.js';
import { type Plan, parsePlan, safeParsePlan } from '../../src/model/index.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'model', name), 'utf8')) as Record<
    string,
    any
  >;

/** The issues a plan is rejected with (fails the test if it is accepted). */
function issuesOf(input: unknown): readonly ValidationIssue[] {
  const result = safeParsePlan(input);
  if (result.success) throw new Error('expected the plan to be rejected');
  return result.error.issues;
}

/** A copy of the small fixture with a change applied. */
function variant(change: (plan: Record<string, any>) => void): Record<string, any> {
  const plan = fixture('small-city.json');
  change(plan);
  return plan;
}

const pick = (issues: readonly ValidationIssue[]) => issues.map(({ code, path }) => ({ code, path }));

describe('parsePlan', () => {
  it('accepts an effective-dated weight: dates or period labels, in increasing order', () => {
    const plan = parsePlan(
      variant((p) => {
        p.goals[0].children[0].weight = [
          { from: '2020-01-01', weight: 2 },
          { from: 'FY2025', weight: 3 },
        ];
      }),
    );
    expect(plan.goals[0]?.children[0]?.weight).toEqual([
      { from: '2020-01-01', weight: 2 },
      { from: 'FY2025', weight: 3 },
    ]);
  });

  it('rejects a dated weight with an unreadable, out-of-order or empty schedule, naming the step', () => {
    const issues = issuesOf(
      variant((p) => {
        // FY2025 starts on 2024-07-01 (fiscal years start in July): the third step is not after it.
        p.goals[0].children[0].weight = [
          { from: '2020-01-01', weight: 2 },
          { from: 'FY2025', weight: 3 },
          { from: '2024-07-01', weight: 1 },
          { from: '2024-13', weight: 1 },
        ];
        p.goals[1].children[0].weight = [];
        p.goals[1].children[1].weight = [{ from: '2024-01-01', weight: -1 }];
      }),
    );
    expect(pick(issues)).toEqual(
      expect.arrayContaining([
        { code: 'invalid_value', path: 'goals[0].children[0].weight[2].from' },
        { code: 'invalid_period', path: 'goals[0].children[0].weight[3].from' },
      ]),
    );
    expect(issues.find((i) => i.path === 'goals[0].children[0].weight[2].from')?.message).toBe(
      "safeParsePlan: expected goals[0].children[0].weight[2].from to be a step starting after the previous one (2024-07-01), received '2024-07-01', starting 2024-07-01",
    );
    expect(issues.some((i) => i.path.startsWith('goals[1].children[0].weight'))).toBe(true);
    expect(issues.some((i) => i.path.startsWith('goals[1].children[1].weight'))).toBe(true);
  });

  it('accepts a realistic plan and applies defaults', () => {
    const plan = parsePlan(fixture('small-city.json'));
    expect(plan.indicators).toHaveLength(4);
    expect(plan.goals[0]?.children[1]).toEqual({ indicatorId: 'crashes', weight: 1 });
    expect(plan.indicators[1]?.reportingLagDays).toBe(0);
    expect(plan.observations[0]?.status).toBe('final');
    expect(plan.observations[1]?.value).toBe('4.80');
  });

  it('round-trips: parse → JSON → parse gives an equal plan', () => {
    const once = parsePlan(fixture('small-city.json'));
    const twice = parsePlan(JSON.parse(JSON.stringify(once)));
    expect(twice).toEqual(once);
  });

  it('parses the shipped example plan', () => {
    const text = readFileSync(
      join(import.meta.dirname, '..', '..', 'examples', 'data', 'city-plan.json'),
      'utf8',
    );
    const plan: Plan = parsePlan(JSON.parse(text));
    expect(plan.indicators.length).toBeGreaterThanOrEqual(8);
    expect(new Set(plan.indicators.map((i) => i.polarity))).toEqual(
      new Set(['increase', 'decrease', 'range', 'neutral']),
    );
  });

  it('never mutates its input and shares no object with it', () => {
    const input = fixture('small-city.json');
    const deepFreeze = (value: unknown): void => {
      if (value && typeof value === 'object') {
        Object.freeze(value);
        for (const v of Object.values(value)) deepFreeze(v);
      }
    };
    const before = JSON.stringify(input);
    deepFreeze(input);
    const plan = parsePlan(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(plan.indicators[0]).not.toBe(input.indicators[0]);
    expect(plan.observations).not.toBe(input.observations);
  });

  it('throws a ValidationError listing every issue', () => {
    const input = variant((p) => {
      p.owners[1].parentId = 'nobody';
      p.indicators[0].polarity = 'up';
      p.observations[0].period = '2024-13';
    });
    expect(() => parsePlan(input)).toThrow(ValidationError);
    try {
      parsePlan(input);
    } catch (error) {
      const e = error as ValidationError;
      expect(e.code).toBe('validation_failed');
      expect(pick(e.issues)).toEqual([
        { code: 'invalid_value', path: 'indicators[0].polarity' },
        { code: 'unknown_reference', path: 'owners[1].parentId' },
        { code: 'invalid_period', path: 'observations[0].period' },
      ]);
      expect(e.message).toContain('parsePlan: expected valid input, received 3 issues');
      expect(e.issues[0]?.message).toBe(
        "parsePlan: expected indicators[0].polarity to be one of 'increase', 'decrease', 'range', 'neutral', received 'up'",
      );
    }
  });

  it('safeParsePlan reports with its own name', () => {
    const result = safeParsePlan({ id: 'p' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(pick(result.error.issues)).toEqual([{ code: 'invalid_type', path: 'name' }]);
      expect(result.error.issues[0]?.message).toBe(
        'safeParsePlan: expected name to be present (a string), received undefined',
      );
    }
  });

  it.each([null, 42, 'plan', []])('rejects a non-object plan (%s)', (input) => {
    expect(pick(issuesOf(input))).toEqual([{ code: 'invalid_type', path: '' }]);
  });
});

describe('parsePlan rules', () => {
  it('duplicate ids, naming the first', () => {
    const issues = issuesOf(
      variant((p) => {
        p.indicators.push({ ...p.indicators[0] });
        p.goals.push({ id: 'streets-goal', name: 'again', children: [] });
        p.owners.push({ id: 'dpw', name: 'again', kind: 'department' });
      }),
    );
    expect(pick(issues)).toEqual(
      expect.arrayContaining([
        { code: 'duplicate_id', path: 'owners[3].id' },
        { code: 'duplicate_id', path: 'goals[2].id' },
        { code: 'duplicate_id', path: 'indicators[4].id' },
      ]),
    );
    expect(issues.find((i) => i.path === 'indicators[4].id')?.message).toBe(
      "safeParsePlan: expected indicators[4].id to be a unique indicator id, received 'pothole-days', already the id of indicators[0]",
    );
  });

  it('references to unknown owners, goals and indicators', () => {
    const issues = issuesOf(
      variant((p) => {
        p.goals[0].ownerId = 'ghost';
        p.goals[0].children.push({ goalId: 'ghost-goal' }, { indicatorId: 'ghost-indicator' });
        p.indicators[0].ownerId = 'ghost';
        p.observations[0].indicatorId = 'ghost-indicator';
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'unknown_reference', path: 'indicators[0].ownerId' },
      { code: 'unknown_reference', path: 'goals[0].ownerId' },
      { code: 'unknown_reference', path: 'goals[0].children[2].goalId' },
      { code: 'unknown_reference', path: 'goals[0].children[3].indicatorId' },
      { code: 'unknown_reference', path: 'observations[0].indicatorId' },
    ]);
  });

  it('a goal child needs exactly one of goalId and indicatorId', () => {
    const issues = issuesOf(
      variant((p) => {
        p.goals[0].children.push({ weight: 1 }, { goalId: 'potholes-goal', indicatorId: 'crashes' });
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'invalid_value', path: 'goals[0].children[2]' },
      { code: 'invalid_value', path: 'goals[0].children[3]' },
    ]);
  });

  it('cycles in the goal tree, with the cycle named', () => {
    const issues = issuesOf(
      variant((p) => {
        p.goals[1].children.push({ goalId: 'streets-goal' });
      }),
    );
    expect(pick(issues)).toEqual([{ code: 'cycle', path: 'goals[1].children[2].goalId' }]);
    expect(issues[0]?.message).toContain('the cycle streets-goal → potholes-goal → streets-goal');
  });

  it('a goal that contains itself', () => {
    const issues = issuesOf(variant((p) => p.goals[0].children.push({ goalId: 'streets-goal' })));
    expect(pick(issues)).toEqual([{ code: 'cycle', path: 'goals[0].children[2].goalId' }]);
  });

  it('cycles in the owner tree', () => {
    const issues = issuesOf(variant((p) => (p.owners[0].parentId = 'lee')));
    expect(pick(issues)).toEqual([
      { code: 'cycle', path: 'owners[0].parentId' },
      { code: 'cycle', path: 'owners[1].parentId' },
      { code: 'cycle', path: 'owners[2].parentId' },
    ]);
  });

  it('observation periods that do not exist or do not match the frequency', () => {
    const issues = issuesOf(
      variant((p) => {
        p.observations[0].period = '2023-02-29';
        p.observations[2].period = '2024-Q3';
        p.observations[3].period = '2021-W53';
        p.observations[6].period = 'FY24';
        p.indicators[0].baseline.period = '2024-Q5';
        p.indicators[0].targets[0].period = '2024-00';
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'invalid_period', path: 'indicators[0].baseline.period' },
      { code: 'invalid_period', path: 'indicators[0].targets[0].period' },
      { code: 'invalid_period', path: 'observations[0].period' },
      { code: 'frequency_mismatch', path: 'observations[2].period' },
      { code: 'invalid_period', path: 'observations[3].period' },
      { code: 'invalid_period', path: 'observations[6].period' },
    ]);
    expect(issues[3]?.message).toBe(
      "safeParsePlan: expected observations[2].period to be a fiscal-quarter period, the frequency of indicator 'potholes-on-time', received '2024-Q3', a quarter period",
    );
  });

  it('duplicate observations for the same indicator, period and dimensions name both', () => {
    const issues = issuesOf(
      variant((p) => {
        p.observations.push({
          indicatorId: 'crashes',
          period: '2020-W53',
          value: 3,
          dimensions: { ward: '2' },
        });
        p.observations.push({ indicatorId: 'pothole-days', period: '2024-07', value: 5 });
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'duplicate_observation', path: 'observations[8]' },
      { code: 'duplicate_observation', path: 'observations[9]' },
    ]);
    expect(issues[0]?.message).toContain('a duplicate of observations[5]');
    expect(issues[1]?.message).toContain('a duplicate of observations[0]');
  });

  it('range targets with min > max, and targets of the wrong form for the polarity', () => {
    const issues = issuesOf(
      variant((p) => {
        p.indicators[3].targets[0].value = { min: 90, max: 80 };
        p.indicators[0].targets.push({ period: 'FY2026', value: { min: 1, max: 2 } });
        p.indicators[3].targets.push({ period: 'FY2026', value: 80 });
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'invalid_value', path: 'indicators[0].targets[1].value' },
      { code: 'invalid_range', path: 'indicators[3].targets[0].value' },
      { code: 'invalid_value', path: 'indicators[3].targets[1].value' },
    ]);
  });

  it('non-finite numbers', () => {
    const issues = issuesOf(
      variant((p) => {
        p.observations[0].value = Number.NaN;
        p.observations[2].numerator = Number.POSITIVE_INFINITY;
        p.indicators[0].baseline.value = '1e999';
        p.goals[0].children[0].weight = Number.NaN;
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'non_finite', path: 'goals[0].children[0].weight' },
      { code: 'non_finite', path: 'observations[0].value' },
      { code: 'non_finite', path: 'observations[2].numerator' },
      { code: 'non_finite', path: 'indicators[0].baseline.value' },
    ]);
    expect(issues[1]?.message).toBe(
      'safeParsePlan: expected observations[0].value to be a finite number, received NaN',
    );
  });

  it('percentages outside 0-100 unless the unit allows it', () => {
    const bad = variant((p) => {
      p.indicators[1].targets[0].value = 105;
      p.indicators[1].aggregation = 'mean';
      p.observations[2] = { indicatorId: 'potholes-on-time', period: 'FY2025-Q1', value: -3 };
    });
    expect(pick(issuesOf(bad))).toEqual([
      { code: 'out_of_range', path: 'indicators[1].targets[0].value' },
      { code: 'out_of_range', path: 'observations[2].value' },
    ]);
    bad.indicators[1].unit.allowOutsideRange = true;
    expect(safeParsePlan(bad).success).toBe(true);
  });

  it('unknown dimension keys and values', () => {
    const issues = issuesOf(
      variant((p) => {
        p.observations[4].dimensions = { ward: '9' };
        p.observations[5].dimensions = { district: '2' };
        p.observations[0].dimensions = { ward: '1' };
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'unknown_dimension', path: 'observations[0].dimensions.ward' },
      { code: 'unknown_dimension_value', path: 'observations[4].dimensions.ward' },
      { code: 'unknown_dimension', path: 'observations[5].dimensions.district' },
    ]);
  });

  it('summing non-additive units is refused at validation', () => {
    const issues = issuesOf(
      variant((p) => {
        p.indicators[1].aggregation = 'sum';
        p.goals[0].rollup = 'sum';
        p.goals[1].rollup = 'sum';
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'incompatible_units', path: 'indicators[1].aggregation' },
      { code: 'incompatible_units', path: 'goals[0].children[0].goalId' },
      { code: 'incompatible_units', path: 'goals[1].children[1].indicatorId' },
    ]);
  });

  it('observations need a value or a numerator and a denominator; ratio indicators need both', () => {
    const issues = issuesOf(
      variant((p) => {
        p.observations[0] = { indicatorId: 'pothole-days', period: '2024-07' };
        p.observations[1] = { indicatorId: 'pothole-days', period: '2024-08', numerator: 3 };
        p.observations[2] = { indicatorId: 'potholes-on-time', period: 'FY2025-Q1', value: 82 };
      }),
    );
    expect(pick(issues)).toEqual([
      { code: 'invalid_value', path: 'observations[0]' },
      { code: 'invalid_value', path: 'observations[1].denominator' },
      { code: 'invalid_value', path: 'observations[2]' },
    ]);
  });

  it('shape errors carry zod codes with our paths and messages', () => {
    const issues = issuesOf(
      variant((p) => {
        p.calendar.fiscalYearStartMonth = 13;
        p.owners[0].kind = 'agency';
        p.indicators[0].unit = { type: 'furlongs' };
        p.indicators[1].unit = { type: 'currency', currency: 'usd' };
        p.indicators[2].id = ' crashes';
        p.indicators[2].decimals = 2.5;
        p.goals[0].children[0].weight = -1;
        p.observations[1].value = 'four';
        p.observations[3].extra = true;
        p.name = '';
      }),
    );
    expect(pick(issues)).toEqual(
      expect.arrayContaining([
        { code: 'too_big', path: 'calendar.fiscalYearStartMonth' },
        { code: 'invalid_value', path: 'owners[0].kind' },
        { code: 'invalid_union', path: 'indicators[0].unit.type' },
        { code: 'invalid_format', path: 'indicators[1].unit.currency' },
        { code: 'invalid_format', path: 'indicators[2].id' },
        { code: 'invalid_type', path: 'indicators[2].decimals' },
        { code: 'too_small', path: 'goals[0].children[0].weight' },
        { code: 'invalid_format', path: 'observations[1].value' },
        { code: 'unrecognized_keys', path: 'observations[3].extra' },
        { code: 'too_small', path: 'name' },
      ]),
    );
    const message = (path: string) => issues.find((i) => i.path === path)?.message;
    expect(message('calendar.fiscalYearStartMonth')).toBe(
      'safeParsePlan: expected calendar.fiscalYearStartMonth to be a number <= 12, received 13',
    );
    expect(message('name')).toBe("safeParsePlan: expected name to be a non-empty string, received ''");
    expect(message('indicators[0].unit.type')).toContain("to be one of 'count', 'percent', 'rate'");
    expect(message('indicators[2].decimals')).toBe(
      'safeParsePlan: expected indicators[2].decimals to be an integer, received 2.5',
    );
    expect(message('observations[1].value')).toContain('a decimal string');
    expect(message('observations[3].extra')).toBe(
      "safeParsePlan: expected observations[3] to have only known keys, received unknown key 'extra'",
    );
  });

  it('keeps __proto__, constructor and prototype keys from reaching a prototype', () => {
    const input = JSON.parse(
      `{"id":"p","name":"P","__proto__":{"polluted":true},"indicators":[{"id":"i","name":"I","unit":{"type":"count"},"polarity":"increase","frequency":"year","aggregation":"sum","dimensions":[{"id":"d"}]}],"observations":[{"indicatorId":"i","period":"2024","value":1,"dimensions":{"__proto__":"x","constructor":"y"}}]}`,
    );
    const issues = issuesOf(input);
    expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(['forbidden_key']));
    expect(issues.some((i) => i.path === '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
  });

  it('a plan with no goals, indicators or observations is valid', () => {
    expect(parsePlan({ id: 'p', name: 'Plan' })).toEqual({
      id: 'p',
      name: 'Plan',
      calendar: { fiscalYearStartMonth: 1, fiscalYearNaming: 'end' },
      owners: [],
      goals: [],
      indicators: [],
      observations: [],
    });
  });
});
