import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';
import { assuranceIcon } from '../../src/spc/index.js';

describe('assuranceIcon (spec §2.6, §8.5)', () => {
  it('follows the table, strictly', () => {
    const at = (target: number, improvement: 'increase' | 'decrease') =>
      assuranceIcon({ lcl: 1, ucl: 3, target, improvement });
    expect([at(4, 'increase'), at(0, 'increase'), at(2, 'increase')]).toEqual([
      'fail',
      'pass',
      'hit_or_miss',
    ]);
    expect([at(4, 'decrease'), at(0, 'decrease'), at(2, 'decrease')]).toEqual([
      'pass',
      'fail',
      'hit_or_miss',
    ]);
    // A target exactly on a limit is hit_or_miss (NHSRplotthedots; decision §8.5).
    expect([at(3, 'increase'), at(1, 'increase'), at(3, 'decrease'), at(1, 'decrease')]).toEqual([
      'hit_or_miss',
      'hit_or_miss',
      'hit_or_miss',
      'hit_or_miss',
    ]);
  });

  it('gives no icon without a target or a direction', () => {
    expect(assuranceIcon({ lcl: 1, ucl: 3, improvement: 'increase' })).toBeNull();
    expect(assuranceIcon({ lcl: 1, ucl: 3, target: null, improvement: 'increase' })).toBeNull();
    expect(assuranceIcon({ lcl: 1, ucl: 3, target: 9, improvement: 'neutral' })).toBeNull();
  });

  it('rejects bad arguments with codes and paths', () => {
    const error = (() => {
      try {
        assuranceIcon({ lcl: 3, ucl: 1, target: 2, improvement: 'increase' });
      } catch (e) {
        return e as ArgumentError;
      }
    })();
    expect(error).toBeInstanceOf(ArgumentError);
    expect(error?.code).toBe('invalid_argument');
    expect(error?.path).toBe('input.ucl');
    expect(error?.message).toBe('assuranceIcon: expected input.ucl to be >= input.lcl (3), received 1');
    expect(() => assuranceIcon(null as never)).toThrow(
      'assuranceIcon: expected input to be an object, received null',
    );
    expect(() => assuranceIcon({ lcl: Number.NaN, ucl: 1, improvement: 'increase' })).toThrow('input.lcl');
    expect(() =>
      assuranceIcon({ lcl: 0, ucl: 1, target: Number.POSITIVE_INFINITY, improvement: 'increase' }),
    ).toThrow('input.target');
    expect(() => assuranceIcon({ lcl: 0, ucl: 1, improvement: 'up' as never })).toThrow(
      "assuranceIcon: expected input.improvement to be one of 'increase', 'decrease', 'neutral', received 'up'",
    );
  });
});
