import { describe, expect, it } from 'vitest';
import { patternMembers } from '../../src/spc/index.js';

describe('patternMembers', () => {
  it('expands each end to the window of length points before it, overlapping windows merge', () => {
    expect(patternMembers([0, 0, 1, 1, 0], { length: 3 })).toEqual([1, 1, 1, 1, 0]);
    expect(patternMembers([1, 0, 0])).toEqual([1, 0, 0]);
    expect(patternMembers([])).toEqual([]);
  });

  it('validates ends', () => {
    expect(() => patternMembers([0, 0.5])).toThrow(
      'patternMembers: expected ends[1] to be -1, 0 or 1, received 0.5',
    );
  });
});
