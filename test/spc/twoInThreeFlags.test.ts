import { describe, expect, it } from 'vitest';
import { twoInThreeFlags } from '../../src/spc/index.js';

describe('twoInThreeFlags', () => {
  it('keeps only the close points of qualifying windows', () => {
    expect(twoInThreeFlags([1, 0, 1, 0], [1, 1, 1, 1])).toEqual([1, 0, 1, 0]);
    expect(twoInThreeFlags([1, 0, 1], [1, -1, 1])).toEqual([0, 0, 0]);
  });

  it('rejects mismatched lengths', () => {
    expect(() => twoInThreeFlags([1], [1, 1])).toThrow(
      'twoInThreeFlags: expected side to have the length of close (1)',
    );
  });
});
