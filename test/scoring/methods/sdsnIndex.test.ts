import { describe, expect, it } from 'vitest';
import { sdsnGoalScore, sdsnIndex } from '../../../src/scoring/methods/index.js';

describe('sdsnIndex and sdsnGoalScore', () => {
  it('take the equal-weight arithmetic mean', () => {
    expect(sdsnIndex([60, 70, 80]).score).toBe(70);
    expect(sdsnGoalScore([0, 100]).score).toBe(50);
  });

  it('leave out missing scores and count them', () => {
    const result = sdsnIndex([60, null, 80, Number.NaN]);
    expect(result).toMatchObject({ status: 'assessed', score: 70, used: 2, missing: 2 });
    expect(result.explanation.summary).toMatch(/2 missing left out/);
  });

  it('are not_available when nothing is present', () => {
    expect(sdsnIndex([null])).toMatchObject({ status: 'not_available', score: null, used: 0, missing: 1 });
    expect(sdsnGoalScore([]).status).toBe('not_available');
  });

  it('reject scores outside 0-100', () => {
    expect(() => sdsnIndex([50, 101])).toThrow(
      'sdsnIndex: expected goalScores[1] to be a number in [0, 100], null or NaN, received 101',
    );
    expect(() => sdsnGoalScore('x' as never)).toThrow(/indicatorScores to be an array/);
  });

  it('are accurate for many equal values (compensated sum)', () => {
    expect(sdsnIndex(Array.from({ length: 17 }, () => 0.1)).score).toBe(0.1);
  });
});
