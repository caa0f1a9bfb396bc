import { describe, expect, it } from 'vitest';
import { trendEnds } from '../../src/spc/index.js';

describe('trendEnds', () => {
  it('needs length - 1 strict steps; equal neighbours break a trend', () => {
    expect(trendEnds([1, 2, 3, 4, 5, 6, 7, 8])).toEqual([0, 0, 0, 0, 0, 0, 1, 1]);
    expect(trendEnds([3, 2, 1], { length: 3 })).toEqual([0, 0, -1]);
    expect(trendEnds([1, 2, 2, 3], { length: 3 })).toEqual([0, 0, 0, 0]);
    expect(trendEnds([1, 2, 3, 2, 1, 0], { length: 3 })).toEqual([0, 0, 1, 0, -1, -1]);
  });

  it('rejects missing or non-finite values', () => {
    expect(() => trendEnds([1, null as never])).toThrow(
      'trendEnds: expected values[1] to be a finite number, received null',
    );
  });
});
