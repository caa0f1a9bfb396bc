import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { ruleStatus, type StatusRule } from '../../src/scoring/index.js';

type Colour = 'green' | 'yellow' | 'red';
const clearPoint: readonly StatusRule<Colour>[] = [
  { status: 'green', when: [{ compare: '>=', to: 'target' }] },
  { status: 'yellow', when: [{ compare: '>=', to: 'target', factor: 0.9 }] },
  { status: 'red', when: [] },
];

describe('ruleStatus', () => {
  it('first matching rule wins', () => {
    expect(ruleStatus({ actual: 100, target: 100 }, clearPoint).status).toBe('green');
    // 0.9 × 100 = 90 exactly (decimal), so 90 is yellow
    expect(ruleStatus({ actual: 90, target: 100 }, clearPoint).status).toBe('yellow');
    expect(ruleStatus({ actual: 89.99, target: 100 }, clearPoint).status).toBe('red');
    const r = ruleStatus({ actual: 92, target: 100 }, clearPoint);
    expect(r.ruleIndex).toBe(1);
    expect(r.explanation.rule).toEqual({
      id: 'yellow',
      description: 'actual >= 0.9 × target',
      thresholds: { condition0: 90 },
    });
    expect(r.explanation.intermediate.trace).toBe('green: did not hold; yellow: fired');
  });

  it('exact factors: 0.3 × target of 1 against an actual of 0.1 + 0.2 as a string', () => {
    expect(
      ruleStatus({ actual: '0.3', target: 1 }, [
        { status: 'ok', when: { compare: '==', to: 'target', factor: 0.3 } },
      ]).status,
    ).toBe('ok');
  });

  it('compares with the previous value, the baseline, numbers, offsets; conjunctions', () => {
    const rules: StatusRule<'improving' | 'worse_than_baseline' | 'flat' | 'below_floor'>[] = [
      { status: 'below_floor', when: { compare: '<', to: 10 } },
      { status: 'worse_than_baseline', when: [{ compare: '<', to: 'baseline', offset: -5 }] },
      {
        status: 'improving',
        when: [
          { compare: '>', to: 'previous' },
          { compare: '!=', to: 'target' },
        ],
      },
      { status: 'flat', when: [] },
    ];
    expect(ruleStatus({ actual: 5, previous: 4, baseline: 50 }, rules).status).toBe('below_floor');
    expect(ruleStatus({ actual: 44, previous: 40, baseline: 50 }, rules).status).toBe('worse_than_baseline');
    expect(ruleStatus({ actual: 45, previous: 40, baseline: 50, target: 60 }, rules).status).toBe(
      'improving',
    );
    expect(ruleStatus({ actual: 60, previous: 40, baseline: 50, target: 60 }, rules).status).toBe('flat');
    expect(ruleStatus({ actual: 40, previous: 40, baseline: 42, target: 60 }, rules).status).toBe('flat');
    expect(
      ruleStatus({ actual: 40, previous: 41, target: 1 }, [
        { status: 'a', when: { compare: '<=', to: 'previous' } },
      ]).status,
    ).toBe('a');
  });

  it('missing data is never a colour', () => {
    expect(ruleStatus({ actual: null, target: 100 }, clearPoint)).toMatchObject({
      status: 'no_data',
      reason: 'missing_actual',
    });
    const noTarget = ruleStatus({ actual: 92 }, clearPoint);
    expect(noTarget).toMatchObject({ status: 'no_target', reason: 'missing_target', ruleIndex: null });
    expect(noTarget.explanation.summary).toContain('needs the target');
    const rules: StatusRule<'better' | 'green'>[] = [
      { status: 'green', when: { compare: '>=', to: 'target' } },
      { status: 'better', when: { compare: '>', to: 'previous' } },
    ];
    // green fires before the missing previous value matters
    expect(ruleStatus({ actual: 10, target: 5 }, rules).status).toBe('green');
    expect(ruleStatus({ actual: 1, target: 5, previous: null }, rules)).toMatchObject({
      status: 'no_data',
      reason: 'missing_previous',
    });
    expect(
      ruleStatus({ actual: 1 }, [{ status: 'x', when: { compare: '>', to: 'baseline' } }]),
    ).toMatchObject({
      status: 'no_data',
      reason: 'missing_baseline',
    });
  });

  it('no rule matching → no_match', () => {
    const r = ruleStatus({ actual: 1, target: 5 }, [
      { status: 'green', when: { compare: '>=', to: 'target' } },
    ]);
    expect(r).toMatchObject({ status: 'no_match', reason: 'no_rule_matched', ruleIndex: null });
  });

  it('throws on malformed rules', () => {
    const cases: [unknown, unknown, string][] = [
      [{ actual: 1 }, [], 'rules'],
      [{ actual: 1 }, [{ status: '', when: [] }], 'rules[0].status'],
      [{ actual: 1 }, [{ status: 'a', when: [{ compare: '=>', to: 'target' }] }], 'rules[0].when[0].compare'],
      [{ actual: 1 }, [{ status: 'a', when: [{ compare: '>', to: 'budget' }] }], 'rules[0].when[0].to'],
      [
        { actual: 1 },
        [{ status: 'a', when: [{ compare: '>', to: 1, factor: Number.NaN }] }],
        'rules[0].when[0].factor',
      ],
      [{ actual: 1 }, [{ status: 'a', when: [null] }], 'rules[0].when[0]'],
      [{ actual: Number.POSITIVE_INFINITY }, [{ status: 'a', when: [] }], 'input.actual'],
      [null, [{ status: 'a', when: [] }], 'input'],
    ];
    for (const [input, rules, path] of cases) {
      try {
        ruleStatus(input as never, rules as never);
        expect.fail(path);
      } catch (error) {
        expect(error, path).toBeInstanceOf(ArgumentError);
        expect((error as ArgumentError).path).toBe(path);
        expect((error as ArgumentError).message).toMatch(/^ruleStatus: expected /);
      }
    }
  });

  it('does not mutate the rules', () => {
    const rules = structuredClone(clearPoint) as StatusRule<Colour>[];
    ruleStatus({ actual: 5, target: 10 }, rules);
    expect(rules).toEqual(clearPoint);
  });
});
