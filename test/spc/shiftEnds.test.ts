import { describe, expect, it } from 'vitest';
import { shiftEnds } from '../../src/spc/index.js';

describe('shiftEnds', () => {
  it('marks the ends of runs of equal non-zero sides; zero breaks a run', () => {
    expect(shiftEnds([1, 1, 1, 1, 1, 1, 1])).toEqual([0, 0, 0, 0, 0, 0, 1]);
    expect(shiftEnds([1, 1, 1, 0, 1, 1, 1, 1])).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(shiftEnds([-1, -1, -1, 1, 1, 1], { length: 3 })).toEqual([0, 0, 1, 0, 0, 1]);
    expect(shiftEnds([0, 0, 0], { length: 2 })).toEqual([0, 0, 0]);
  });

  it('validates side and length', () => {
    expect(() => shiftEnds([1, 2])).toThrow('shiftEnds: expected side[1] to be -1, 0 or 1, received 2');
    expect(() => shiftEnds('x' as never)).toThrow("shiftEnds: expected side to be an array, received 'x'");
    expect(() => shiftEnds([1], { length: 1 })).toThrow(
      'shiftEnds: expected options.length to be an integer >= 2, received 1',
    );
    expect(() => shiftEnds([1], null as never)).toThrow('expected options to be an object');
    expect(shiftEnds([1, 1], {})).toEqual([0, 0]);
  });
});
