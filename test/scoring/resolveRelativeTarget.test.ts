import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/ArgumentError.js';
import { resolveRelativeTarget } from '../../src/scoring/index.js';

describe('resolveRelativeTarget', () => {
  it('BlightStat: 43,755 reduced by 10,000 is 33,755; 160 days halved is 80', () => {
    expect(resolveRelativeTarget(43755, { reduceBy: { amount: 10000 } })).toMatchObject({
      status: 'ok',
      value: 33755,
      exact: '33755',
    });
    expect(resolveRelativeTarget(160, { reduceBy: { percent: 50 } })).toMatchObject({
      value: 80,
      display: '80',
    });
    expect(resolveRelativeTarget(160, { multiplyBy: 0.5 })).toMatchObject({ value: 80 });
  });

  it('reduce by 15% resolves exactly (decimal), float would not', () => {
    // 43755 × 0.93 = 40692.15 exactly; float64 43755 * (1 - 0.07) = 40692.149999999994
    expect(43755 * (1 - 0.07)).not.toBe(40692.15);
    expect(resolveRelativeTarget(43755, { reduceBy: { percent: 7 } })).toMatchObject({
      value: 40692.15,
      exact: '40692.15',
    });
    // 43755 × 0.85 = 37191.75
    const r = resolveRelativeTarget(43755, { reduceBy: { percent: 15 } });
    expect(r).toMatchObject({ status: 'ok', value: 37191.75, exact: '37191.75', display: '37191.75' });
    // at the indicator's 0 decimals: 37191.75 → 37192 (half away from zero)
    expect(resolveRelativeTarget(43755, { reduceBy: { percent: 15 } }, { decimals: 0 })).toMatchObject({
      value: 37192,
      exact: '37191.75',
      display: '37192',
    });
    // 0.1 increased by 20% = 0.12 exactly
    expect(resolveRelativeTarget(0.1, { increaseBy: { percent: 20 } })).toMatchObject({
      value: 0.12,
      exact: '0.12',
    });
    expect(resolveRelativeTarget('0.1', { increaseBy: { amount: '0.2' } })).toMatchObject({
      value: 0.3,
      exact: '0.3',
    });
  });

  it('percentages of negative baselines move in the stated direction', () => {
    // −20 − |−20|·10/100 = −22
    expect(resolveRelativeTarget(-20, { reduceBy: { percent: 10 } })).toMatchObject({ value: -22 });
    expect(resolveRelativeTarget(-20, { increaseBy: { percent: 10 } })).toMatchObject({ value: -18 });
  });

  it('half away from zero for negatives', () => {
    // −2.5 × 1 = −2.5 → −3 at 0 decimals
    expect(resolveRelativeTarget(-2.5, { multiplyBy: 1 }, { decimals: 0 })).toMatchObject({
      value: -3,
      display: '-3',
    });
  });

  it('a percentage of a zero baseline is not_comparable', () => {
    const r = resolveRelativeTarget(0, { reduceBy: { percent: 15 } });
    expect(r).toMatchObject({ status: 'not_comparable', reason: 'zero_baseline' });
    expect(resolveRelativeTarget(0, { increaseBy: { amount: 5 } })).toMatchObject({ status: 'ok', value: 5 });
  });

  it('explains the formula', () => {
    const r = resolveRelativeTarget(43755, { reduceBy: { percent: 15 } }, { decimals: 0 });
    expect(r.explanation.summary).toBe('Baseline 43755 reduced by 15% is 37191.75, shown as 37192.');
    expect(r.explanation.rule?.description).toBe('target = baseline − |baseline| × p / 100');
  });

  it('throws on bad input', () => {
    const cases: [unknown, unknown, string][] = [
      [Number.NaN, { reduceBy: { percent: 1 } }, 'baseline'],
      [1, null, 'change'],
      [1, { lowerBy: 3 }, 'change'],
      [1, { reduceBy: { percent: -5 } }, 'change.reduceBy.percent'],
      [1, { increaseBy: { amount: -5 } }, 'change.increaseBy.amount'],
      [1, { reduceBy: { fraction: 0.1 } }, 'change.reduceBy'],
      [1, { multiplyBy: 'x' }, 'change.multiplyBy'],
    ];
    for (const [baseline, change, path] of cases) {
      try {
        resolveRelativeTarget(baseline as never, change as never);
        expect.fail(path);
      } catch (error) {
        expect(error, path).toBeInstanceOf(ArgumentError);
        expect((error as ArgumentError).path).toBe(path);
      }
    }
    expect(() => resolveRelativeTarget(1, { multiplyBy: 1 }, { decimals: -1 })).toThrow(ArgumentError);
  });
});
