import { describe, expect, it } from 'vitest';
import { ArgumentError } from '../../src/errors/index.js';
import { twoInThreeWindows } from '../../src/spc/index.js';

describe('twoInThreeWindows', () => {
  it('needs two close points and all three on one non-zero side', () => {
    expect(twoInThreeWindows([1, 1, 0], [-1, -1, -1])).toEqual([1, 1, 1]);
    expect(twoInThreeWindows([1, 1, 0], [1, 1, 0])).toEqual([0, 0, 0]);
    expect(twoInThreeWindows([true, false, true], [1, 1, 1])).toEqual([1, 1, 1]);
    expect(twoInThreeWindows([1, 1], [1, 1])).toEqual([0, 0]);
  });

  it('rejects bad flags and mismatched lengths', () => {
    expect(() => twoInThreeWindows([2], [1])).toThrow(
      'twoInThreeWindows: expected close[0] to be 0, 1, false or true, received 2',
    );
    let error: unknown;
    try {
      twoInThreeWindows([1, 0], [1]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as ArgumentError).code).toBe('mismatched_lengths');
    expect((error as ArgumentError).message).toBe(
      'twoInThreeWindows: expected side to have the length of close (2), received length 1',
    );
  });
});
