import { describe, expect, it } from 'vitest';
import { doerrOkrBands, okrColour, okrGrade } from '../../../src/scoring/methods/index.js';

describe('okrGrade', () => {
  it('grades measured, binary and given key results and averages them', () => {
    const result = okrGrade([{ planned: 6, achieved: 3 }, { achieved: false }, 0.9]);
    expect(result.keyResults.map((k) => [k.kind, k.grade])).toEqual([
      ['measured', 0.5],
      ['binary', 0],
      ['grade', 0.9],
    ]);
    expect(result.grade).toBeCloseTo(1.4 / 3, 12);
  });

  it('weights key results', () => {
    expect(
      okrGrade([
        { achieved: true, weight: 3 },
        { achieved: false, weight: 1 },
      ]).grade,
    ).toBe(0.75);
  });

  it('grades a reduction from a baseline and clamps to [0, 1]', () => {
    const reduce = okrGrade([{ baseline: 100, planned: 80, achieved: 90 }]);
    expect(reduce.grade).toBe(0.5);
    const over = okrGrade([{ planned: 10, achieved: 12 }]);
    expect(over.keyResults[0]).toMatchObject({ grade: 1, capped: true });
  });

  it('is in the sweet spot at exactly 0.6 and 0.7', () => {
    expect(okrGrade([0.6]).inSweetSpot).toBe(true);
    expect(okrGrade([0.7]).inSweetSpot).toBe(true);
    const high = okrGrade([1]);
    expect(high.inSweetSpot).toBe(false);
    expect(high.explanation.rule?.id).toBe('above_sweet_spot');
  });

  it('validates key results with paths', () => {
    expect(() => okrGrade([])).toThrow(
      'okrGrade: expected keyResults to be a non-empty array of key results, received an array of length 0',
    );
    expect(() => okrGrade([1.2])).toThrow(/keyResults\[0\] to be a grade in \[0, 1\]/);
    expect(() => okrGrade([{ planned: 0, achieved: 1 }])).toThrow(
      /keyResults\[0\]\.planned to differ from the baseline 0/,
    );
    expect(() => okrGrade([{ achieved: true, weight: 0 }])).toThrow(/keyResults\[0\]\.weight/);
    expect(() => okrGrade([{ planned: 'x', achieved: 1 } as never])).toThrow(/keyResults\[0\]\.planned/);
    expect(() => okrGrade(['x' as never])).toThrow(/keyResults\[0\] to be a grade/);
    expect(() => okrGrade([0.5], { sweetSpot: [0.8, 0.6] })).toThrow(/options.sweetSpot/);
  });
});

describe('okrColour', () => {
  it("uses Doerr's bands closed at their lower end: gaps take the colour below", () => {
    expect([1, 0.7, 0.69, 0.6, 0.4, 0.39, 0.3, 0].map((g) => okrColour(g).colour)).toEqual([
      'green',
      'green',
      'yellow',
      'yellow',
      'yellow',
      'red',
      'red',
      'red',
    ]);
    expect(doerrOkrBands).toHaveLength(3);
    expect(Object.isFrozen(doerrOkrBands)).toBe(true);
  });

  it('accepts a custom scheme and returns null below every band', () => {
    const bands = [
      { colour: 'blue', min: 0.9 },
      { colour: 'amber', min: 0.5 },
    ];
    expect(okrColour(0.95, { bands }).colour).toBe('blue');
    const low = okrColour(0.2, { bands });
    expect(low.colour).toBeNull();
    expect(low.explanation.rule?.id).toBe('no_band');
  });

  it('validates grade and bands', () => {
    expect(() => okrColour(1.5)).toThrow('okrColour: expected grade to be a grade in [0, 1], received 1.5');
    expect(() => okrColour(0.5, { bands: [] })).toThrow(/options.bands to be a non-empty array/);
    expect(() =>
      okrColour(0.5, {
        bands: [
          { colour: 'a', min: 0.2 },
          { colour: 'b', min: 0.4 },
        ],
      }),
    ).toThrow(/options.bands\[1\]\.min to be below/);
    expect(() => okrColour(0.5, { bands: [{ colour: 1, min: 0 } as never] })).toThrow(
      /options.bands\[0\]\.colour/,
    );
  });
});

describe('floating-point noise', () => {
  it('rounds grades to 12 decimals so band edges hold', () => {
    expect(okrGrade([0.5, 1, 0.6]).grade).toBe(0.7);
    // 0.1 + 0.2 + 0.4 is 0.7000000000000001 and 0.7 - 1e-16 is 0.6999999999999999 in binary
    expect(okrColour(0.1 + 0.2 + 0.4).colour).toBe('green');
    expect(okrColour(0.7 - 1e-16).colour).toBe('green');
  });
});
